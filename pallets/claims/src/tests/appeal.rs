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
		assert_eq!(reserved(), 1_200, "the billed totals are reserved");
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
