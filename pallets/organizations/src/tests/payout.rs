//! The payout account: the account other pallets pay an organization to, named by its admin
//! account only (the one that also spends), while the organization is active.

use healthchain_primitives::{OrganizationInspect, OrganizationSummary, Role};
use sp_runtime::DispatchError;

use super::*;
use crate::{Error, Event};

/// `caller` names `payout` as `org`'s payout account.
fn set_payout_as(caller: u128, org: u32, payout: Option<u128>) -> DispatchResult {
	Organizations::set_payout_account(RuntimeOrigin::signed(caller), org, payout)
}

/// What other pallets learn about `org` ([`OrganizationInspect::organization`]).
fn summary(org: u32) -> Option<OrganizationSummary<u128>> {
	<Organizations as OrganizationInspect<u128>>::organization(org)
}

/// The payout account other pallets see for `org`.
fn payout_of(org: u32) -> Option<u128> {
	summary(org).map(|o| o.payout)
}

/// The payout account stored for `org`.
fn stored_payout(org: u32) -> Option<u128> {
	crate::Organizations::<Test>::get(org).and_then(|o| o.payout)
}

#[test]
fn an_organization_is_paid_to_its_own_account_until_its_admin_names_another() {
	run_test(|| {
		let h = hospital();
		let account = Organizations::organization_account(h);
		assert_eq!(stored_payout(h), None);
		assert_eq!(payout_of(h), Some(account));

		assert_ok!(set_payout_as(ALICE, h, Some(DAVE)));
		System::assert_last_event(
			Event::PayoutAccountSet { organization: h, payout: Some(DAVE) }.into(),
		);
		assert_eq!(stored_payout(h), Some(DAVE));
		let seen = summary(h).expect("registered");
		assert_eq!((seen.payout, seen.account), (DAVE, account));

		// `None` goes back to its own account.
		assert_ok!(set_payout_as(ALICE, h, None));
		System::assert_last_event(Event::PayoutAccountSet { organization: h, payout: None }.into());
		assert_eq!(stored_payout(h), None);
		assert_eq!(payout_of(h), Some(account));
	});
}

#[test]
fn an_admin_member_cannot_redirect_the_organizations_payments() {
	run_test(|| {
		let h = hospital_with(BOB, &[Role::Admin]);
		assert_noop!(set_payout_as(BOB, h, Some(BOB)), Error::<Test>::NotAdminAccount);
		assert_eq!(payout_of(h), Some(Organizations::organization_account(h)));
	});
}

#[test]
fn a_plain_member_a_stranger_or_governance_cannot_name_the_payout_account() {
	run_test(|| {
		let h = hospital_with(BOB, BILLING);
		assert_noop!(set_payout_as(BOB, h, Some(BOB)), Error::<Test>::NotAdminAccount);
		assert_noop!(set_payout_as(CHARLIE, h, Some(CHARLIE)), Error::<Test>::NotAdminAccount);
		assert_noop!(
			Organizations::set_payout_account(RuntimeOrigin::root(), h, Some(GOVERNOR)),
			DispatchError::BadOrigin
		);
		assert_noop!(set_payout_as(ALICE, h + 1, Some(DAVE)), Error::<Test>::UnknownOrganization);
		assert_eq!(stored_payout(h), None);
	});
}

#[test]
fn a_suspended_organization_keeps_its_payout_account() {
	run_test(|| {
		let h = hospital();
		assert_ok!(set_payout_as(ALICE, h, Some(DAVE)));
		assert_ok!(Organizations::suspend_organization(gov(), h));
		assert_noop!(set_payout_as(ALICE, h, Some(ALICE)), Error::<Test>::OrganizationSuspended);
		assert_noop!(set_payout_as(ALICE, h, None), Error::<Test>::OrganizationSuspended);
		assert_eq!(stored_payout(h), Some(DAVE));
		assert_ok!(Organizations::reinstate_organization(gov(), h));
		assert_ok!(set_payout_as(ALICE, h, None));
	});
}

#[test]
fn the_payout_account_survives_an_admin_rotation_and_only_the_new_admin_changes_it() {
	run_test(|| {
		let h = hospital();
		assert_ok!(set_payout_as(ALICE, h, Some(DAVE)));
		assert_ok!(Organizations::set_admin(gov(), h, CHARLIE));
		assert_eq!(payout_of(h), Some(DAVE));
		assert_noop!(set_payout_as(ALICE, h, Some(ALICE)), Error::<Test>::NotAdminAccount);
		assert_ok!(set_payout_as(CHARLIE, h, Some(CHARLIE)));
		assert_eq!(payout_of(h), Some(CHARLIE));
	});
}
