//! The attacks of the security review on claims (H-3, M-9, L-2, L-3, L-6), each performed by a
//! hostile provider, patient or payer against the test plan. Each test is named after its
//! attack and asserts that the attack fails: written first against the code before issue #14,
//! where every one of them succeeded (the attack test failed), then made to pass by the fix.

use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use healthchain_primitives::fakes::FakeOrganizations;

use super::*;
use crate::{Adjustment, ReviewDecision};

/// The hospital's billing clerk's claim of `lines` for `patient` with fresh evidence.
fn claim_for(patient: u64, lines: Vec<ClaimLineInput<u64>>) -> Result<ClaimId, DispatchError> {
	submit_for(BILLING, patient, vec![fresh_evidence(patient)], lines)
}

/// Deposits held from `who` by the pallet.
fn deposits_of(who: u64) -> u64 {
	Balances::balance_on_hold(&HoldReason::Deposit.into(), &who)
}

/// H-3: a provider's insider makes up a patient, who enrolls themselves in any plan; the
/// provider then bills the plan for them. Enrollment is only a request: until the payer
/// accepts it, the patient is covered for nothing.
#[test]
fn attack_self_enrolled_sybil_patient_is_billed_to_the_plan() {
	run_test(|| {
		setup(10_000);
		assert_ok!(Claims::enroll(RuntimeOrigin::signed(OTHER_PATIENT), PLAN));
		Timestamp::set_timestamp(NOW + DAY);
		let billed = claim_for(OTHER_PATIENT, vec![line(VISIT, 200, NOW)]);
		assert!(billed.is_err(), "a self-declared member was billed: {billed:?}");
		assert_eq!(Balances::free_balance(HOSPITAL_ACCOUNT), 0);
		assert_eq!(escrow_held(), 10_000);
	});
}

/// L-2: a patient who left and re-joined loses the coverage of their first period (their
/// earlier services become `NotEnrolled`), so the payer escapes claims it owes.
#[test]
fn attack_reenrolling_erases_the_earlier_coverage_period() {
	run_test(|| {
		setup(10_000);
		// Enrolled at NOW - 30 days; a visit at NOW - 20 days; left at NOW - 10 days.
		Timestamp::set_timestamp(NOW - 10 * DAY);
		assert_ok!(Claims::leave_plan(RuntimeOrigin::signed(PATIENT), PLAN));
		Timestamp::set_timestamp(NOW - 5 * DAY);
		assert_ok!(Claims::enroll(RuntimeOrigin::signed(PATIENT), PLAN));
		payer_accepts(PATIENT);
		Timestamp::set_timestamp(NOW);
		let earlier = claim_for(PATIENT, vec![line(VISIT, 200, NOW - 20 * DAY)]);
		assert_eq!(earlier.map(status), Ok(ClaimStatus::Paid));
		// Between the periods: not covered.
		assert_noop!(
			claim_for(PATIENT, vec![line(VISIT, 200, NOW - 7 * DAY)]),
			Error::<Test>::NotEnrolled
		);
	});
}

/// H-3: the same visit billed again one millisecond later was "another service", paid twice.
#[test]
fn attack_same_visit_billed_one_millisecond_later_is_paid_twice() {
	run_test(|| {
		setup(10_000);
		let visit = NOW - DAY;
		assert_eq!(status(submit(vec![line(VISIT, 200, visit)])), ClaimStatus::Paid);
		let paid = Balances::free_balance(HOSPITAL_ACCOUNT);
		let again = submit(vec![line(VISIT, 200, visit + 1)]);
		assert_eq!(status(again), ClaimStatus::Denied);
		assert_eq!(stored(again).lines[0].adjustments.to_vec(), vec![Adjustment::Duplicate]);
		// Later the same UTC day, too.
		let later = submit(vec![line(VISIT, 200, visit + DAY / 2)]);
		assert_eq!(status(later), ClaimStatus::Denied);
		assert_eq!(Balances::free_balance(HOSPITAL_ACCOUNT), paid, "paid once only");
	});
}

/// H-3: a reviewer denies a claim; the provider resubmits the same services in pieces below the
/// auto-approval threshold, which were paid without review.
#[test]
fn attack_denied_service_resubmitted_in_small_pieces_is_auto_paid() {
	run_test(|| {
		setup(10_000);
		// Three visits: 1,200 payable, above the 800 threshold, so a reviewer looks at them.
		let visits = |amount| (1..=3).map(|d| line(VISIT, amount, NOW - d * DAY)).collect();
		let big = submit(visits(500));
		assert_eq!(status(big), ClaimStatus::PendingReview);
		assert_ok!(Claims::review_claim(
			RuntimeOrigin::signed(REVIEWER),
			big,
			ReviewDecision::Deny
		));
		let before = Balances::free_balance(HOSPITAL_ACCOUNT);
		// Each visit alone (400 payable) is below the threshold.
		let first = submit(vec![line(VISIT, 500, NOW - DAY)]);
		assert_eq!(status(first), ClaimStatus::PendingReview, "a denied service goes to review");
		let second = submit(vec![line(VISIT, 250, NOW - DAY + 1)]);
		assert_eq!(status(second), ClaimStatus::Denied, "the same service again is a duplicate");
		assert_eq!(Balances::free_balance(HOSPITAL_ACCOUNT), before, "nothing auto-paid");
	});
}

/// H-3: one approved prior authorization backed any number of claims.
#[test]
fn attack_one_prior_authorization_backs_many_claims() {
	run_test(|| {
		setup(50_000);
		let auth = approved_prior_auth(MRI);
		let first = claim_for(PATIENT, vec![authorized(auth, line(MRI, 600, NOW - 2 * DAY))]);
		assert_eq!(first.map(status), Ok(ClaimStatus::Paid));
		let paid = Balances::free_balance(HOSPITAL_ACCOUNT);
		let second = claim_for(PATIENT, vec![authorized(auth, line(MRI, 600, NOW - DAY))]);
		assert!(second.is_err(), "a used prior authorization backed another claim: {second:?}");
		// Nor twice within one claim.
		let auth = approved_prior_auth(MRI);
		let twice = claim_for(
			PATIENT,
			vec![
				authorized(auth, line(MRI, 300, NOW - 3 * DAY)),
				authorized(auth, line(MRI, 300, NOW - 4 * DAY)),
			],
		);
		assert!(twice.is_err(), "one prior authorization backed two lines: {twice:?}");
		assert_eq!(Balances::free_balance(HOSPITAL_ACCOUNT), paid);
	});
}

/// H-3: an approved prior authorization never expired: a service years later still used it.
#[test]
fn attack_prior_authorization_used_long_after_it_expired() {
	run_test(|| {
		setup(50_000);
		let auth = approved_prior_auth(MRI);
		let later = NOW + 400 * DAY;
		Timestamp::set_timestamp(later + DAY);
		let claim = claim_for(PATIENT, vec![authorized(auth, line(MRI, 600, later))])
			.expect("the claim is submitted");
		assert_eq!(status(claim), ClaimStatus::Denied);
		assert_eq!(stored(claim).lines[0].adjustments.to_vec(), vec![Adjustment::PriorAuthMissing]);
	});
}

/// L-6: any provider member stored prior authorization requests for anyone, free of charge and
/// against any plan: spam, and a leak of (patient, service).
#[test]
fn attack_prior_authorization_requests_for_strangers_cost_nothing() {
	run_test(|| {
		setup(10_000);
		// OTHER_PATIENT is no member of the plan.
		let stranger = Claims::request_prior_auth(
			RuntimeOrigin::signed(CLINICIAN),
			HOSPITAL,
			PLAN,
			OTHER_PATIENT,
			MRI,
		);
		assert!(stranger.is_err(), "a request for a non-member was stored");
		// A request for a member holds a deposit.
		assert_eq!(deposits_of(CLINICIAN), 0);
		assert_ok!(request_prior_auth(CLINICIAN, MRI));
		assert!(deposits_of(CLINICIAN) > 0, "the request holds no deposit");
	});
}

/// H-3: one anchored record was the evidence of any number of claims.
#[test]
fn attack_one_evidence_record_backs_many_claims() {
	run_test(|| {
		setup(10_000);
		let note = fresh_evidence(PATIENT);
		assert_ok!(submit_as(BILLING, vec![note], vec![line(VISIT, 200, NOW - 2 * DAY)]));
		let reused = submit_as(BILLING, vec![note], vec![line(VISIT, 200, NOW - DAY)]);
		assert!(reused.is_err(), "a used evidence record backed another claim: {reused:?}");
		let twice = submit_as(BILLING, vec![note, note], vec![line(VISIT, 200, NOW - 3 * DAY)]);
		assert!(twice.is_err(), "a claim cited one record twice: {twice:?}");
	});
}

/// M-9: suspending a payer locked its escrow for good: its admin could not take back even what
/// no pending claim needs.
#[test]
fn attack_suspending_a_payer_locks_its_escrow() {
	run_test(|| {
		setup(10_000);
		// A claim waiting for review reserves 1,000.
		assert_eq!(status(pending_mri(1)), ClaimStatus::PendingReview);
		FakeOrganizations::set_active(INSURER, false);
		assert_noop!(
			Claims::withdraw_escrow(RuntimeOrigin::signed(ADMIN), PLAN, 10_000 - 999),
			Error::<Test>::InsufficientEscrow
		);
		assert_ok!(Claims::withdraw_escrow(RuntimeOrigin::signed(ADMIN), PLAN, 10_000 - 1_000));
		assert_eq!(escrow_held(), 1_000, "what the pending claim needs stays");
	});
}

/// L-3: a claim's deposit was held forever from the clerk who submitted it, even once the claim
/// was paid or its denial final.
#[test]
fn attack_settled_claims_keep_their_deposits_forever() {
	run_test(|| {
		setup(10_000);
		let before = deposits_of(BILLING);
		let paid = submit(vec![line(VISIT, 200, NOW - DAY)]);
		assert_eq!(status(paid), ClaimStatus::Paid);
		assert_eq!(deposits_of(BILLING), before, "a paid claim's deposit is returned");
		let denied = submit(vec![line(COSMETIC, 200, NOW - DAY)]);
		assert_eq!(status(denied), ClaimStatus::Denied);
		assert!(deposits_of(BILLING) > before, "an open claim holds its deposit");
		assert_ok!(Claims::appeal_claim(RuntimeOrigin::signed(BILLING), denied));
		assert_ok!(Claims::arbitrate_claim(RuntimeOrigin::root(), denied, 0));
		assert_eq!(deposits_of(BILLING), before, "a final denial's deposit is returned");
	});
}
