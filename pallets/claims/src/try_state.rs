//! The pallet's invariants, checked by the `try_state` hook (try-runtime) and after every test.

use alloc::collections::btree_map::BTreeMap;

use frame_support::ensure;
use healthchain_primitives::RecordedHolds;
use sp_runtime::traits::{Saturating, Zero};

use crate::*;

impl<T: Config> Pallet<T> {
	/// Invariants: per escrow account, the funds held equal its plans' `funded − paid −
	/// withdrawn`; each plan's `reserved` equals what its pending and appealed claims need (an
	/// appealed claim its [`Pallet::appeal_reservation`], recorded only for appealed claims and
	/// never above the billed total);
	/// claims are indexed; each claimed service is a payable line of the claim it points at,
	/// which waits for review or is paid; each evidence record in use backs a claim that cites
	/// it, waits for review or is paid; a used prior authorization names a claim citing it and
	/// holds no deposit; settled claims hold no deposit, open ones theirs; memberships have
	/// something to say (a period or a request), only their last period open; the deposits
	/// held (plans, open claims, prior authorizations) equal the stored ones; [`PlansOfPayer`]
	/// counts exactly each payer's plans.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let mut reserved: BTreeMap<PlanId, BalanceOf<T>> = BTreeMap::new();
		for (id, claim) in Claims::<T>::iter() {
			ensure!(id < NextClaimId::<T>::get(), "claim id not below NextClaimId");
			let key = SortKey(id);
			ensure!(ClaimsOfPatient::<T>::contains_key(&claim.patient, key), "patient index");
			ensure!(ClaimsOfProvider::<T>::contains_key(claim.provider, key), "provider index");
			ensure!(ClaimsOfPlan::<T>::contains_key(claim.plan, key), "plan index");
			ensure!(claim.paid <= Self::billed(&claim), "paid more than billed");
			let need = match claim.status {
				ClaimStatus::PendingReview => claim.payer_total,
				ClaimStatus::Appealed => Self::appeal_reservation(id, &claim),
				_ => Zero::zero(),
			};
			let e = reserved.entry(claim.plan).or_default();
			*e = e.saturating_add(need);
			let settled = matches!(claim.status, ClaimStatus::Paid | ClaimStatus::DenialUpheld);
			ensure!(!settled || claim.deposit.is_zero(), "a settled claim still holds its deposit");
		}
		let holds = |id: ClaimId| {
			Claims::<T>::get(id)
				.filter(|c| matches!(c.status, ClaimStatus::Paid | ClaimStatus::PendingReview))
		};
		for (key, id) in ClaimedServices::<T>::iter() {
			let claim = holds(id).ok_or("claimed service of a claim neither paid nor pending")?;
			ensure!(
				claim.lines.iter().any(|l| Self::service_key(
					&claim.patient,
					claim.provider,
					&l.input
				) == key),
				"claimed service not a line of its claim"
			);
		}
		for (record, id) in ClaimEvidence::<T>::iter() {
			let claim = holds(id).ok_or("evidence in use by a claim neither paid nor pending")?;
			ensure!(claim.evidence.contains(&record), "evidence in use not cited by its claim");
		}
		for (_, auth) in PriorAuths::<T>::iter() {
			if let Some(id) = auth.used_by {
				let claim = Claims::<T>::get(id).ok_or("prior authorization used by no claim")?;
				ensure!(
					claim.lines.iter().any(|l| l.input.prior_auth.is_some()),
					"prior authorization used by a claim citing none"
				);
				ensure!(auth.deposit.is_zero(), "a used prior authorization holds its deposit");
			}
		}
		for (_, _, membership) in Enrollments::<T>::iter() {
			ensure!(
				!membership.periods.is_empty() || membership.requested_at.is_some(),
				"an empty membership is stored"
			);
			let open = membership.periods.iter().filter(|p| p.until.is_none()).count();
			ensure!(
				open == 0 || (open == 1 && membership.is_open()),
				"a coverage period other than the last is open"
			);
		}
		for (id, reserve) in AppealReserves::<T>::iter() {
			let claim = Claims::<T>::get(id).ok_or("appeal reserve of a missing claim")?;
			ensure!(
				claim.status == ClaimStatus::Appealed,
				"appeal reserve of a claim not appealed"
			);
			ensure!(reserve <= Self::billed(&claim), "appeal reserve above the billed total");
		}
		for (id, plan) in Plans::<T>::iter() {
			ensure!(id < NextPlanId::<T>::get(), "plan id not below NextPlanId");
			ensure!(plan.versions >= 1, "plan without terms");
			ensure!(
				PlanVersions::<T>::contains_key(id, plan.versions),
				"plan's current version missing"
			);
			ensure!(
				plan.paid.saturating_add(plan.withdrawn) <= plan.funded,
				"more left the escrow than went in"
			);
			ensure!(
				reserved.get(&id).copied().unwrap_or_default() == plan.reserved,
				"reserved differs from the pending claims"
			);
		}
		ensure!(
			PlansOfPayer::<T>::iter().collect::<BTreeMap<_, _>>()
				== migrations::v3::count_plans_per_payer::<T>(),
			"PlansOfPayer differs from the plans per payer"
		);
		Self::recorded_holds().ensure_held::<T::Currency>(
			"escrow held differs from funded - paid - withdrawn, or deposits held from the stored ones",
		)?;
		Ok(())
	}

	/// What the pallet's items hold: each plan's escrow (`funded − paid − withdrawn`, on its
	/// escrow account) and deposit (its publisher's), each claim's deposit (its submitter's) and
	/// each prior authorization's (its requester's).
	pub fn recorded_holds() -> RecordedHolds<HoldReason, T::AccountId, BalanceOf<T>> {
		let mut holds = RecordedHolds::default();
		for plan in Plans::<T>::iter_values() {
			holds.add(HoldReason::PlanEscrow, &plan.escrow_account, Self::held(&plan));
			holds.add(HoldReason::Deposit, &plan.publisher, plan.deposit);
		}
		for claim in Claims::<T>::iter_values() {
			holds.add(HoldReason::Deposit, &claim.submitter, claim.deposit);
		}
		for auth in PriorAuths::<T>::iter_values() {
			holds.add(HoldReason::Deposit, &auth.requester, auth.deposit);
		}
		holds
	}
}
