//! Patients who hold no tokens: onboarding by an organization's member (who pays the deposit),
//! and the free-call allowance that makes a patient's consent calls feeless.

use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{fungible::MutateHold, Get, OriginTrait, Time},
};
use frame_system::pallet_prelude::OriginFor;
use healthchain_primitives::{OrganizationId, OrganizationInspect};

use crate::{Config, Error, Event, FreeCallAllowance, HoldReason, Pallet, Patients, Registration};

impl<T: Config> Pallet<T> {
	/// Onboards `patient` for `organization` on `by`'s deposit: the pallet provides the
	/// patient's account.
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

	/// Whether `origin` is a signed account with a free consent call left in this window: the
	/// `feeless_if` condition of the patient's consent calls.
	pub fn has_free_call(origin: &OriginFor<T>) -> bool {
		match origin.clone().into_signer() {
			Some(who) => Self::free_calls_left(&who) > 0,
			None => false,
		}
	}

	/// How many feeless consent calls `who` has left in the current window.
	pub fn free_calls_left(who: &T::AccountId) -> u32 {
		FreeCallAllowance::<T>::get(who).left(
			frame_system::Pallet::<T>::block_number(),
			T::FreeCallWindow::get(),
			T::FreeCalls::get(),
		)
	}

	/// Uses one of `who`'s free consent calls (called by [`crate::CountFreeConsentCalls`] for
	/// every feeless consent call, whatever its outcome).
	pub(crate) fn use_free_call(who: &T::AccountId) {
		let taken = FreeCallAllowance::<T>::get(who).take(
			frame_system::Pallet::<T>::block_number(),
			T::FreeCallWindow::get(),
			T::FreeCalls::get(),
		);
		if let Some(allowance) = taken {
			FreeCallAllowance::<T>::insert(who, allowance);
		}
	}
}
