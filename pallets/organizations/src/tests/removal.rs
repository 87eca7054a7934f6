//! Removing an organization while something still refers to it (security review M-9): its
//! members, funds on its own account (free or on hold), or items of other pallets (plans,
//! escrow, studies, consents). Removal is refused, with what is in the way, and changes nothing;
//! once everything is cleared, it succeeds.

use frame_support::traits::{
	fungible::{Inspect, Mutate, MutateHold},
	tokens::{Precision, Preservation},
};
use healthchain_primitives::{fakes::FakeReferences, OrganizationUse};

use super::*;
use crate::Event;

/// DAVE pays `amount` into `org`'s account, as a claim payment lands there.
fn pay_in(org: u32, amount: u64) {
	assert_ok!(<Balances as Mutate<u128>>::transfer(
		&DAVE,
		&Organizations::organization_account(org),
		amount,
		Preservation::Expendable,
	));
}

/// Governance removes `org`.
fn remove(org: u32) -> DispatchResult {
	Organizations::remove_organization(gov(), org)
}

/// Asserts that removing `org` fails with `InUse(used)`, changing nothing, and that
/// [`crate::Pallet::in_use`] gives the same answer.
fn assert_in_use(org: u32, used: OrganizationUse) {
	assert_eq!(Organizations::in_use(org), Some(used));
	assert_noop!(remove(org), Error::<Test>::InUse(used));
}

/// Asserts that `org` is removed and its registration deposit released to ALICE.
fn assert_removed(org: u32) {
	assert_eq!(Organizations::in_use(org), None);
	assert_ok!(remove(org));
	System::assert_last_event(Event::OrganizationRemoved { organization: org }.into());
	assert!(!crate::Organizations::<Test>::contains_key(org));
	assert_eq!(held(HoldReason::OrganizationDeposit, ALICE), 0);
}

#[test]
fn an_organization_whose_account_holds_funds_is_not_removed() {
	run_test(|| {
		let h = hospital();
		pay_in(h, 500);
		// Removed, its funds would be unreachable: nobody holds the account's key and `spend`
		// needs the organization.
		assert_in_use(h, OrganizationUse::Funds);
		assert_eq!(Balances::balance(&Organizations::organization_account(h)), 500);
		// Its admin spends them; then it goes.
		assert_ok!(Organizations::spend(RuntimeOrigin::signed(ALICE), h, BOB, 500));
		assert_removed(h);
	});
}

#[test]
fn an_organization_whose_account_holds_funds_on_hold_is_not_removed() {
	run_test(|| {
		let h = hospital();
		let account = Organizations::organization_account(h);
		pay_in(h, 500);
		// Stands for a payer's escrow, held on its account by the claims pallet.
		let escrow = HoldReason::MemberDeposit.into();
		assert_ok!(<Balances as MutateHold<u128>>::hold(&escrow, &account, 300));
		let spendable = 500 - 300 - Balances::minimum_balance();
		assert_ok!(Organizations::spend(RuntimeOrigin::signed(ALICE), h, BOB, spendable));
		assert_in_use(h, OrganizationUse::Funds);
		// Released by the pallet that held it, then spent: nothing is left.
		assert_ok!(<Balances as MutateHold<u128>>::release(
			&escrow,
			&account,
			300,
			Precision::Exact
		));
		let rest = Balances::balance(&account);
		assert_ok!(Organizations::spend(RuntimeOrigin::signed(ALICE), h, BOB, rest));
		assert_removed(h);
	});
}

#[test]
fn an_organization_other_pallets_refer_to_is_not_removed() {
	run_test(|| {
		let h = hospital();
		FakeReferences::set(h, Some(OrganizationUse::Plans));
		assert_in_use(h, OrganizationUse::Plans);
		FakeReferences::set(h, None);
		assert_removed(h);
	});
}

#[test]
fn every_reference_of_another_pallet_is_refused_with_its_name() {
	run_test(|| {
		let h = hospital();
		for used in [
			OrganizationUse::Plans,
			OrganizationUse::Escrow,
			OrganizationUse::Studies,
			OrganizationUse::Consents,
		] {
			FakeReferences::set(h, Some(used));
			assert_in_use(h, used);
		}
		FakeReferences::set(h, None);
		assert_removed(h);
	});
}

#[test]
fn removal_names_members_then_references_then_funds_and_succeeds_once_all_are_cleared() {
	run_test(|| {
		let h = hospital_with(BOB, BILLING);
		pay_in(h, 500);
		FakeReferences::set(h, Some(OrganizationUse::Escrow));

		assert_in_use(h, OrganizationUse::Members);
		assert_ok!(Organizations::remove_member(gov(), h, BOB));
		// A payer's escrow is held on its account: it is named as escrow, not as funds.
		assert_in_use(h, OrganizationUse::Escrow);
		FakeReferences::set(h, None);
		assert_in_use(h, OrganizationUse::Funds);
		assert_ok!(Organizations::spend(RuntimeOrigin::signed(ALICE), h, BOB, 500));
		assert_removed(h);
	});
}

#[test]
fn a_suspended_organization_is_removed_on_the_same_terms() {
	run_test(|| {
		let h = hospital();
		assert_ok!(Organizations::suspend_organization(gov(), h));
		FakeReferences::set(h, Some(OrganizationUse::Studies));
		assert_in_use(h, OrganizationUse::Studies);
		FakeReferences::set(h, None);
		assert_removed(h);
	});
}

#[test]
fn in_use_answers_for_ids_without_an_organization_too() {
	run_test(|| {
		let h = hospital();
		assert_eq!(Organizations::in_use(h), None);
		assert_eq!(Organizations::in_use(h + 1), None);
		assert_removed(h);
		// Funds sent to a removed organization's account are still reported.
		pay_in(h, 50);
		assert_eq!(Organizations::in_use(h), Some(OrganizationUse::Funds));
		FakeReferences::set(h + 1, Some(OrganizationUse::Escrow));
		assert_eq!(Organizations::in_use(h + 1), Some(OrganizationUse::Escrow));
		FakeReferences::set(h + 1, None);
	});
}
