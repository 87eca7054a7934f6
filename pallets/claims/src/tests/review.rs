//! Review: a payer Reviewer approves, adjusts or denies a claim above the threshold.

use frame_support::{assert_noop, assert_ok};
use healthchain_primitives::AccessDenied;

use super::*;
use crate::{AnnualUsage, ClaimedServices, Error, Event, ReviewDecision};

/// `who` decides claim `claim`.
fn review(who: u64, claim: ClaimId, decision: ReviewDecision<u64>) -> DispatchResult {
	Claims::review_claim(RuntimeOrigin::signed(who), claim, decision)
}

#[test]
fn a_reviewer_approves_adjusts_or_denies_a_claim_above_the_threshold() {
	run_test(|| {
		setup(10_000);
		let approve = pending_mri(1);
		let deny = pending_mri(3);
		for c in [approve, deny] {
			assert_eq!(status(c), ClaimStatus::PendingReview);
		}
		assert_eq!(reserved(), 2_000);
		assert_eq!(AnnualUsage::<Test>::get((PLAN, PATIENT), 2026), 2_000, "the limit is used up");
		assert_ok!(review(REVIEWER, deny, ReviewDecision::Deny));
		System::assert_last_event(
			Event::ClaimStatusChanged { claim: deny, status: ClaimStatus::Denied }.into(),
		);
		assert_eq!(
			AnnualUsage::<Test>::get((PLAN, PATIENT), 2026),
			1_000,
			"a denial gives it back"
		);
		let adjust = pending_mri(2);
		assert_eq!(status(adjust), ClaimStatus::PendingReview);
		assert_noop!(
			review(ADMIN, approve, ReviewDecision::Approve),
			Error::<Test>::AccessDenied(AccessDenied::MissingRole)
		);
		assert_noop!(
			review(REVIEWER, approve, ReviewDecision::Adjust(1_001)),
			Error::<Test>::AdjustAboveAdjudicated
		);
		assert_ok!(review(REVIEWER, approve, ReviewDecision::Approve));
		System::assert_has_event(
			Event::ClaimPaid { claim: approve, provider: HOSPITAL, amount: 1_000 }.into(),
		);
		System::assert_last_event(
			Event::ClaimStatusChanged { claim: approve, status: ClaimStatus::Paid }.into(),
		);
		assert_ok!(review(REVIEWER, adjust, ReviewDecision::Adjust(700)));
		assert_eq!(stored(adjust).paid, 700);
		assert_noop!(
			review(REVIEWER, deny, ReviewDecision::Approve),
			Error::<Test>::NotPendingReview
		);
		assert_noop!(review(REVIEWER, 42, ReviewDecision::Approve), Error::<Test>::UnknownClaim);
		assert_eq!(Balances::free_balance(HOSPITAL_ACCOUNT), 1_700);
		assert_eq!(
			AnnualUsage::<Test>::get((PLAN, PATIENT), 2026),
			1_700,
			"adjusted and denied amounts return"
		);
		assert_eq!(reserved(), 0);
		// The denied claim released its service: a corrected claim may claim it.
		let line_of_deny = stored(deny).lines[0].input;
		assert!(ClaimedServices::<Test>::get(Claims::service_key(
			&PATIENT,
			HOSPITAL,
			&line_of_deny
		))
		.is_none());
	});
}

#[test]
fn approval_needs_the_escrow_to_cover_it() {
	run_test(|| {
		setup(500);
		let claim = pending_mri(1);
		assert_noop!(
			review(REVIEWER, claim, ReviewDecision::Approve),
			Error::<Test>::InsufficientEscrow
		);
		assert_ok!(Claims::fund_plan(RuntimeOrigin::signed(ADMIN), PLAN, 600));
		assert_ok!(review(REVIEWER, claim, ReviewDecision::Approve));
		assert_eq!(escrow_held(), 100);
		// Within the threshold but beyond the escrow: waits for review instead of failing.
		let small = submit(vec![line(VISIT, 500, NOW - DAY)]);
		assert_eq!(status(small), ClaimStatus::PendingReview);
	});
}
