//! Enrollment: a patient joins a plan by signing (their consent to share claims data with the
//! payer) and leaves it; coverage runs from joining until leaving.

use frame_support::{pallet_prelude::*, traits::Time};

use crate::*;

impl<T: Config> Pallet<T> {
	/// Enrolls `patient` in plan `id` from now (again, after they left).
	///
	/// - `patient`: the signer.
	/// - `id`: the plan.
	///
	/// Emits [`Event::Enrolled`].
	///
	/// # Errors
	/// - [`Error::UnknownPlan`]: no plan `id`.
	/// - [`Error::PayerNotActive`]: the plan's payer is suspended or no longer registered.
	/// - [`Error::AlreadyEnrolled`]: `patient` is enrolled and has not left.
	pub(crate) fn do_enroll(patient: &T::AccountId, id: PlanId) -> DispatchResult {
		let plan = Plans::<T>::get(id).ok_or(Error::<T>::UnknownPlan)?;
		Self::ensure_payer_active(&plan)?;
		if let Some(existing) = Enrollments::<T>::get(id, patient) {
			ensure!(existing.until.is_some(), Error::<T>::AlreadyEnrolled);
		}

		Enrollments::<T>::insert(id, patient, Enrollment { since: T::Time::now(), until: None });
		Self::deposit_event(Event::Enrolled { plan: id, patient: patient.clone() });
		Ok(())
	}

	/// Ends `patient`'s coverage by plan `id` now; services before now stay covered.
	///
	/// - `patient`: the signer.
	/// - `id`: the plan.
	///
	/// Emits [`Event::LeftPlan`].
	///
	/// # Errors
	/// - [`Error::NotEnrolled`]: `patient` is not enrolled in plan `id`, or already left.
	pub(crate) fn do_leave(patient: &T::AccountId, id: PlanId) -> DispatchResult {
		let mut enrollment = Enrollments::<T>::get(id, patient).ok_or(Error::<T>::NotEnrolled)?;
		ensure!(enrollment.until.is_none(), Error::<T>::NotEnrolled);

		enrollment.until = Some(T::Time::now());
		Enrollments::<T>::insert(id, patient, enrollment);
		Self::deposit_event(Event::LeftPlan { plan: id, patient: patient.clone() });
		Ok(())
	}
}
