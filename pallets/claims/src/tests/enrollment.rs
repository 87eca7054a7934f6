//! Enrollment: the patient asks, the payer decides; coverage runs from acceptance until the
//! patient leaves or the payer ends it, and every period is kept.

use frame_support::{assert_noop, assert_ok};
use healthchain_primitives::AccessDenied;

use super::*;
use crate::{CoveragePeriod, Enrollments, Error, Event};

/// `patient` asks to join plan `plan`.
fn enroll(patient: u64, plan: u32) -> DispatchResult {
	Claims::enroll(RuntimeOrigin::signed(patient), plan)
}

/// `patient` leaves the test plan.
fn leave(patient: u64) -> DispatchResult {
	Claims::leave_plan(RuntimeOrigin::signed(patient), PLAN)
}

/// `who` accepts or refuses `patient`'s request to join the test plan.
fn decide(who: u64, patient: u64, accept: bool) -> DispatchResult {
	Claims::decide_enrollment(RuntimeOrigin::signed(who), PLAN, patient, accept)
}

/// The coverage periods of `patient` in the test plan.
fn periods(patient: u64) -> Vec<CoveragePeriod> {
	Enrollments::<Test>::get(PLAN, patient).map(|m| m.periods.to_vec()).unwrap_or_default()
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
			submit_as(BILLING, vec![fresh_evidence(PATIENT)], vec![line(VISIT, 100, NOW + DAY)]),
			Error::<Test>::NotEnrolled
		);
		assert_eq!(Claims::remaining_annual_limit(PLAN, &PATIENT).map(|r| r.enrolled), Some(false));
		assert_ok!(enroll(PATIENT, PLAN));
		System::assert_last_event(
			Event::EnrollmentRequested { plan: PLAN, patient: PATIENT }.into(),
		);
		payer_accepts(PATIENT);
		System::assert_last_event(Event::Enrolled { plan: PLAN, patient: PATIENT }.into());
		// Both periods are kept: joining again erased nothing (security review L-2).
		assert_eq!(
			periods(PATIENT),
			vec![
				CoveragePeriod { since: NOW - 30 * DAY, until: Some(NOW) },
				CoveragePeriod { since: NOW + DAY, until: None },
			]
		);
		assert_noop!(leave(OTHER_PATIENT), Error::<Test>::NotEnrolled);
	});
}

#[test]
fn the_payer_decides_who_is_covered() {
	run_test(|| {
		setup(10_000);
		assert_noop!(decide(ADMIN, OTHER_PATIENT, true), Error::<Test>::NoEnrollmentRequest);
		assert_ok!(enroll(OTHER_PATIENT, PLAN));
		assert_noop!(enroll(OTHER_PATIENT, PLAN), Error::<Test>::AlreadyRequested);
		// A request covers nothing, and no prior authorization can be asked for it.
		assert_eq!(
			Claims::remaining_annual_limit(PLAN, &OTHER_PATIENT).map(|r| r.enrolled),
			Some(false)
		);
		assert_noop!(
			Claims::request_prior_auth(
				RuntimeOrigin::signed(CLINICIAN),
				HOSPITAL,
				PLAN,
				OTHER_PATIENT,
				MRI
			),
			Error::<Test>::NotEnrolled
		);
		// Only an Admin of the payer decides.
		assert_noop!(
			decide(REVIEWER, OTHER_PATIENT, true),
			Error::<Test>::AccessDenied(AccessDenied::MissingRole)
		);
		assert_noop!(
			decide(BILLING, OTHER_PATIENT, true),
			Error::<Test>::AccessDenied(AccessDenied::NotAMember)
		);
		assert_ok!(decide(ADMIN, OTHER_PATIENT, false));
		System::assert_last_event(
			Event::EnrollmentRefused { plan: PLAN, patient: OTHER_PATIENT }.into(),
		);
		assert!(!Enrollments::<Test>::contains_key(PLAN, OTHER_PATIENT), "nothing left behind");
		// Asked again, and withdrawn by the patient.
		assert_ok!(enroll(OTHER_PATIENT, PLAN));
		assert_ok!(leave(OTHER_PATIENT));
		assert!(!Enrollments::<Test>::contains_key(PLAN, OTHER_PATIENT));
		// Asked again and accepted: covered from now, not before.
		assert_ok!(enroll(OTHER_PATIENT, PLAN));
		assert_ok!(decide(ADMIN, OTHER_PATIENT, true));
		assert_eq!(periods(OTHER_PATIENT), vec![CoveragePeriod { since: NOW, until: None }]);
		assert_noop!(
			submit_for(
				BILLING,
				OTHER_PATIENT,
				vec![fresh_evidence(OTHER_PATIENT)],
				vec![line(VISIT, 100, NOW - DAY)]
			),
			Error::<Test>::NotEnrolled
		);
	});
}

#[test]
fn the_payer_ends_coverage_and_earlier_services_stay_covered() {
	run_test(|| {
		setup(10_000);
		assert_noop!(
			Claims::end_coverage(RuntimeOrigin::signed(REVIEWER), PLAN, PATIENT),
			Error::<Test>::AccessDenied(AccessDenied::MissingRole)
		);
		assert_ok!(Claims::end_coverage(RuntimeOrigin::signed(ADMIN), PLAN, PATIENT));
		System::assert_last_event(Event::CoverageEnded { plan: PLAN, patient: PATIENT }.into());
		assert_noop!(
			Claims::end_coverage(RuntimeOrigin::signed(ADMIN), PLAN, PATIENT),
			Error::<Test>::NotEnrolled
		);
		Timestamp::set_timestamp(NOW + DAY);
		assert_eq!(status(submit(vec![line(VISIT, 100, NOW - DAY)])), ClaimStatus::Paid);
		assert_noop!(
			submit_as(BILLING, vec![fresh_evidence(PATIENT)], vec![line(VISIT, 100, NOW)]),
			Error::<Test>::NotEnrolled
		);
	});
}

#[test]
fn coverage_periods_are_bounded() {
	run_test(|| {
		setup(10_000);
		for _ in 1..MAX_COVERAGE_PERIODS {
			assert_ok!(leave(PATIENT));
			assert_ok!(enroll(PATIENT, PLAN));
			payer_accepts(PATIENT);
		}
		assert_eq!(periods(PATIENT).len(), MAX_COVERAGE_PERIODS as usize);
		assert_ok!(leave(PATIENT));
		assert_noop!(enroll(PATIENT, PLAN), Error::<Test>::TooManyCoveragePeriods);
	});
}

#[test]
fn a_suspended_payer_takes_no_new_members() {
	run_test(|| {
		setup(10_000);
		assert_ok!(enroll(OTHER_PATIENT, PLAN));
		healthchain_primitives::fakes::FakeOrganizations::set_active(INSURER, false);
		assert_noop!(
			enroll(CLINICIAN, PLAN),
			Error::<Test>::PayerNotActive(AccessDenied::OrganizationSuspended)
		);
		assert_noop!(
			decide(ADMIN, OTHER_PATIENT, true),
			Error::<Test>::AccessDenied(AccessDenied::OrganizationSuspended)
		);
	});
}
