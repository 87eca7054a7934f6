//! The pallet's invariants, checked by the `try_state` hook (try-runtime) and after every test.

use alloc::collections::btree_map::BTreeMap;

use frame_support::{ensure, traits::fungible::InspectHold};
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
		let mut escrow: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut reserved: BTreeMap<PlanId, BalanceOf<T>> = BTreeMap::new();
		let add = |map: &mut BTreeMap<T::AccountId, BalanceOf<T>>, who: &T::AccountId, a| {
			let e = map.entry(who.clone()).or_default();
			*e = e.saturating_add(a);
		};
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
			add(&mut deposits, &claim.submitter, claim.deposit);
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
			add(&mut deposits, &auth.requester, auth.deposit);
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
			add(&mut escrow, &plan.escrow_account, Self::held(&plan));
			add(&mut deposits, &plan.publisher, plan.deposit);
		}
		ensure!(
			PlansOfPayer::<T>::iter().collect::<BTreeMap<_, _>>()
				== migrations::v3::count_plans_per_payer::<T>(),
			"PlansOfPayer differs from the plans per payer"
		);
		for (who, amount) in escrow {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::PlanEscrow.into(), &who) == amount,
				"escrow held differs from funded - paid - withdrawn"
			);
		}
		for (who, amount) in deposits {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::Deposit.into(), &who) == amount,
				"held deposits differ from the stored deposits"
			);
		}
		Ok(())
	}
}
