//! Prior authorization: requested by the provider, decided by the payer, matched by claims.

use frame_support::{assert_noop, assert_ok};
use healthchain_primitives::AccessDenied;

use super::*;
use crate::{Adjustment, Error, Event, PriorAuthStatus};

#[test]
fn prior_authorizations_are_requested_decided_and_matched() {
	run_test(|| {
		setup(10_000);
		assert_noop!(
			request_prior_auth(REVIEWER, MRI),
			Error::<Test>::AccessDenied(AccessDenied::NotAMember)
		);
		assert_noop!(
			Claims::request_prior_auth(RuntimeOrigin::signed(BILLING), HOSPITAL, 4, PATIENT, MRI),
			Error::<Test>::UnknownPlan
		);
		assert_ok!(request_prior_auth(BILLING, MRI));
		System::assert_last_event(
			Event::PriorAuthRequested { id: 0, plan: PLAN, provider: HOSPITAL }.into(),
		);
		assert_noop!(
			Claims::decide_prior_auth(RuntimeOrigin::signed(ADMIN), 0, true),
			Error::<Test>::AccessDenied(AccessDenied::MissingRole)
		);
		assert_ok!(Claims::decide_prior_auth(RuntimeOrigin::signed(REVIEWER), 0, false));
		System::assert_last_event(
			Event::PriorAuthDecided { id: 0, status: PriorAuthStatus::Denied }.into(),
		);
		assert_noop!(
			Claims::decide_prior_auth(RuntimeOrigin::signed(REVIEWER), 0, true),
			Error::<Test>::AlreadyDecided
		);
		assert_noop!(
			Claims::decide_prior_auth(RuntimeOrigin::signed(REVIEWER), 9, true),
			Error::<Test>::UnknownPriorAuth
		);
		// A denied authorization does not authorize.
		let mri = |auth| authorized(auth, line(MRI, 600, NOW - DAY));
		let denied = submit(vec![mri(0)]);
		assert_eq!(
			stored(denied).lines[0].adjustments.to_vec(),
			vec![Adjustment::PriorAuthMissing]
		);
		let approved = approved_prior_auth(MRI);
		assert_eq!(status(submit(vec![mri(approved)])), ClaimStatus::Paid);
		// An authorization for another service does not match.
		let visit_auth = approved_prior_auth(VISIT);
		assert_noop!(
			submit_as(BILLING, vec![RECORD], vec![mri(visit_auth)]),
			Error::<Test>::PriorAuthMismatch
		);
		assert_noop!(
			submit_as(BILLING, vec![RECORD], vec![mri(99)]),
			Error::<Test>::UnknownPriorAuth
		);
	});
}

#[test]
fn prior_auth_ids_exhausted_fail_cleanly() {
	assert_ids_exhausted(
		|| crate::NextPriorAuthId::<Test>::put(u64::MAX),
		|| request_prior_auth(CLINICIAN, MRI),
	);
}
