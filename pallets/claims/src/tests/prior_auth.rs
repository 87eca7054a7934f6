//! Prior authorization: requested by the provider for a member (with a deposit), decided by the
//! payer, used up by one payable claim line, expiring, withdrawn.

use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use healthchain_primitives::AccessDenied;

use super::*;
use crate::{Adjustment, Error, Event, PriorAuthStatus, PriorAuths, ReviewDecision};

/// The deposits held from `who`.
fn deposits_of(who: u64) -> u64 {
	Balances::balance_on_hold(&HoldReason::Deposit.into(), &who)
}

/// An MRI line `days` ago citing `auth`.
fn mri(auth: PriorAuthId, days: u64) -> ClaimLineInput<u64> {
	authorized(auth, line(MRI, 600, NOW - days * DAY))
}

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
		Timestamp::set_timestamp(NOW - 10 * DAY);
		assert_ok!(request_prior_auth(BILLING, MRI));
		System::assert_last_event(
			Event::PriorAuthRequested { id: 0, plan: PLAN, provider: HOSPITAL }.into(),
		);
		assert_eq!(deposits_of(BILLING), PRIOR_AUTH_DEPOSIT);
		assert_noop!(
			Claims::decide_prior_auth(RuntimeOrigin::signed(ADMIN), 0, true),
			Error::<Test>::AccessDenied(AccessDenied::MissingRole)
		);
		// Not decided yet: it authorizes nothing.
		Timestamp::set_timestamp(NOW);
		let undecided = submit(vec![mri(0, 1)]);
		assert_eq!(
			stored(undecided).lines[0].adjustments.to_vec(),
			vec![Adjustment::PriorAuthMissing]
		);
		// Denied: removed, its deposit back.
		assert_ok!(Claims::decide_prior_auth(RuntimeOrigin::signed(REVIEWER), 0, false));
		System::assert_last_event(
			Event::PriorAuthDecided { id: 0, status: PriorAuthStatus::Denied }.into(),
		);
		assert!(!PriorAuths::<Test>::contains_key(0));
		assert_eq!(deposits_of(BILLING), CLAIM_DEPOSIT, "only the denied claim's deposit");
		assert_noop!(
			Claims::decide_prior_auth(RuntimeOrigin::signed(REVIEWER), 0, true),
			Error::<Test>::UnknownPriorAuth
		);
		let approved = approved_prior_auth(MRI);
		assert_noop!(
			Claims::decide_prior_auth(RuntimeOrigin::signed(REVIEWER), approved, true),
			Error::<Test>::AlreadyDecided
		);
		// An authorization for another service does not match.
		let visit_auth = approved_prior_auth(VISIT);
		assert_noop!(
			submit_as(BILLING, vec![fresh_evidence(PATIENT)], vec![mri(visit_auth, 1)]),
			Error::<Test>::PriorAuthMismatch
		);
		assert_noop!(
			submit_as(BILLING, vec![fresh_evidence(PATIENT)], vec![mri(99, 1)]),
			Error::<Test>::UnknownPriorAuth
		);
		// Used by one payable line: its deposit comes back, and it backs nothing else.
		assert_eq!(deposits_of(CLINICIAN), 2 * PRIOR_AUTH_DEPOSIT);
		let paid = submit(vec![mri(approved, 1)]);
		assert_eq!(status(paid), ClaimStatus::Paid);
		System::assert_has_event(Event::PriorAuthUsed { id: approved, claim: paid }.into());
		assert_eq!(deposits_of(CLINICIAN), PRIOR_AUTH_DEPOSIT);
		assert_eq!(PriorAuths::<Test>::get(approved).and_then(|a| a.used_by), Some(paid));
		assert_noop!(
			submit_as(BILLING, vec![fresh_evidence(PATIENT)], vec![mri(approved, 2)]),
			Error::<Test>::PriorAuthUsed
		);
	});
}

#[test]
fn a_prior_authorization_needs_a_member_and_expires() {
	run_test(|| {
		setup(50_000);
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
		// Approved 29 days ago: it authorizes services from then for 90 days.
		let auth = approved_prior_auth(MRI);
		let approved_at = NOW - 29 * DAY;
		let expires = approved_at + PRIOR_AUTH_VALIDITY;
		assert_eq!(PriorAuths::<Test>::get(auth).and_then(|a| a.expires_at), Some(expires));
		Timestamp::set_timestamp(expires + DAY);
		let before = authorized(auth, line(MRI, 600, approved_at - 1));
		let after = authorized(auth, line(MRI, 600, expires));
		for line in [before, after] {
			let claim = submit(vec![line]);
			assert_eq!(
				stored(claim).lines[0].adjustments.to_vec(),
				vec![Adjustment::PriorAuthMissing]
			);
		}
		// The last millisecond of its validity is still authorized.
		let last = submit(vec![authorized(auth, line(MRI, 600, expires - 1))]);
		assert_eq!(status(last), ClaimStatus::Paid);
	});
}

#[test]
fn an_unused_prior_authorization_is_withdrawn_and_its_deposit_returned() {
	run_test(|| {
		setup(10_000);
		let auth = approved_prior_auth(MRI);
		// Only its requester, while it is valid.
		assert_noop!(
			Claims::remove_prior_auth(RuntimeOrigin::signed(BILLING), auth),
			Error::<Test>::PriorAuthNotRemovable
		);
		assert_ok!(Claims::remove_prior_auth(RuntimeOrigin::signed(CLINICIAN), auth));
		System::assert_last_event(Event::PriorAuthRemoved { id: auth }.into());
		assert_eq!(deposits_of(CLINICIAN), 0);
		assert_noop!(
			Claims::remove_prior_auth(RuntimeOrigin::signed(CLINICIAN), auth),
			Error::<Test>::UnknownPriorAuth
		);
		// Anyone, once it expired; the deposit goes back to the requester.
		let expired = approved_prior_auth(MRI);
		Timestamp::set_timestamp(NOW - 29 * DAY + PRIOR_AUTH_VALIDITY);
		let free = Balances::free_balance(CLINICIAN);
		assert_ok!(Claims::remove_prior_auth(RuntimeOrigin::signed(PATIENT), expired));
		assert_eq!(Balances::free_balance(CLINICIAN), free + PRIOR_AUTH_DEPOSIT);
		// Never once a claim line used it.
		Timestamp::set_timestamp(NOW);
		let used = approved_prior_auth(MRI);
		submit(vec![mri(used, 1)]);
		assert_noop!(
			Claims::remove_prior_auth(RuntimeOrigin::signed(CLINICIAN), used),
			Error::<Test>::PriorAuthNotRemovable
		);
	});
}

#[test]
fn a_denial_on_review_frees_the_prior_authorizations_its_lines_used() {
	run_test(|| {
		setup(10_000);
		let auth = approved_prior_auth(MRI);
		let claim = submit(vec![authorized(auth, line(MRI, 1_000, NOW - DAY))]);
		assert_eq!(status(claim), ClaimStatus::PendingReview);
		assert_eq!(PriorAuths::<Test>::get(auth).and_then(|a| a.used_by), Some(claim));
		assert_ok!(Claims::review_claim(
			RuntimeOrigin::signed(REVIEWER),
			claim,
			ReviewDecision::Deny
		));
		assert_eq!(PriorAuths::<Test>::get(auth).and_then(|a| a.used_by), None);
		// The corrected claim uses it, and waits for review (its service was denied before).
		let corrected = submit(vec![authorized(auth, line(MRI, 700, NOW - DAY))]);
		assert_eq!(status(corrected), ClaimStatus::PendingReview);
		assert_eq!(PriorAuths::<Test>::get(auth).and_then(|a| a.used_by), Some(corrected));
	});
}

#[test]
fn prior_auth_ids_exhausted_fail_cleanly() {
	assert_ids_exhausted(
		|| crate::NextPriorAuthId::<Test>::put(u64::MAX),
		|| request_prior_auth(CLINICIAN, MRI),
	);
}
