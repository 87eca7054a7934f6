//! Patients who hold no tokens: onboarding by an organization's member (who pays the deposit,
//! with the patient's signature), guardians, and the free-call allowance that makes a registered
//! patient's consent calls feeless.

use alloc::vec::Vec;
use codec::Encode;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{fungible::MutateHold, Get, OriginTrait, Time},
};
use frame_system::pallet_prelude::{BlockNumberFor, OriginFor};
use healthchain_primitives::{
	signed_raw_or_wrapped, ConsentId, OrganizationId, OrganizationInspect,
};
use sp_runtime::traits::Verify;

use crate::{
	Config, Consents, Error, Event, FreeCallAllowance, Guardians, HoldReason, Pallet, Patients,
	Registration,
};

/// The domain of the onboarding message a patient signs ([`Pallet::registration_message`]).
pub const REGISTRATION_DOMAIN: &[u8] = b"healthchain/register-patient";

impl<T: Config> Pallet<T> {
	/// What a patient signs to be onboarded by `organization`:
	/// `b"healthchain/register-patient" ‖ genesis hash (32 bytes) ‖ organization (u32, little
	/// endian)`. The genesis hash keeps a signature for one chain from being used on another.
	/// Wallets that sign raw bytes wrapped in `<Bytes>…</Bytes>` (Polkadot.js `signRaw`) are
	/// accepted too.
	pub fn registration_message(organization: OrganizationId) -> Vec<u8> {
		let genesis = frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::default());
		let mut message = REGISTRATION_DOMAIN.to_vec();
		message.extend_from_slice(genesis.as_ref());
		message.extend_from_slice(&organization.encode());
		message
	}

	/// Checks that `signature` is `patient`'s signature of their onboarding by `organization`
	/// (raw or `<Bytes>`-wrapped).
	///
	/// # Errors
	/// [`Error::BadRegistrationSignature`].
	pub(crate) fn ensure_patient_signed(
		organization: OrganizationId,
		patient: &T::AccountId,
		signature: &T::PatientSignature,
	) -> DispatchResult {
		let message = Self::registration_message(organization);
		ensure!(
			signed_raw_or_wrapped(&message, |signed| signature.verify(signed, patient)),
			Error::<T>::BadRegistrationSignature
		);
		Ok(())
	}

	/// Onboards `patient` for `organization` on `by`'s deposit: the pallet provides the
	/// patient's account. (The patient's signature is checked by the call; genesis onboards
	/// without one.)
	///
	/// # Errors
	/// [`Error::AccessDenied`], [`Error::AlreadyRegistered`], or the hold's.
	pub(crate) fn do_register_patient(
		by: &T::AccountId,
		organization: OrganizationId,
		patient: T::AccountId,
	) -> DispatchResult {
		T::Organizations::ensure_member(organization, by).map_err(Error::<T>::AccessDenied)?;
		ensure!(!Patients::<T>::contains_key(&patient), Error::<T>::AlreadyRegistered);

		let deposit = T::PatientDeposit::get();
		T::Currency::hold(&HoldReason::PatientRegistration.into(), by, deposit)?;
		frame_system::Pallet::<T>::inc_providers(&patient);
		Patients::<T>::insert(
			&patient,
			Registration { organization, by: by.clone(), deposit, at: T::Time::now() },
		);
		Self::deposit_event(Event::PatientRegistered { patient, organization, by: by.clone() });
		Ok(())
	}

	/// Sets (or removes) `patient`'s guardian, by the patient or a member of the organization
	/// that onboarded them.
	///
	/// # Errors
	/// [`Error::NotRegistered`] or [`Error::AccessDenied`] (`NotAMember` for anyone else).
	pub(crate) fn do_set_guardian(
		by: T::AccountId,
		patient: T::AccountId,
		guardian: Option<T::AccountId>,
	) -> DispatchResult {
		let registration = Patients::<T>::get(&patient).ok_or(Error::<T>::NotRegistered)?;
		if by != patient {
			T::Organizations::ensure_member(registration.organization, &by)
				.map_err(Error::<T>::AccessDenied)?;
		}
		match &guardian {
			Some(account) => Guardians::<T>::insert(&patient, account),
			None => Guardians::<T>::remove(&patient),
		}
		Self::deposit_event(Event::GuardianSet { patient, guardian, by });
		Ok(())
	}

	/// Checks that `who` is `patient`'s guardian.
	///
	/// # Errors
	/// [`Error::NotGuardian`].
	pub(crate) fn ensure_guardian(who: &T::AccountId, patient: &T::AccountId) -> DispatchResult {
		ensure!(Guardians::<T>::get(patient).as_ref() == Some(who), Error::<T>::NotGuardian);
		Ok(())
	}

	/// Whether `origin` is a registered patient with a feeless grant left in the rolling window:
	/// the `feeless_if` condition of `grant_consent`.
	pub fn has_free_grant(origin: &OriginFor<T>) -> bool {
		origin.clone().into_signer().is_some_and(|who| Self::free_calls_left(&who) > 0)
	}

	/// Whether `origin` is the patient of the stored consent `consent`: the `feeless_if`
	/// condition of `revoke_consent` (a patient can always withdraw, whatever their allowance).
	pub fn owns_consent(origin: &OriginFor<T>, consent: ConsentId) -> bool {
		origin.clone().into_signer().is_some_and(|who| {
			Consents::<T>::get(consent).is_some_and(|stored| stored.patient == who)
		})
	}

	/// How many feeless grants `who` has left in the rolling window ending now: none unless
	/// `who` is a registered patient.
	pub fn free_calls_left(who: &T::AccountId) -> u32 {
		if !Patients::<T>::contains_key(who) {
			return 0;
		}
		FreeCallAllowance::<T>::get(who).left(
			frame_system::Pallet::<T>::block_number(),
			T::FreeCallWindow::get(),
			T::FreeCalls::get(),
		)
	}

	/// Uses one of `who`'s feeless grants (called by [`crate::CountFreeConsentCalls`] for every
	/// feeless grant, whatever its outcome); `false` if none is left.
	pub(crate) fn use_free_call(who: &T::AccountId) -> bool {
		let taken = FreeCallAllowance::<T>::get(who).take(
			frame_system::Pallet::<T>::block_number(),
			T::FreeCallWindow::get(),
			T::FreeCalls::get(),
		);
		match taken {
			Some(uses) => {
				FreeCallAllowance::<T>::insert(who, uses);
				true
			},
			None => false,
		}
	}
}
