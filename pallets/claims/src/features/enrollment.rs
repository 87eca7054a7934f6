//! Enrollment: eligibility belongs to the payer. A patient asks to join a plan by signing (their
//! consent to share claims data with the payer); an Admin of the payer accepts or refuses;
//! coverage runs from acceptance until the patient leaves or the payer ends it. Every accepted
//! period is kept, so leaving and joining again never erases earlier coverage (security review
//! H-3, L-2).

use frame_support::{pallet_prelude::*, traits::Time};

use crate::*;

impl<T: Config> Pallet<T> {
	/// Records `patient`'s request to join plan `id` (again, after they left).
	///
	/// - `patient`: the signer.
	/// - `id`: the plan.
	///
	/// Emits [`Event::EnrollmentRequested`].
	///
	/// # Errors
	/// - [`Error::UnknownPlan`]: no plan `id`.
	/// - [`Error::PayerNotActive`]: the plan's payer is suspended or no longer registered.
	/// - [`Error::AlreadyEnrolled`]: `patient` is covered and has not left.
	/// - [`Error::AlreadyRequested`]: `patient` asked before and the payer has not decided.
	/// - [`Error::TooManyCoveragePeriods`]: no further period could be accepted.
	pub(crate) fn do_enroll(patient: &T::AccountId, id: PlanId) -> DispatchResult {
		let plan = Plans::<T>::get(id).ok_or(Error::<T>::UnknownPlan)?;
		Self::ensure_payer_active(&plan)?;
		let mut membership = Enrollments::<T>::get(id, patient)
			.unwrap_or(Membership { periods: BoundedVec::new(), requested_at: None });
		ensure!(!membership.is_open(), Error::<T>::AlreadyEnrolled);
		ensure!(membership.requested_at.is_none(), Error::<T>::AlreadyRequested);
		ensure!(
			membership.periods.len() < T::MaxCoveragePeriods::get() as usize,
			Error::<T>::TooManyCoveragePeriods
		);

		membership.requested_at = Some(T::Time::now());
		Enrollments::<T>::insert(id, patient, membership);
		Self::deposit_event(Event::EnrollmentRequested { plan: id, patient: patient.clone() });
		Ok(())
	}

	/// Accepts or refuses `patient`'s request to join plan `id`.
	///
	/// - `who`: an Admin member of the plan's active Payer.
	/// - `accept`: the decision.
	///
	/// Emits [`Event::Enrolled`] or [`Event::EnrollmentRefused`].
	///
	/// # Errors
	/// - [`Error::UnknownPlan`], [`Error::AccessDenied`]: see [`Self::plan_for_payer_role`].
	/// - [`Error::NoEnrollmentRequest`], [`Error::TooManyCoveragePeriods`]: see
	///   [`Self::do_accept_enrollment`].
	pub(crate) fn do_decide_enrollment(
		who: &T::AccountId,
		id: PlanId,
		patient: T::AccountId,
		accept: bool,
	) -> DispatchResult {
		Self::plan_for_payer_role(id, who, Role::Admin)?;
		if accept {
			return Self::do_accept_enrollment(id, &patient);
		}
		let mut membership =
			Enrollments::<T>::get(id, &patient).ok_or(Error::<T>::NoEnrollmentRequest)?;
		ensure!(membership.requested_at.is_some(), Error::<T>::NoEnrollmentRequest);

		membership.requested_at = None;
		Self::store_membership(id, &patient, membership);
		Self::deposit_event(Event::EnrollmentRefused { plan: id, patient });
		Ok(())
	}

	/// Accepts `patient`'s request to join plan `id`: a coverage period opens now. The caller
	/// checked who accepts (the payer's Admin, or the genesis configuration).
	///
	/// Emits [`Event::Enrolled`].
	///
	/// # Errors
	/// - [`Error::NoEnrollmentRequest`]: `patient` did not ask to join.
	/// - [`Error::TooManyCoveragePeriods`]: the patient has [`Config::MaxCoveragePeriods`]
	///   periods.
	pub(crate) fn do_accept_enrollment(id: PlanId, patient: &T::AccountId) -> DispatchResult {
		let mut membership =
			Enrollments::<T>::get(id, patient).ok_or(Error::<T>::NoEnrollmentRequest)?;
		ensure!(membership.requested_at.is_some(), Error::<T>::NoEnrollmentRequest);
		membership
			.periods
			.try_push(CoveragePeriod { since: T::Time::now(), until: None })
			.map_err(|_| Error::<T>::TooManyCoveragePeriods)?;

		membership.requested_at = None;
		Enrollments::<T>::insert(id, patient, membership);
		Self::deposit_event(Event::Enrolled { plan: id, patient: patient.clone() });
		Ok(())
	}

	/// Ends `patient`'s coverage by plan `id` now, or withdraws their request to join;
	/// services before now stay covered.
	///
	/// - `patient`: the signer.
	/// - `id`: the plan.
	///
	/// Emits [`Event::LeftPlan`].
	///
	/// # Errors
	/// - [`Error::NotEnrolled`]: `patient` is neither covered by plan `id` now nor asking to
	///   join it.
	pub(crate) fn do_leave(patient: &T::AccountId, id: PlanId) -> DispatchResult {
		let mut membership = Enrollments::<T>::get(id, patient).ok_or(Error::<T>::NotEnrolled)?;
		let closed = Self::close_period(&mut membership);
		ensure!(closed || membership.requested_at.is_some(), Error::<T>::NotEnrolled);

		membership.requested_at = None;
		Self::store_membership(id, patient, membership);
		Self::deposit_event(Event::LeftPlan { plan: id, patient: patient.clone() });
		Ok(())
	}

	/// Ends `patient`'s coverage by plan `id` now, for the payer.
	///
	/// - `who`: an Admin member of the plan's active Payer.
	///
	/// Emits [`Event::CoverageEnded`].
	///
	/// # Errors
	/// - [`Error::UnknownPlan`], [`Error::AccessDenied`]: see [`Self::plan_for_payer_role`].
	/// - [`Error::NotEnrolled`]: `patient` is not covered by plan `id` now.
	pub(crate) fn do_end_coverage(
		who: &T::AccountId,
		id: PlanId,
		patient: T::AccountId,
	) -> DispatchResult {
		Self::plan_for_payer_role(id, who, Role::Admin)?;
		let mut membership = Enrollments::<T>::get(id, &patient).ok_or(Error::<T>::NotEnrolled)?;
		ensure!(Self::close_period(&mut membership), Error::<T>::NotEnrolled);

		Enrollments::<T>::insert(id, &patient, membership);
		Self::deposit_event(Event::CoverageEnded { plan: id, patient });
		Ok(())
	}

	/// Closes the open coverage period of `membership` now; whether one was open.
	fn close_period(membership: &mut MembershipOf<T>) -> bool {
		match membership.periods.last_mut() {
			Some(period) if period.until.is_none() => {
				period.until = Some(T::Time::now());
				true
			},
			_ => false,
		}
	}

	/// Stores `membership`, or removes it when it holds neither a period nor a request.
	fn store_membership(id: PlanId, patient: &T::AccountId, membership: MembershipOf<T>) {
		if membership.periods.is_empty() && membership.requested_at.is_none() {
			Enrollments::<T>::remove(id, patient);
		} else {
			Enrollments::<T>::insert(id, patient, membership);
		}
	}
}
