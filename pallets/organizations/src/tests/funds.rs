//! The organization's own account: its admin account spends what the organization is paid;
//! members (Admin role or not), strangers, suspended and removed organizations spend nothing, and
//! funds on hold on the account (a payer's escrow) are never spent.

use frame_support::traits::fungible::{Inspect, Mutate, MutateHold};
use healthchain_primitives::Role;
use sp_runtime::DispatchError;

use super::*;
use crate::{Error, Event};

/// What the tests pay into a hospital's account before spending from it.
const PAID_IN: u64 = 500;

/// `caller` spends `amount` from `org`'s account to `dest`.
fn spend_as(caller: u128, org: u32, dest: u128, amount: u64) -> DispatchResult {
	Organizations::spend(RuntimeOrigin::signed(caller), org, dest, amount)
}

/// The account of organization `org`.
fn account_of(org: u32) -> u128 {
	Organizations::organization_account(org)
}

/// The free balance of `who`.
fn free(who: u128) -> u64 {
	Balances::balance(&who)
}

/// DAVE pays [`PAID_IN`] into `org`'s account, as a claim payment lands there.
fn pay_in(org: u32) {
	assert_ok!(<Balances as Mutate<u128>>::transfer(
		&DAVE,
		&account_of(org),
		PAID_IN,
		frame_support::traits::tokens::Preservation::Expendable,
	));
}

/// Registers a hospital administered by ALICE whose account holds [`PAID_IN`]; returns its id.
fn paid_hospital() -> u32 {
	let h = hospital();
	pay_in(h);
	h
}

#[test]
fn the_admin_account_spends_from_the_organizations_account() {
	run_test(|| {
		let h = paid_hospital();
		let bob_before = free(BOB);
		assert_ok!(spend_as(ALICE, h, BOB, 200));
		assert_eq!(free(account_of(h)), PAID_IN - 200);
		assert_eq!(free(BOB), bob_before + 200);
		System::assert_last_event(Event::Spent { organization: h, to: BOB, amount: 200 }.into());
	});
}

#[test]
fn the_admin_account_may_empty_the_organizations_account() {
	run_test(|| {
		let h = paid_hospital();
		assert_ok!(spend_as(ALICE, h, BOB, PAID_IN));
		assert_eq!(free(account_of(h)), 0);
		// The account is paid into again as before.
		pay_in(h);
		assert_eq!(free(account_of(h)), PAID_IN);
	});
}

#[test]
fn an_admin_member_cannot_spend() {
	run_test(|| {
		let h = hospital_with(BOB, &[Role::Admin]);
		pay_in(h);
		assert_noop!(spend_as(BOB, h, BOB, 1), Error::<Test>::NotAdminAccount);
		assert_eq!(free(account_of(h)), PAID_IN);
	});
}

#[test]
fn a_plain_member_or_a_stranger_cannot_spend() {
	run_test(|| {
		let h = hospital_with(BOB, BILLING);
		pay_in(h);
		assert_noop!(spend_as(BOB, h, BOB, 1), Error::<Test>::NotAdminAccount);
		assert_noop!(spend_as(CHARLIE, h, CHARLIE, 1), Error::<Test>::NotAdminAccount);
		// Governance does not spend an organization's funds either.
		assert_noop!(
			Organizations::spend(RuntimeOrigin::root(), h, GOVERNOR, 1),
			DispatchError::BadOrigin
		);
		assert_eq!(free(account_of(h)), PAID_IN);
	});
}

#[test]
fn a_rotated_admin_spends_and_the_old_one_no_longer_does() {
	run_test(|| {
		let h = paid_hospital();
		assert_ok!(Organizations::set_admin(gov(), h, CHARLIE));
		assert_noop!(spend_as(ALICE, h, ALICE, 1), Error::<Test>::NotAdminAccount);
		assert_ok!(spend_as(CHARLIE, h, BOB, 1));
		assert_eq!(free(account_of(h)), PAID_IN - 1);
	});
}

#[test]
fn a_suspended_organization_spends_nothing() {
	run_test(|| {
		let h = paid_hospital();
		assert_ok!(Organizations::suspend_organization(gov(), h));
		assert_noop!(spend_as(ALICE, h, BOB, 1), Error::<Test>::OrganizationSuspended);
		assert_eq!(free(account_of(h)), PAID_IN);
		assert_ok!(Organizations::reinstate_organization(gov(), h));
		assert_ok!(spend_as(ALICE, h, BOB, 1));
	});
}

#[test]
fn a_zero_spend_is_refused() {
	run_test(|| {
		let h = paid_hospital();
		assert_noop!(spend_as(ALICE, h, BOB, 0), Error::<Test>::ZeroAmount);
	});
}

#[test]
fn spending_more_than_the_free_balance_is_refused() {
	run_test(|| {
		let h = paid_hospital();
		let bob_before = free(BOB);
		assert_noop!(spend_as(ALICE, h, BOB, PAID_IN + 1), Error::<Test>::InsufficientFunds);
		assert_eq!(free(account_of(h)), PAID_IN);
		assert_eq!(free(BOB), bob_before);
		// An organization that was never paid has nothing to spend.
		let unpaid = hospital();
		assert_noop!(spend_as(ALICE, unpaid, BOB, 1), Error::<Test>::InsufficientFunds);
	});
}

#[test]
fn a_payers_escrow_on_hold_is_never_spent() {
	run_test(|| {
		let h = paid_hospital();
		// Stands for the claims pallet's escrow, held on a payer organization's account.
		let escrow = HoldReason::MemberDeposit.into();
		let held_escrow = 300;
		assert_ok!(<Balances as MutateHold<u128>>::hold(&escrow, &account_of(h), held_escrow));
		// While anything is on hold, the existential deposit stays with the free balance.
		let spendable = PAID_IN - held_escrow - Balances::minimum_balance();
		assert_noop!(spend_as(ALICE, h, BOB, spendable + 1), Error::<Test>::InsufficientFunds);
		assert_ok!(spend_as(ALICE, h, BOB, spendable));
		assert_eq!(Balances::balance_on_hold(&escrow, &account_of(h)), held_escrow);
		assert_eq!(free(account_of(h)), Balances::minimum_balance());
	});
}

#[test]
fn an_unknown_or_removed_organization_spends_nothing() {
	run_test(|| {
		let unknown = NextOrganizationId::<Test>::get() + 3;
		assert_noop!(spend_as(ALICE, unknown, BOB, 1), Error::<Test>::UnknownOrganization);
		let h = paid_hospital();
		// Governance removes it only once its account is empty (see `removal.rs`).
		assert_ok!(spend_as(ALICE, h, BOB, PAID_IN));
		assert_ok!(Organizations::remove_organization(gov(), h));
		assert_noop!(spend_as(ALICE, h, BOB, 1), Error::<Test>::UnknownOrganization);
	});
}
