//! The consent registry's read-only queries, written once here and forwarded by the runtime
//! API (`ConsentApi`) and the `healthchain_*` JSON-RPC: client-ready values, lists as
//! [`Page`]s in id order with exact cursors. The evaluation itself is [`Pallet::evaluate`].

use healthchain_primitives::{
	index_page, page_size, scan_page, ConsentId, OrganizationId, Page, WithId,
};

use crate::{
	AccessBasis, AccessIndex, AccessLog, AccessLogBounds, AccessLogItem, BalanceOf, Config,
	Consent, Consents, ConsentsOf, EmergencyAccessOf, EmergencyAccesses, EmergencyId, GrantsHeldBy,
	Pallet, PatientConsents, PatientInfo, Patients, PendingReviews,
};

impl<T: Config> Pallet<T> {
	/// A patient's consents, in the order granted (which is id order); at most
	/// `MaxConsentsPerPatient`.
	pub fn consents_of(patient: &T::AccountId) -> PatientConsents<T::AccountId> {
		let consents = ConsentsOf::<T>::get(patient)
			.into_iter()
			.filter_map(|id| Consents::<T>::get(id).map(|consent| WithId::new(id, consent)))
			.collect();
		PatientConsents { patient: patient.clone(), consents }
	}

	/// A page of the consents held by `organization`, in id order, after `start_after`
	/// (exclusive).
	pub fn grants_held_by(
		organization: OrganizationId,
		start_after: Option<ConsentId>,
		limit: u32,
	) -> Page<WithId<ConsentId, Consent<T::AccountId>>, ConsentId> {
		index_page::<GrantsHeldBy<T>, _, _, _>(
			&organization,
			start_after,
			limit,
			Consents::<T>::get,
		)
	}

	/// A page of `patient`'s access log, oldest first, after the entry `start_after`
	/// (exclusive; default: from the oldest stored). Each entry that opened or used an
	/// emergency access comes with that access's review state.
	pub fn access_log(
		patient: &T::AccountId,
		start_after: Option<AccessIndex>,
		limit: u32,
	) -> Page<AccessLogItem<T::AccountId, BalanceOf<T>>, AccessIndex> {
		let bounds = AccessLogBounds::<T>::get(patient);
		// Pruned entries are skipped without scanning: the page starts at the oldest stored.
		let oldest_stored = bounds.first.checked_sub(1);
		let start_after = match start_after {
			Some(cursor) => Some(cursor).max(oldest_stored),
			None => oldest_stored,
		};
		// The stored entries are consecutive, so a scan of one page's length fills the page.
		scan_page(start_after, bounds.next, limit, page_size(limit), |index| {
			let entry = AccessLog::<T>::get(patient, index)?;
			let review = match entry.basis {
				AccessBasis::Emergency(id) => EmergencyAccesses::<T>::get(id).map(|e| e.review),
				AccessBasis::Consent(_) => None,
			};
			Some(AccessLogItem { index, entry, review })
		})
	}

	/// The emergency access `id`, if there is one (reviewed ones stay, for audit).
	pub fn emergency_access(id: EmergencyId) -> Option<WithId<EmergencyId, EmergencyAccessOf<T>>> {
		EmergencyAccesses::<T>::get(id).map(|access| WithId::new(id, access))
	}

	/// A page of the emergency accesses `organization` has not reviewed, in id order, after
	/// `start_after` (exclusive).
	pub fn pending_reviews(
		organization: OrganizationId,
		start_after: Option<EmergencyId>,
		limit: u32,
	) -> Page<WithId<EmergencyId, EmergencyAccessOf<T>>, EmergencyId> {
		index_page::<PendingReviews<T>, _, _, _>(
			&organization,
			start_after,
			limit,
			EmergencyAccesses::<T>::get,
		)
	}

	/// `patient`'s onboarding, if an organization onboarded them, and the feeless consent calls
	/// they have left in the current window.
	pub fn patient(patient: &T::AccountId) -> PatientInfo<T::AccountId, BalanceOf<T>> {
		PatientInfo {
			patient: patient.clone(),
			registration: Patients::<T>::get(patient),
			free_calls_left: Self::free_calls_left(patient),
		}
	}
}
