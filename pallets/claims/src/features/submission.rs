//! Submission: a provider's Billing member submits a claim with anchored evidence; each line is
//! adjudicated at once by the plan version in force at its service date, and the claim is paid
//! from escrow, left for review, or denied, all in the same extrinsic.

use alloc::{collections::btree_map::BTreeMap, vec::Vec};

use frame_support::{
	pallet_prelude::*,
	traits::{fungible::MutateHold, Time},
};
use healthchain_primitives::utc_year;
use sp_runtime::traits::{BlakeTwo256, Hash, Saturating, Zero};

use crate::*;

/// A claim's lines as adjudicated, with what storing it will record.
struct Adjudication<T: Config> {
	/// The lines, one per submitted line.
	lines: Vec<AdjudicatedLine<BalanceOf<T>>>,
	/// The plan version that adjudicated each line.
	versions: Vec<u32>,
	/// What the payable lines add to the member's annual usage, per calendar year.
	usage: BTreeMap<u32, BalanceOf<T>>,
	/// The services of the payable lines ([`Pallet::service_key`]).
	services: Vec<H256>,
	/// The prior authorizations the lines cited (each at most once).
	cited: Vec<PriorAuthId>,
	/// The prior authorizations the payable lines use up.
	used_auths: Vec<PriorAuthId>,
	/// Whether a payable line's service was denied on review before: the claim waits for
	/// review whatever its amount.
	needs_review: bool,
	/// The lowest auto-approval threshold of the versions used.
	threshold: Option<BalanceOf<T>>,
}

impl<T: Config> Pallet<T> {
	/// Submits and adjudicates a claim of `provider` against plan `plan_id` for `patient`. With
	/// a payable total within the auto-approval threshold of every version used and within the
	/// available escrow, and no service denied on review before ([`DeniedServices`]), the
	/// provider is paid at once (to its payout account); otherwise, with something payable, the
	/// claim waits for review and reserves it; with nothing payable it is denied. An open claim
	/// (waiting for review or denied) holds [`Config::ClaimDeposit`] from `who`; a claim paid at
	/// once holds none. Payable lines count towards the member's annual limit, claim their
	/// services and use up the prior authorizations they cite; a claim with a payable line
	/// holds its evidence ([`ClaimEvidence`]).
	///
	/// - `who`: a Billing member of the active Provider `provider`.
	/// - `provider`: the provider claiming.
	/// - `plan_id`: the plan.
	/// - `patient`: the member, covered at each line's service date.
	/// - `evidence`: anchored records of `patient` by `provider`, each current and backing no
	///   other claim; at least one.
	/// - `lines`: the lines, at least one.
	///
	/// Returns the claim's id. Emits [`Event::ClaimPaid`] (when paid at once), then
	/// [`Event::ClaimSubmitted`].
	///
	/// # Errors
	/// - [`Error::AccessDenied`]: `who` is not a Billing member of the active Provider.
	/// - [`Error::UnknownPlan`]: no plan `plan_id`.
	/// - [`Error::PayerNotActive`]: the plan's payer is suspended or no longer registered (its
	///   escrow neither pays nor reserves for new claims).
	/// - [`Error::NoLines`], [`Error::NoEvidence`]: nothing in `lines` or `evidence`.
	/// - [`Error::UnknownEvidence`], [`Error::EvidenceOfAnotherPatient`],
	///   [`Error::EvidenceOfAnotherProvider`], [`Error::EvidenceNotCurrent`],
	///   [`Error::EvidenceAlreadyUsed`]: see [`Self::check_evidence`].
	/// - [`Error::NotEnrolled`]: `patient` was not covered at a line's service date.
	/// - [`Error::IdsExhausted`]: no claim id is left.
	/// - [`Error::ZeroAmount`]: a line bills nothing.
	/// - [`Error::LineAmountTooHigh`]: a line bills more than [`Config::MaxLineAmount`].
	/// - [`Error::ServiceDateInFuture`]: a line's service date is after now.
	/// - [`Error::NoTermsInForce`]: no version was in force at a line's service date.
	/// - [`Error::UnknownPriorAuth`], [`Error::PriorAuthMismatch`], [`Error::PriorAuthUsed`]:
	///   see [`Self::cited_prior_auth`] (also when two lines cite one).
	/// - the currency's error when the deposit cannot be held.
	pub(crate) fn do_submit(
		who: &T::AccountId,
		provider: OrganizationId,
		plan_id: PlanId,
		patient: T::AccountId,
		evidence: EvidenceOf<T>,
		lines: LinesOf<T>,
	) -> Result<ClaimId, DispatchError> {
		T::Organizations::ensure_role(provider, who, OrganizationKind::Provider, Role::Billing)
			.map_err(Error::<T>::AccessDenied)?;
		let mut plan = Plans::<T>::get(plan_id).ok_or(Error::<T>::UnknownPlan)?;
		Self::ensure_payer_active(&plan)?;
		ensure!(!lines.is_empty(), Error::<T>::NoLines);
		ensure!(!evidence.is_empty(), Error::<T>::NoEvidence);
		Self::check_evidence(&evidence, &patient, provider)?;
		let membership = Enrollments::<T>::get(plan_id, &patient).ok_or(Error::<T>::NotEnrolled)?;
		let id = NextClaimId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
		let now = T::Time::now();
		let adjudication =
			Self::adjudicate(&plan, plan_id, &patient, provider, &membership, now, lines)?;
		// One adjudicated line per submitted line: within `MaxLines`, so nothing is truncated.
		let adjudicated = BoundedVec::truncate_from(adjudication.lines);
		let zero: BalanceOf<T> = Zero::zero();
		let payer_total = adjudicated.iter().fold(zero, |s, l| s.saturating_add(l.payer_amount));
		let patient_total =
			adjudicated.iter().fold(zero, |s, l| s.saturating_add(l.patient_responsibility));
		let eob_commitment =
			BlakeTwo256::hash_of(&(id, plan_id, &adjudication.versions, &adjudicated));
		let pay_now = !payer_total.is_zero()
			&& !adjudication.needs_review
			&& adjudication.threshold.is_some_and(|t| payer_total <= t)
			&& Self::available(&plan) >= payer_total;

		let deposit = if pay_now { Zero::zero() } else { T::ClaimDeposit::get() };
		T::Currency::hold(&HoldReason::Deposit.into(), who, deposit)?;
		let mut claim = Claim {
			plan: plan_id,
			patient: patient.clone(),
			provider,
			submitter: who.clone(),
			evidence,
			lines: adjudicated,
			payer_total,
			patient_total,
			paid: Zero::zero(),
			status: ClaimStatus::Denied,
			eob_commitment,
			submitted_at: now,
			deposit,
		};
		if pay_now {
			Self::pay(&mut plan, &mut claim, payer_total)?;
		} else if !payer_total.is_zero() {
			claim.status = ClaimStatus::PendingReview;
			plan.reserved = plan.reserved.saturating_add(payer_total);
		}
		for (year, amount) in adjudication.usage {
			AnnualUsage::<T>::mutate((plan_id, patient.clone()), year, |used| {
				*used = used.saturating_add(amount)
			});
		}
		for key in adjudication.services {
			ClaimedServices::<T>::insert(key, id);
		}
		if !payer_total.is_zero() {
			for record in claim.evidence.iter() {
				ClaimEvidence::<T>::insert(record, id);
			}
		}
		for auth in adjudication.used_auths {
			Self::use_prior_auth(auth, id);
		}
		let status = claim.status;
		ClaimsOfPatient::<T>::insert(&patient, SortKey(id), ());
		ClaimsOfProvider::<T>::insert(provider, SortKey(id), ());
		ClaimsOfPlan::<T>::insert(plan_id, SortKey(id), ());
		Claims::<T>::insert(id, claim);
		Plans::<T>::insert(plan_id, plan);
		NextClaimId::<T>::put(next);
		if pay_now {
			Self::deposit_event(Event::ClaimPaid { claim: id, provider, amount: payer_total });
		}
		Self::deposit_event(Event::ClaimSubmitted {
			claim: id,
			plan: plan_id,
			provider,
			payer_total,
			patient_total,
			status,
		});
		Ok(id)
	}

	/// Checks that every `evidence` record is an anchored record of `patient` by `provider`, the
	/// current version of its record, cited once and backing no other claim.
	///
	/// # Errors
	/// - [`Error::UnknownEvidence`]: a record does not exist.
	/// - [`Error::EvidenceOfAnotherPatient`]: a record is another patient's.
	/// - [`Error::EvidenceOfAnotherProvider`]: a record was not anchored by `provider`.
	/// - [`Error::EvidenceNotCurrent`]: a record is not current (superseded, entered in error or
	///   erased): only a current version states what is true now.
	/// - [`Error::EvidenceAlreadyUsed`]: a record backs another claim, or is cited twice.
	pub(crate) fn check_evidence(
		evidence: &[RecordId],
		patient: &T::AccountId,
		provider: OrganizationId,
	) -> DispatchResult {
		for (i, record) in evidence.iter().enumerate() {
			let cited_before = evidence.iter().take(i).any(|r| r == record);
			ensure!(
				!cited_before && !ClaimEvidence::<T>::contains_key(record),
				Error::<T>::EvidenceAlreadyUsed
			);
			let facts = T::Records::record_facts(*record).ok_or(Error::<T>::UnknownEvidence)?;
			ensure!(&facts.patient == patient, Error::<T>::EvidenceOfAnotherPatient);
			ensure!(facts.organization == Some(provider), Error::<T>::EvidenceOfAnotherProvider);
			ensure!(
				facts.status == RecordStatus::Current,
				Error::<T>::EvidenceNotCurrent(facts.status)
			);
		}
		Ok(())
	}

	/// Adjudicates `lines` of a claim of `provider` for `patient` (with `membership` of the plan)
	/// against `plan` (id `plan_id`) at `now`, each by the version in force at its service date,
	/// counting earlier lines of the claim towards duplicates, prior authorizations and the
	/// annual limit. A cited prior authorization authorizes its line when approved, unused and
	/// valid at the service date ([`PriorAuth::authorizes`]). Reads storage, writes nothing.
	///
	/// # Errors
	/// - [`Error::ZeroAmount`], [`Error::LineAmountTooHigh`], [`Error::ServiceDateInFuture`],
	///   [`Error::NotEnrolled`], [`Error::NoTermsInForce`]: a line is invalid (see
	///   [`Self::do_submit`]).
	/// - [`Error::UnknownPriorAuth`], [`Error::PriorAuthMismatch`], [`Error::PriorAuthUsed`]:
	///   see [`Self::cited_prior_auth`]; also [`Error::PriorAuthUsed`] when two lines cite one.
	fn adjudicate(
		plan: &PlanOf<T>,
		plan_id: PlanId,
		patient: &T::AccountId,
		provider: OrganizationId,
		membership: &MembershipOf<T>,
		now: Moment,
		lines: LinesOf<T>,
	) -> Result<Adjudication<T>, DispatchError> {
		let versions = Self::versions(plan_id, plan.versions);
		let mut result = Adjudication::<T> {
			lines: Vec::with_capacity(lines.len()),
			versions: Vec::with_capacity(lines.len()),
			usage: BTreeMap::new(),
			services: Vec::new(),
			cited: Vec::new(),
			used_auths: Vec::new(),
			needs_review: false,
			threshold: None,
		};
		for input in lines {
			ensure!(!input.amount.is_zero(), Error::<T>::ZeroAmount);
			ensure!(input.amount <= T::MaxLineAmount::get(), Error::<T>::LineAmountTooHigh);
			ensure!(input.service_date <= now, Error::<T>::ServiceDateInFuture);
			ensure!(membership.covers(input.service_date), Error::<T>::NotEnrolled);
			let (version, terms) = Self::terms_in_force(&versions, input.service_date)
				.ok_or(Error::<T>::NoTermsInForce)?;
			let approved = match input.prior_auth {
				Some(id) => {
					ensure!(!result.cited.contains(&id), Error::<T>::PriorAuthUsed);
					result.cited.push(id);
					let auth =
						Self::cited_prior_auth(id, plan_id, patient, provider, input.service_code)?;
					auth.authorizes(input.service_date)
				},
				None => false,
			};
			let key = Self::service_key(patient, provider, &input);
			let duplicate =
				result.services.contains(&key) || ClaimedServices::<T>::contains_key(key);
			let year = utc_year(input.service_date);
			let used = AnnualUsage::<T>::get((plan_id, patient.clone()), year)
				.saturating_add(result.usage.get(&year).copied().unwrap_or_default());
			let remaining = terms.annual_limit.saturating_sub(used);
			let line = Self::adjudicate_line(terms, input, approved, duplicate, remaining);
			if !line.payer_amount.is_zero() {
				result.needs_review |= DeniedServices::<T>::contains_key(key);
				if let (true, Some(id)) = (approved, input.prior_auth) {
					result.used_auths.push(id);
				}
				result.services.push(key);
				let entry = result.usage.entry(year).or_default();
				*entry = entry.saturating_add(line.payer_amount);
			}
			result.threshold = Some(match result.threshold {
				Some(t) => t.min(terms.auto_approve_up_to),
				None => terms.auto_approve_up_to,
			});
			result.versions.push(*version);
			result.lines.push(line);
		}
		Ok(result)
	}
}
