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
	/// claims are indexed; claimed services point at claims that hold them; deposits are held;
	/// [`PlansOfPayer`] counts exactly each payer's plans.
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
			add(&mut deposits, &claim.submitter, claim.deposit);
		}
		for (id, reserve) in AppealReserves::<T>::iter() {
			let claim = Claims::<T>::get(id).ok_or("appeal reserve of a missing claim")?;
			ensure!(
				claim.status == ClaimStatus::Appealed,
				"appeal reserve of a claim not appealed"
			);
			ensure!(reserve <= Self::billed(&claim), "appeal reserve above the billed total");
		}
		for (_, claim) in ClaimedServices::<T>::iter() {
			ensure!(Claims::<T>::contains_key(claim), "claimed service of a missing claim");
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
