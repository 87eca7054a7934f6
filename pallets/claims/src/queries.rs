//! The read-only queries of plans and claims, written once here: the `ClaimsApi` runtime API
//! forwards them and the JSON-RPC serializes their results as they are. Single items come as
//! [`WithId`], lists as a [`Page`] in id order with an exact cursor.

use codec::FullCodec;
use frame_support::{
	storage::{IterableStorageDoubleMap, StorageDoubleMap},
	traits::Time,
};
use healthchain_primitives::{index_page, utc_year};
use sp_runtime::traits::Saturating;

use crate::*;

impl<T: Config> Pallet<T> {
	/// The claim `id` with its adjudication, or `None`.
	pub fn claim(id: ClaimId) -> Option<WithId<ClaimId, ClaimInfoOf<T>>> {
		Claims::<T>::get(id).map(|claim| WithId::new(id, claim.into()))
	}

	/// `patient`'s claims in id order after `start_after`, at most
	/// [`page_size`](healthchain_primitives::page_size)`(limit)`.
	pub fn claims_of_patient(
		patient: &T::AccountId,
		start_after: Option<ClaimId>,
		limit: u32,
	) -> ClaimPageOf<T> {
		Self::claims_page::<ClaimsOfPatient<T>, _>(patient, start_after, limit)
	}

	/// `provider`'s claims in id order after `start_after`, at most
	/// [`page_size`](healthchain_primitives::page_size)`(limit)`.
	pub fn claims_of_provider(
		provider: OrganizationId,
		start_after: Option<ClaimId>,
		limit: u32,
	) -> ClaimPageOf<T> {
		Self::claims_page::<ClaimsOfProvider<T>, _>(&provider, start_after, limit)
	}

	/// The claims against `plan` in id order after `start_after`, at most
	/// [`page_size`](healthchain_primitives::page_size)`(limit)`.
	pub fn claims_of_plan(
		plan: PlanId,
		start_after: Option<ClaimId>,
		limit: u32,
	) -> ClaimPageOf<T> {
		Self::claims_page::<ClaimsOfPlan<T>, _>(&plan, start_after, limit)
	}

	/// A page of the claim index `Index` under `owner`.
	fn claims_page<Index, Owner>(
		owner: &Owner,
		start_after: Option<ClaimId>,
		limit: u32,
	) -> ClaimPageOf<T>
	where
		Owner: FullCodec,
		Index: IterableStorageDoubleMap<Owner, SortKey<ClaimId>, ()>
			+ StorageDoubleMap<Owner, SortKey<ClaimId>, ()>,
	{
		index_page::<Index, _, _, _>(owner, start_after, limit, |id| {
			Claims::<T>::get(id).map(Into::into)
		})
	}

	/// The plan `id` with its latest terms (version `plan.versions`) and its escrow, or `None`.
	pub fn plan(id: PlanId) -> Option<PlanInfoOf<T>> {
		let plan = Plans::<T>::get(id)?;
		let terms = PlanVersions::<T>::get(id, plan.versions)?;
		let escrow = Self::escrow_of(&plan);
		Some(PlanInfo {
			id,
			plan,
			terms: terms.into(),
			held: escrow.held,
			available: escrow.available,
		})
	}

	/// What `plan` would still pay for `patient` this calendar year (UTC) under the terms in
	/// force now, and whether the patient is enrolled now; `None` if the plan does not exist
	/// (or has no terms in force yet).
	pub fn remaining_annual_limit(
		plan: PlanId,
		patient: &T::AccountId,
	) -> Option<AnnualLimitOf<T>> {
		let stored = Plans::<T>::get(plan)?;
		let now = T::Time::now();
		let versions = Self::versions(plan, stored.versions);
		let limit = Self::terms_in_force(&versions, now).map(|(_, t)| t.annual_limit)?;
		let used = AnnualUsage::<T>::get((plan, patient.clone()), utc_year(now));
		let enrolled = Enrollments::<T>::get(plan, patient).is_some_and(|e| e.covers(now));
		Some(AnnualLimit {
			plan,
			patient: patient.clone(),
			remaining: limit.saturating_sub(used),
			enrolled,
		})
	}

	/// The escrow of `plan` (held, reserved, available), or `None`.
	pub fn escrow(plan: PlanId) -> Option<Escrow<BalanceOf<T>>> {
		Plans::<T>::get(plan).map(|plan| Self::escrow_of(&plan))
	}
}
