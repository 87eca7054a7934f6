//! Where a provider is paid (security review C-1): to the payout account its admin named in the
//! registry, else to its own account. The organization's own account is keyless, so money paid
//! there could only leave through the registry; a named payout account is spendable at once.

use frame_support::assert_ok;
use healthchain_primitives::fakes::FakeOrganizations;

use super::*;
use crate::ReviewDecision;

/// The account the hospital's admin named for its payments (not funded before).
const HOSPITAL_PAYOUT: u64 = 50;

#[test]
fn an_auto_paid_claim_lands_on_the_providers_payout_account() {
	run_test(|| {
		setup(10_000);
		FakeOrganizations::set_payout(HOSPITAL, Some(HOSPITAL_PAYOUT));
		let claim = submit(vec![line(VISIT, 200, NOW - DAY)]);
		assert_eq!(status(claim), ClaimStatus::Paid);
		assert_eq!(Balances::free_balance(HOSPITAL_PAYOUT), 160, "the payer's amount");
		assert_eq!(Balances::free_balance(HOSPITAL_ACCOUNT), 0, "nothing on the keyless account");
		assert_eq!(escrow_held(), 10_000 - 160);
	});
}

#[test]
fn a_reviewed_claim_is_paid_to_the_providers_payout_account() {
	run_test(|| {
		setup(10_000);
		let claim = pending_mri(1);
		FakeOrganizations::set_payout(HOSPITAL, Some(HOSPITAL_PAYOUT));
		assert_ok!(Claims::review_claim(
			RuntimeOrigin::signed(REVIEWER),
			claim,
			ReviewDecision::Approve
		));
		assert_eq!(Balances::free_balance(HOSPITAL_PAYOUT), 1_000);
		assert_eq!(Balances::free_balance(HOSPITAL_ACCOUNT), 0);
	});
}

#[test]
fn an_arbitration_award_is_paid_to_the_providers_payout_account() {
	run_test(|| {
		setup(10_000);
		let claim = submit(vec![line(COSMETIC, 900, NOW - DAY)]);
		assert_ok!(Claims::appeal_claim(RuntimeOrigin::signed(BILLING), claim));
		FakeOrganizations::set_payout(HOSPITAL, Some(HOSPITAL_PAYOUT));
		assert_ok!(Claims::arbitrate_claim(RuntimeOrigin::root(), claim, 450));
		assert_eq!(Balances::free_balance(HOSPITAL_PAYOUT), 450);
		assert_eq!(Balances::free_balance(HOSPITAL_ACCOUNT), 0);
	});
}

#[test]
fn without_a_payout_account_the_provider_is_paid_on_its_own_account() {
	run_test(|| {
		setup(10_000);
		FakeOrganizations::set_payout(HOSPITAL, Some(HOSPITAL_PAYOUT));
		FakeOrganizations::set_payout(HOSPITAL, None);
		submit(vec![line(VISIT, 200, NOW - DAY)]);
		assert_eq!(Balances::free_balance(HOSPITAL_ACCOUNT), 160);
		assert_eq!(Balances::free_balance(HOSPITAL_PAYOUT), 0);
	});
}
