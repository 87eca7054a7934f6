//! Adjudication: the rule that turns one submitted line into what the plan allows, what the
//! patient owes and what the payer pays, with X12-style adjustment reasons. It is a pure
//! function of the terms and the facts the caller looked up (prior authorization, duplicate,
//! remaining annual limit), so it is tested without a runtime; plus the service key of duplicate
//! detection and a claim's billed total.

use frame_support::pallet_prelude::*;
use healthchain_primitives::utc_day;
use sp_runtime::traits::{BlakeTwo256, Hash, Saturating, Zero};

use crate::*;

impl<T: Config> Pallet<T> {
	/// Adjudicates one line under `terms`: the rule for its service, prior authorization,
	/// duplicates, the fee schedule, the patient's share and the remaining annual limit. Reads
	/// no storage.
	///
	/// - `terms`: the plan version in force at the line's service date.
	/// - `input`: the line as submitted.
	/// - `prior_auth_approved`: whether the line cites a prior authorization that authorizes it
	///   (approved, unused, valid at the service date: [`PriorAuth::authorizes`]).
	/// - `duplicate`: whether the service was already claimed with a payable amount.
	/// - `remaining_limit`: what the plan may still pay the member in the service's year.
	///
	/// A line without a covering rule, without a needed prior authorization or that duplicates
	/// another is denied (nothing allowed, one adjustment saying why); otherwise the plan allows
	/// up to the fee schedule, the patient owes their share, and the payer pays the rest up to
	/// the remaining limit (the patient owes what the payer does not pay).
	pub fn adjudicate_line(
		terms: &PlanTermsOf<T>,
		input: ClaimLineInput<BalanceOf<T>>,
		prior_auth_approved: bool,
		duplicate: bool,
		remaining_limit: BalanceOf<T>,
	) -> AdjudicatedLine<BalanceOf<T>> {
		let mut adjustments = BoundedVec::<Adjustment, MaxAdjustments>::new();
		// Each reason is noted at most once, so the bound (one per reason) always holds.
		let mut note = |a: Adjustment| {
			let _ = adjustments.try_push(a);
		};
		let rule = terms
			.rules
			.binary_search_by_key(&input.service_code, |r| r.service_code)
			.ok()
			.and_then(|i| terms.rules.get(i));
		let denied = match rule {
			Some(r) if r.covered => {
				if r.prior_auth_required && !prior_auth_approved {
					Some(Adjustment::PriorAuthMissing)
				} else if duplicate {
					Some(Adjustment::Duplicate)
				} else {
					None
				}
			},
			_ => Some(Adjustment::NotCovered),
		};
		let (allowed, patient_responsibility, payer_amount) = match (denied, rule) {
			(None, Some(r)) => {
				let allowed = input.amount.min(r.max_allowed);
				if input.amount > r.max_allowed {
					note(Adjustment::ExceedsFeeSchedule);
				}
				let share = r.patient_share.mul_floor(allowed);
				if !share.is_zero() {
					note(Adjustment::PatientShare);
				}
				let mut payer = allowed.saturating_sub(share);
				if payer > remaining_limit {
					payer = remaining_limit;
					note(Adjustment::AnnualLimitReached);
				}
				(allowed, allowed.saturating_sub(payer), payer)
			},
			(reason, _) => {
				note(reason.unwrap_or(Adjustment::NotCovered));
				(Zero::zero(), Zero::zero(), Zero::zero())
			},
		};
		AdjudicatedLine { input, allowed, patient_responsibility, payer_amount, adjustments }
	}

	/// The key of a service for duplicate detection: BLAKE2b-256 of the SCALE encoding of
	/// (patient, provider: u32, service code: u32, UTC service day: u64, the whole days since
	/// 1970-01-01 of the service date). One service per code, patient, provider and day: the
	/// same visit billed a millisecond (or hours) later is the same service (security review
	/// H-3). A service repeated within a day is billed as one line whose amount covers both.
	pub fn service_key(
		patient: &T::AccountId,
		provider: OrganizationId,
		line: &ClaimLineInput<BalanceOf<T>>,
	) -> H256 {
		BlakeTwo256::hash_of(&(patient, provider, line.service_code, utc_day(line.service_date)))
	}

	/// What a claim billed: the sum of its lines' amounts.
	pub(crate) fn billed(claim: &ClaimOf<T>) -> BalanceOf<T> {
		claim
			.lines
			.iter()
			.fold(Zero::zero(), |sum: BalanceOf<T>, l| sum.saturating_add(l.input.amount))
	}
}
