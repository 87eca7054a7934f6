//! Enrollment: coverage from joining until leaving.

use frame_support::{assert_noop, assert_ok};

use super::*;
use crate::{Enrollments, Error, Event};

/// `patient` joins plan `plan`.
fn enroll(patient: u64, plan: u32) -> DispatchResult {
	Claims::enroll(RuntimeOrigin::signed(patient), plan)
}

/// `patient` leaves the test plan.
fn leave(patient: u64) -> DispatchResult {
	Claims::leave_plan(RuntimeOrigin::signed(patient), PLAN)
}

#[test]
fn enrollment_bounds_coverage_in_time() {
	run_test(|| {
		setup(10_000);
		assert_noop!(enroll(PATIENT, PLAN), Error::<Test>::AlreadyEnrolled);
		assert_noop!(enroll(PATIENT, 5), Error::<Test>::UnknownPlan);
		// Before enrollment: not covered.
		assert_noop!(
			submit_as(BILLING, vec![RECORD], vec![line(VISIT, 100, NOW - 40 * DAY)]),
			Error::<Test>::NotEnrolled
		);
		assert_ok!(leave(PATIENT));
		System::assert_last_event(Event::LeftPlan { plan: PLAN, patient: PATIENT }.into());
		assert_noop!(leave(PATIENT), Error::<Test>::NotEnrolled);
		Timestamp::set_timestamp(NOW + DAY);
		// A service before leaving stays covered; one after is not.
		submit(vec![line(VISIT, 100, NOW - DAY)]);
		assert_noop!(
			submit_as(BILLING, vec![RECORD], vec![line(VISIT, 100, NOW + DAY)]),
			Error::<Test>::NotEnrolled
		);
		assert_eq!(Claims::remaining_annual_limit(PLAN, &PATIENT).map(|r| r.enrolled), Some(false));
		assert_ok!(enroll(PATIENT, PLAN));
		System::assert_last_event(Event::Enrolled { plan: PLAN, patient: PATIENT }.into());
		assert!(Enrollments::<Test>::get(PLAN, PATIENT).is_some_and(|e| e.until.is_none()));
		assert_noop!(leave(OTHER_PATIENT), Error::<Test>::NotEnrolled);
	});
}

#[test]
fn a_suspended_payer_takes_no_new_members() {
	run_test(|| {
		setup(10_000);
		healthchain_primitives::fakes::FakeOrganizations::set_active(INSURER, false);
		assert_noop!(
			enroll(OTHER_PATIENT, PLAN),
			Error::<Test>::PayerNotActive(
				healthchain_primitives::AccessDenied::OrganizationSuspended
			)
		);
	});
}
