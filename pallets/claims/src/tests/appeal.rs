//! Appeal and arbitration: a denied claim is appealed by the provider and arbitrated by the
//! governance origin.

use frame_support::{assert_noop, assert_ok};
use healthchain_primitives::AccessDenied;

use super::*;
use crate::{Adjustment, Error, Event, ReviewDecision};

#[test]
fn a_denial_is_appealed_and_arbitrated_by_governance() {
	run_test(|| {
		setup(10_000);
		let cosmetic = submit(vec![line(COSMETIC, 900, NOW - DAY)]);
		let other = submit(vec![line(COSMETIC, 300, NOW - 2 * DAY)]);
		assert_noop!(
			Claims::appeal_claim(RuntimeOrigin::signed(CLINICIAN), cosmetic),
			Error::<Test>::AccessDenied(AccessDenied::MissingRole)
		);
		assert_noop!(
			Claims::arbitrate_claim(RuntimeOrigin::root(), cosmetic, 10),
			Error::<Test>::NotAppealed
		);
		assert_ok!(Claims::appeal_claim(RuntimeOrigin::signed(BILLING), cosmetic));
		System::assert_last_event(
			Event::ClaimStatusChanged { claim: cosmetic, status: ClaimStatus::Appealed }.into(),
		);
		assert_ok!(Claims::appeal_claim(RuntimeOrigin::signed(BILLING), other));
		assert_eq!(status(cosmetic), ClaimStatus::Appealed);
		assert_eq!(reserved(), 0, "uncovered services reserve nothing (the plan pays nothing)");
		assert_noop!(
			Claims::appeal_claim(RuntimeOrigin::signed(BILLING), cosmetic),
			Error::<Test>::NotDenied
		);
		assert_noop!(
			Claims::appeal_claim(RuntimeOrigin::signed(BILLING), 42),
			Error::<Test>::UnknownClaim
		);
		assert_noop!(
			Claims::arbitrate_claim(RuntimeOrigin::signed(ADMIN), cosmetic, 10),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Claims::arbitrate_claim(RuntimeOrigin::root(), cosmetic, 901),
			Error::<Test>::AwardTooHigh
		);
		assert_ok!(Claims::arbitrate_claim(RuntimeOrigin::root(), cosmetic, 450));
		System::assert_has_event(
			Event::ClaimPaid { claim: cosmetic, provider: HOSPITAL, amount: 450 }.into(),
		);
		System::assert_last_event(
			Event::ClaimStatusChanged { claim: cosmetic, status: ClaimStatus::Paid }.into(),
		);
		assert_eq!(Balances::free_balance(HOSPITAL_ACCOUNT), 450);
		assert_ok!(Claims::arbitrate_claim(RuntimeOrigin::root(), other, 0));
		assert_eq!(status(other), ClaimStatus::DenialUpheld);
		assert_eq!(reserved(), 0);
		// The arbitrated service now counts as paid.
		let again =
			submit_as(BILLING, vec![RECORD_2], vec![line(COSMETIC, 900, NOW - DAY)]).expect("s");
		assert_eq!(stored(again).lines[0].adjustments.to_vec(), vec![Adjustment::NotCovered]);
	});
}

#[test]
fn arbitration_cannot_pay_a_service_another_claim_was_paid_for() {
	run_test(|| {
		setup(10_000);
		let first = pending_mri(1);
		assert_ok!(Claims::review_claim(
			RuntimeOrigin::signed(REVIEWER),
			first,
			ReviewDecision::Deny
		));
		assert_ok!(Claims::appeal_claim(RuntimeOrigin::signed(BILLING), first));
		// Meanwhile a corrected claim for the same service is approved and paid.
		let mri = authorized(approved_prior_auth(MRI), line(MRI, 1_000, NOW - DAY));
		let corrected = submit_as(BILLING, vec![RECORD_2], vec![mri]).expect("submitted");
		assert_ok!(Claims::review_claim(
			RuntimeOrigin::signed(REVIEWER),
			corrected,
			ReviewDecision::Approve
		));
		assert_noop!(
			Claims::arbitrate_claim(RuntimeOrigin::root(), first, 500),
			Error::<Test>::ServiceAlreadyClaimed
		);
		assert_ok!(Claims::arbitrate_claim(RuntimeOrigin::root(), first, 0));
		assert_eq!(Balances::free_balance(HOSPITAL_ACCOUNT), 1_000, "paid once");
	});
}

/// A Billing member bills an absurd amount, gets it denied and appeals it: the appeal may not
/// freeze the payer's escrow (security review M-7). Absurd amounts are refused; an appeal
/// reserves at most what the plan could pay for the lines under its rules.
#[test]
fn an_appeal_with_a_huge_billed_amount_freezes_no_escrow() {
	run_test(|| {
		setup(10_000);
		for huge in [u64::MAX / 2, MAX_LINE_AMOUNT + 1] {
			assert_noop!(
				submit_as(BILLING, vec![RECORD], vec![line(COSMETIC, huge, NOW - DAY)]),
				Error::<Test>::LineAmountTooHigh
			);
		}
		assert_eq!(reserved(), 0, "an absurd uncovered line reserved escrow on appeal");
		// At the bound: an uncovered service reserves nothing, a covered one its fee schedule.
		let cosmetic = submit(vec![line(COSMETIC, MAX_LINE_AMOUNT, NOW - DAY)]);
		assert_eq!(status(cosmetic), ClaimStatus::Denied);
		assert_ok!(Claims::appeal_claim(RuntimeOrigin::signed(BILLING), cosmetic));
		assert_eq!(reserved(), 0, "an uncovered line reserved escrow on appeal");
		let mri = authorized(approved_prior_auth(MRI), line(MRI, MAX_LINE_AMOUNT, NOW - 2 * DAY));
		let mri = submit(vec![mri]);
		assert_eq!(reserved(), 1_000, "the fee schedule waits for review");
		assert_ok!(Claims::review_claim(
			RuntimeOrigin::signed(REVIEWER),
			mri,
			ReviewDecision::Deny
		));
		assert_ok!(Claims::appeal_claim(RuntimeOrigin::signed(BILLING), mri));
		assert_eq!(reserved(), 1_000, "the appeal reserves the fee schedule, not the bill");
		// The payer withdraws what the appeals do not need, and new claims are still auto-paid.
		assert_ok!(Claims::withdraw_escrow(RuntimeOrigin::signed(ADMIN), PLAN, 8_000));
		let visit = submit(vec![line(VISIT, 200, NOW - 3 * DAY)]);
		assert_eq!(status(visit), ClaimStatus::Paid);
		// Arbitration releases exactly what the appeal reserved.
		assert_ok!(Claims::arbitrate_claim(RuntimeOrigin::root(), mri, 0));
		assert_ok!(Claims::arbitrate_claim(RuntimeOrigin::root(), cosmetic, 0));
		assert_eq!(reserved(), 0);
	});
}

/// The insurer publishes the test plan and funds it with `escrow`; the patient enrolled 200 days
/// before [`NOW`] (in 2025), so services of 2025 and 2026 are covered.
fn setup_since_2025(escrow: u64) {
	Timestamp::set_timestamp(NOW - 200 * DAY);
	assert_ok!(Claims::create_plan(RuntimeOrigin::signed(ADMIN), INSURER, terms(0)));
	assert_ok!(Claims::fund_plan(RuntimeOrigin::signed(ADMIN), PLAN, escrow));
	assert_ok!(Claims::enroll(RuntimeOrigin::signed(PATIENT), PLAN));
	payer_accepts(PATIENT);
	Timestamp::set_timestamp(NOW);
}

/// The member's annual usage of the test plan in `year`.
fn usage(year: u32) -> u64 {
	crate::AnnualUsage::<Test>::get((PLAN, PATIENT), year)
}

/// An appealed claim with lines in December 2025 and May 2026: governance's award counts
/// towards each year's annual limit, line by line, not all towards the first line's year
/// (security review L-4).
#[test]
fn an_award_over_two_service_years_is_booked_to_each_year() {
	run_test(|| {
		setup_since_2025(10_000);
		let december = NOW - 180 * DAY; // 2025-12-03
		let claim = submit(vec![line(COSMETIC, 900, december), line(COSMETIC, 900, NOW - DAY)]);
		assert_ok!(Claims::appeal_claim(RuntimeOrigin::signed(BILLING), claim));
		assert_ok!(Claims::arbitrate_claim(RuntimeOrigin::root(), claim, 1_500));
		assert_eq!((usage(2025), usage(2026)), (900, 600), "the award's booking per year");
	});
}

/// An award may not take the member beyond a year's annual limit (security review L-4).
#[test]
fn an_award_beyond_the_annual_limit_is_refused() {
	run_test(|| {
		setup(10_000);
		for day in 1..=4 {
			submit(vec![line(VISIT, 500, NOW - day * DAY)]);
		}
		assert_eq!(usage(2026), 1_600, "four visits paid 400 each");
		let claim = submit(vec![line(COSMETIC, 900, NOW - 5 * DAY)]);
		assert_ok!(Claims::appeal_claim(RuntimeOrigin::signed(BILLING), claim));
		assert_noop!(
			Claims::arbitrate_claim(RuntimeOrigin::root(), claim, 401),
			Error::<Test>::AwardAboveAnnualLimit
		);
		assert_ok!(Claims::arbitrate_claim(RuntimeOrigin::root(), claim, 400));
		assert_eq!(usage(2026), ANNUAL_LIMIT);
	});
}

/// An appeal made before [`crate::AppealReserves`] existed reserved its billed total and has no
/// entry: arbitration releases the billed total, so the plan's reservations stay exact.
#[test]
fn an_appeal_without_a_recorded_reserve_releases_its_billed_total() {
	run_test(|| {
		setup(10_000);
		let claim = submit(vec![line(COSMETIC, 900, NOW - DAY)]);
		assert_ok!(Claims::appeal_claim(RuntimeOrigin::signed(BILLING), claim));
		assert_eq!(crate::AppealReserves::<Test>::get(claim), Some(0));
		// As the old rule left it: the billed total reserved, nothing recorded.
		crate::AppealReserves::<Test>::remove(claim);
		crate::Plans::<Test>::mutate(PLAN, |plan| {
			plan.as_mut().expect("the plan is stored").reserved = 900
		});
		assert_eq!(Claims::appeal_reservation(claim, &stored(claim)), 900);
		assert_ok!(Claims::arbitrate_claim(RuntimeOrigin::root(), claim, 0));
		assert_eq!(reserved(), 0);
		assert_eq!(crate::AppealReserves::<Test>::get(claim), None);
	});
}
