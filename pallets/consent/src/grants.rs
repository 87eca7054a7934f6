//! Granting and revoking consents: the checks a patient's [`ConsentTerms`] must pass, and the
//! three places a consent is stored (by id, by patient, by organization).

use frame_support::{ensure, traits::Time};
use healthchain_primitives::{
	AccessDenied, ConsentId, ConsentRevoked, Moment, OrganizationId, OrganizationInspect,
};
use sp_runtime::DispatchError;

use crate::{
	Config, Consent, ConsentTerms, Consents, ConsentsOf, Error, Event, GrantsHeldBy, NextConsentId,
	Pallet, Patients, SortKey,
};

impl ConsentTerms {
	/// The terms as stored at `now`: checked, with the start (`valid_from`) resolved to `now`
	/// when the patient gave none.
	///
	/// # Errors
	/// [`Error::InvalidBits`], [`Error::NoPurpose`], [`Error::NoCategory`], [`Error::NoAction`],
	/// [`Error::InvalidWindow`], [`Error::ZeroAccessLimit`] or [`Error::EraseByInPast`].
	fn checked<T: Config>(self, now: Moment) -> Result<Self, Error<T>> {
		let Self { purposes, categories, actions, valid_from, valid_until, max_accesses, .. } =
			self;
		ensure!(
			purposes.is_valid() && categories.is_valid() && actions.is_valid(),
			Error::<T>::InvalidBits
		);
		ensure!(!purposes.is_empty(), Error::<T>::NoPurpose);
		ensure!(!categories.is_empty(), Error::<T>::NoCategory);
		ensure!(!actions.is_empty(), Error::<T>::NoAction);
		let valid_from = valid_from.unwrap_or(now);
		if let Some(until) = valid_until {
			ensure!(until > valid_from && until > now, Error::<T>::InvalidWindow);
		}
		ensure!(max_accesses != Some(0), Error::<T>::ZeroAccessLimit);
		if let Some(deadline) = self.erase_by {
			ensure!(deadline > now, Error::<T>::EraseByInPast);
		}
		Ok(Self { valid_from: Some(valid_from), ..self })
	}
}

impl<T: Config> Pallet<T> {
	/// Checks `terms` and stores the consent of the registered `patient` to `organization` (any
	/// kind, if it exists and is active); returns its id. The patient's onboarding deposit pays
	/// for the storage.
	///
	/// # Errors
	/// [`Error::NotRegistered`], [`Error::AccessDenied`] (`UnknownOrganization`,
	/// `OrganizationSuspended`), the errors of
	/// the terms' check, [`Error::TooManyConsents`] or [`Error::IdsExhausted`].
	pub(crate) fn do_grant(
		patient: T::AccountId,
		organization: OrganizationId,
		terms: ConsentTerms,
	) -> Result<ConsentId, DispatchError> {
		ensure!(Patients::<T>::contains_key(&patient), Error::<T>::NotRegistered);
		let summary = T::Organizations::organization(organization)
			.ok_or(Error::<T>::AccessDenied(AccessDenied::UnknownOrganization))?;
		ensure!(summary.active, Error::<T>::AccessDenied(AccessDenied::OrganizationSuspended));
		let now = T::Time::now();
		let terms = terms.checked::<T>(now)?;
		let id = NextConsentId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
		let mut held = ConsentsOf::<T>::get(&patient);
		held.try_push(id).map_err(|_| Error::<T>::TooManyConsents)?;

		Consents::<T>::insert(
			id,
			Consent { patient: patient.clone(), organization, terms, accesses: 0, granted_at: now },
		);
		ConsentsOf::<T>::insert(&patient, held);
		GrantsHeldBy::<T>::insert(organization, SortKey(id), ());
		NextConsentId::<T>::put(next);
		Self::deposit_event(Event::ConsentGranted { consent: id, patient, organization });
		Ok(id)
	}

	/// Removes `patient`'s consent `consent` from every index.
	///
	/// # Errors
	/// [`Error::UnknownConsent`] or [`Error::NotYourConsent`].
	pub(crate) fn do_revoke(
		patient: T::AccountId,
		consent: ConsentId,
	) -> Result<frame_support::weights::Weight, DispatchError> {
		let record = Consents::<T>::get(consent).ok_or(Error::<T>::UnknownConsent)?;
		ensure!(record.patient == patient, Error::<T>::NotYourConsent);

		Consents::<T>::remove(consent);
		GrantsHeldBy::<T>::remove(record.organization, SortKey(consent));
		ConsentsOf::<T>::mutate_exists(&patient, |maybe| {
			if let Some(list) = maybe {
				list.retain(|id| *id != consent);
				if list.is_empty() {
					*maybe = None;
				}
			}
		});
		let told =
			T::OnRevoke::consent_revoked(&patient, record.organization, record.terms.purposes);
		Self::deposit_event(Event::ConsentRevoked {
			consent,
			patient,
			organization: record.organization,
		});
		Ok(told)
	}
}
