//! Tests of `pallet-organizations`: every call, every error path, the checks other pallets
//! rely on, paging, genesis and the invariants.

#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{Inspect, InspectHold},
};
use healthchain_primitives::{AccessDenied, OrganizationInspect, OrganizationKind, Role, RoleSet};
use sp_core::H256;
use sp_runtime::{BuildStorage, DispatchError};

use crate::{
	mock::*, Error, Event, HoldReason, Members, MembershipsOf, NextOrganizationId,
	OrganizationStatus,
};

const META: H256 = H256::repeat_byte(0xab);

fn roles(r: &[Role]) -> RoleSet {
	RoleSet::from_items(r)
}

fn gov() -> RuntimeOrigin {
	RuntimeOrigin::signed(GOVERNOR)
}

/// Registers a Provider administered by ALICE; returns its id.
fn hospital() -> u32 {
	let id = NextOrganizationId::<Test>::get();
	assert_ok!(Organizations::register_organization(
		gov(),
		OrganizationKind::Provider,
		ALICE,
		META
	));
	id
}

/// ALICE (the hospital's admin in most tests) adds `who` to `org` with `r`, no expiry.
fn add_by_alice(org: u32, who: u128, r: &[Role]) {
	assert_ok!(Organizations::add_member(RuntimeOrigin::signed(ALICE), org, who, roles(r), None));
}

fn held(reason: HoldReason, who: u128) -> u64 {
	Balances::balance_on_hold(&reason.into(), &who)
}

// ---- register_organization -------------------------------------------------------------------

#[test]
fn governance_registers_an_organization_and_holds_the_deposit() {
	run_test(|| {
		assert_ok!(Organizations::register_organization(gov(), OrganizationKind::Payer, BOB, META));
		let org = crate::Organizations::<Test>::get(0).expect("stored");
		assert_eq!(org.kind, OrganizationKind::Payer);
		assert_eq!(org.admin, BOB);
		assert_eq!(org.status, OrganizationStatus::Active);
		assert_eq!(org.metadata_hash, META);
		assert_eq!(org.deposit, ORG_DEPOSIT);
		assert_eq!(org.registered_at, NOW);
		assert_eq!(org.account, Organizations::organization_account(0));
		assert_ne!(org.account, BOB);
		assert_eq!(held(HoldReason::OrganizationDeposit, BOB), ORG_DEPOSIT);
		assert_eq!(Balances::balance(&BOB), INITIAL_BALANCE - ORG_DEPOSIT);
		System::assert_last_event(
			Event::OrganizationRegistered {
				organization: 0,
				kind: OrganizationKind::Payer,
				admin: BOB,
				account: org.account,
			}
			.into(),
		);
	});
}

#[test]
fn root_may_register_and_ids_increase() {
	run_test(|| {
		assert_ok!(Organizations::register_organization(
			RuntimeOrigin::root(),
			OrganizationKind::EthicsCommittee,
			CHARLIE,
			META
		));
		assert_eq!(hospital(), 1);
		assert_eq!(NextOrganizationId::<Test>::get(), 2);
		assert_ne!(Organizations::organization_account(0), Organizations::organization_account(1));
	});
}

#[test]
fn only_governance_registers() {
	run_test(|| {
		assert_noop!(
			Organizations::register_organization(
				RuntimeOrigin::signed(ALICE),
				OrganizationKind::Provider,
				ALICE,
				META
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn an_admin_who_cannot_pay_the_deposit_is_refused() {
	run_test(|| {
		assert_noop!(
			Organizations::register_organization(gov(), OrganizationKind::Provider, PAUPER, META),
			Error::<Test>::InsufficientBalance
		);
	});
}

#[test]
fn registration_fails_when_ids_are_exhausted() {
	run_test(|| {
		NextOrganizationId::<Test>::put(u32::MAX);
		assert_noop!(
			Organizations::register_organization(gov(), OrganizationKind::Provider, ALICE, META),
			Error::<Test>::IdsExhausted
		);
	});
}

// ---- suspend / reinstate ------------------------------------------------------------------------

#[test]
fn suspension_fails_every_check_at_once_and_reinstatement_restores_them() {
	run_test(|| {
		let h = hospital();
		add_by_alice(h, BOB, &[Role::Clinician]);
		assert!(Organizations::has_role(h, &BOB, OrganizationKind::Provider, Role::Clinician));

		assert_ok!(Organizations::suspend_organization(gov(), h));
		System::assert_last_event(Event::OrganizationSuspended { organization: h }.into());
		assert_eq!(
			Organizations::ensure_role(h, &BOB, OrganizationKind::Provider, Role::Clinician),
			Err(AccessDenied::OrganizationSuspended)
		);
		assert_eq!(
			Organizations::ensure_active(h, OrganizationKind::Provider),
			Err(AccessDenied::OrganizationSuspended)
		);

		assert_ok!(Organizations::reinstate_organization(gov(), h));
		System::assert_last_event(Event::OrganizationReinstated { organization: h }.into());
		assert!(Organizations::has_role(h, &BOB, OrganizationKind::Provider, Role::Clinician));
	});
}

#[test]
fn suspend_errors() {
	run_test(|| {
		assert_noop!(
			Organizations::suspend_organization(gov(), 7),
			Error::<Test>::UnknownOrganization
		);
		let h = hospital();
		assert_noop!(
			Organizations::suspend_organization(RuntimeOrigin::signed(ALICE), h),
			DispatchError::BadOrigin
		);
		assert_ok!(Organizations::suspend_organization(gov(), h));
		assert_noop!(
			Organizations::suspend_organization(gov(), h),
			Error::<Test>::AlreadySuspended
		);
	});
}

#[test]
fn reinstate_errors() {
	run_test(|| {
		assert_noop!(
			Organizations::reinstate_organization(gov(), 7),
			Error::<Test>::UnknownOrganization
		);
		let h = hospital();
		assert_noop!(Organizations::reinstate_organization(gov(), h), Error::<Test>::NotSuspended);
		assert_ok!(Organizations::suspend_organization(gov(), h));
		assert_noop!(
			Organizations::reinstate_organization(RuntimeOrigin::signed(ALICE), h),
			DispatchError::BadOrigin
		);
	});
}

// ---- remove_organization ------------------------------------------------------------------------

#[test]
fn removing_an_empty_organization_releases_its_deposit_and_never_reuses_its_id() {
	run_test(|| {
		let h = hospital();
		assert_ok!(Organizations::remove_organization(gov(), h));
		System::assert_last_event(Event::OrganizationRemoved { organization: h }.into());
		assert!(crate::Organizations::<Test>::get(h).is_none());
		assert_eq!(held(HoldReason::OrganizationDeposit, ALICE), 0);
		assert_eq!(Balances::balance(&ALICE), INITIAL_BALANCE);
		assert_eq!(hospital(), h + 1);
	});
}

#[test]
fn remove_organization_errors() {
	run_test(|| {
		assert_noop!(
			Organizations::remove_organization(gov(), 3),
			Error::<Test>::UnknownOrganization
		);
		let h = hospital();
		assert_noop!(
			Organizations::remove_organization(RuntimeOrigin::signed(ALICE), h),
			DispatchError::BadOrigin
		);
		add_by_alice(h, BOB, &[Role::Billing]);
		assert_noop!(Organizations::remove_organization(gov(), h), Error::<Test>::HasMembers);
	});
}

// ---- set_admin / set_metadata -------------------------------------------------------------------

#[test]
fn a_new_admin_manages_members_and_the_old_one_no_longer_does() {
	run_test(|| {
		let h = hospital();
		assert_ok!(Organizations::set_admin(gov(), h, CHARLIE));
		System::assert_last_event(Event::AdminChanged { organization: h, admin: CHARLIE }.into());
		assert_noop!(
			Organizations::add_member(
				RuntimeOrigin::signed(ALICE),
				h,
				BOB,
				roles(&[Role::Billing]),
				None
			),
			Error::<Test>::NotAdmin
		);
		assert_ok!(Organizations::add_member(
			RuntimeOrigin::signed(CHARLIE),
			h,
			BOB,
			roles(&[Role::Billing]),
			None
		));
		// The registration deposit stays with ALICE, who paid it.
		assert_eq!(held(HoldReason::OrganizationDeposit, ALICE), ORG_DEPOSIT);
		assert_eq!(crate::Organizations::<Test>::get(h).map(|o| o.depositor), Some(ALICE));
	});
}

#[test]
fn set_admin_errors() {
	run_test(|| {
		assert_noop!(Organizations::set_admin(gov(), 5, BOB), Error::<Test>::UnknownOrganization);
		let h = hospital();
		assert_noop!(
			Organizations::set_admin(RuntimeOrigin::signed(ALICE), h, BOB),
			DispatchError::BadOrigin
		);
		assert_noop!(Organizations::set_admin(gov(), h, ALICE), Error::<Test>::SameAdmin);
	});
}

#[test]
fn admins_and_admin_members_set_the_metadata_hash() {
	run_test(|| {
		let h = hospital();
		let new = H256::repeat_byte(1);
		assert_ok!(Organizations::set_metadata(RuntimeOrigin::signed(ALICE), h, new));
		System::assert_last_event(
			Event::MetadataUpdated { organization: h, metadata_hash: new }.into(),
		);
		add_by_alice(h, BOB, &[Role::Admin]);
		let newer = H256::repeat_byte(2);
		assert_ok!(Organizations::set_metadata(RuntimeOrigin::signed(BOB), h, newer));
		assert_eq!(crate::Organizations::<Test>::get(h).map(|o| o.metadata_hash), Some(newer));
	});
}

#[test]
fn set_metadata_errors() {
	run_test(|| {
		assert_noop!(
			Organizations::set_metadata(RuntimeOrigin::signed(ALICE), 4, META),
			Error::<Test>::UnknownOrganization
		);
		let h = hospital();
		assert_noop!(
			Organizations::set_metadata(RuntimeOrigin::signed(BOB), h, META),
			Error::<Test>::NotAdmin
		);
		// A member without the Admin role is not an admin either.
		add_by_alice(h, BOB, &[Role::Clinician]);
		assert_noop!(
			Organizations::set_metadata(RuntimeOrigin::signed(BOB), h, META),
			Error::<Test>::NotAdmin
		);
	});
}

// ---- add_member ---------------------------------------------------------------------------------

#[test]
fn the_admin_adds_a_member_with_roles_and_pays_the_deposit() {
	run_test(|| {
		let h = hospital();
		let r = roles(&[Role::Clinician, Role::PrivacyOfficer]);
		assert_ok!(Organizations::add_member(
			RuntimeOrigin::signed(ALICE),
			h,
			BOB,
			r,
			Some(NOW + 10)
		));
		System::assert_last_event(
			Event::MemberAdded { organization: h, who: BOB, roles: r, expires_at: Some(NOW + 10) }
				.into(),
		);
		let m = Members::<Test>::get(h, BOB).expect("member");
		assert_eq!(
			(m.roles, m.expires_at, m.depositor, m.deposit, m.since),
			(r, Some(NOW + 10), ALICE, MEMBER_DEPOSIT, NOW)
		);
		assert_eq!(held(HoldReason::MemberDeposit, ALICE), MEMBER_DEPOSIT);
		assert_eq!(MembershipsOf::<Test>::get(BOB).into_inner(), vec![h]);
		assert_eq!(crate::Organizations::<Test>::get(h).map(|o| o.member_count), Some(1));
		assert!(Organizations::has_role(h, &BOB, OrganizationKind::Provider, Role::PrivacyOfficer));
		assert_eq!(
			Organizations::ensure_role(h, &BOB, OrganizationKind::Provider, Role::Billing),
			Err(AccessDenied::MissingRole)
		);
	});
}

#[test]
fn an_admin_member_adds_members_and_pays_for_them() {
	run_test(|| {
		let h = hospital();
		add_by_alice(h, BOB, &[Role::Admin]);
		assert_ok!(Organizations::add_member(
			RuntimeOrigin::signed(BOB),
			h,
			CHARLIE,
			roles(&[Role::Billing]),
			None
		));
		assert_eq!(Members::<Test>::get(h, CHARLIE).map(|m| m.depositor), Some(BOB));
		assert_eq!(held(HoldReason::MemberDeposit, BOB), MEMBER_DEPOSIT);
	});
}

#[test]
fn an_admin_member_whose_credential_expired_is_no_admin() {
	run_test(|| {
		let h = hospital();
		assert_ok!(Organizations::add_member(
			RuntimeOrigin::signed(ALICE),
			h,
			BOB,
			roles(&[Role::Admin]),
			Some(NOW + 5)
		));
		Timestamp::set_timestamp(NOW + 5);
		assert_noop!(
			Organizations::add_member(
				RuntimeOrigin::signed(BOB),
				h,
				CHARLIE,
				roles(&[Role::Billing]),
				None
			),
			Error::<Test>::NotAdmin
		);
	});
}

#[test]
fn an_account_serves_several_organizations() {
	run_test(|| {
		let h = hospital();
		assert_ok!(Organizations::register_organization(
			gov(),
			OrganizationKind::ResearchInstitution,
			CHARLIE,
			META
		));
		add_by_alice(h, DAVE, &[Role::Clinician]);
		assert_ok!(Organizations::add_member(
			RuntimeOrigin::signed(CHARLIE),
			1,
			DAVE,
			roles(&[Role::Researcher]),
			None
		));
		let list = Organizations::memberships_of(&DAVE);
		assert_eq!(list.len(), 2);
		assert_eq!(
			(list[0].organization, list[0].kind, list[0].roles),
			(h, OrganizationKind::Provider, roles(&[Role::Clinician]))
		);
		assert_eq!(
			(list[1].organization, list[1].kind),
			(1, OrganizationKind::ResearchInstitution)
		);
		assert!(Organizations::has_role(
			1,
			&DAVE,
			OrganizationKind::ResearchInstitution,
			Role::Researcher
		));
		assert!(!Organizations::has_role(
			1,
			&DAVE,
			OrganizationKind::ResearchInstitution,
			Role::Clinician
		));
	});
}

#[test]
fn add_member_errors() {
	run_test(|| {
		let a = RuntimeOrigin::signed(ALICE);
		let billing = roles(&[Role::Billing]);
		assert_noop!(
			Organizations::add_member(a.clone(), 9, BOB, billing, None),
			Error::<Test>::UnknownOrganization
		);
		let h = hospital();
		assert_noop!(
			Organizations::add_member(RuntimeOrigin::signed(BOB), h, CHARLIE, billing, None),
			Error::<Test>::NotAdmin
		);
		assert_noop!(
			Organizations::add_member(a.clone(), h, BOB, RoleSet::empty(), None),
			Error::<Test>::NoRoles
		);
		assert_noop!(
			Organizations::add_member(a.clone(), h, BOB, RoleSet(0b1100_0000), None),
			Error::<Test>::InvalidRoles
		);
		assert_noop!(
			Organizations::add_member(a.clone(), h, BOB, billing, Some(NOW)),
			Error::<Test>::ExpiryInPast
		);
		assert_ok!(Organizations::add_member(a.clone(), h, BOB, billing, None));
		assert_noop!(
			Organizations::add_member(a.clone(), h, BOB, billing, None),
			Error::<Test>::AlreadyMember
		);
		assert_ok!(Organizations::suspend_organization(gov(), h));
		assert_noop!(
			Organizations::add_member(a, h, CHARLIE, billing, None),
			Error::<Test>::OrganizationSuspended
		);
	});
}

#[test]
fn an_organization_holds_at_most_its_maximum_of_members() {
	run_test(|| {
		let h = hospital();
		for who in 10..14 {
			add_by_alice(h, who, &[Role::Billing]);
		}
		assert_noop!(
			Organizations::add_member(
				RuntimeOrigin::signed(ALICE),
				h,
				14,
				roles(&[Role::Billing]),
				None
			),
			Error::<Test>::TooManyMembers
		);
	});
}

#[test]
fn an_account_serves_at_most_its_maximum_of_organizations() {
	run_test(|| {
		for _ in 0..4 {
			hospital();
		}
		for org in 0..3 {
			add_by_alice(org, BOB, &[Role::Billing]);
		}
		assert_noop!(
			Organizations::add_member(
				RuntimeOrigin::signed(ALICE),
				3,
				BOB,
				roles(&[Role::Billing]),
				None
			),
			Error::<Test>::TooManyMemberships
		);
	});
}

#[test]
fn an_admin_who_cannot_pay_the_member_deposit_is_refused() {
	run_test(|| {
		let h = hospital();
		assert_ok!(Organizations::set_admin(gov(), h, PAUPER));
		assert_noop!(
			Organizations::add_member(
				RuntimeOrigin::signed(PAUPER),
				h,
				BOB,
				roles(&[Role::Billing]),
				None
			),
			Error::<Test>::InsufficientBalance
		);
	});
}

// ---- update_member ------------------------------------------------------------------------------

#[test]
fn the_admin_updates_roles_and_expiry() {
	run_test(|| {
		let h = hospital();
		add_by_alice(h, BOB, &[Role::Billing]);
		let r = roles(&[Role::Clinician]);
		assert_ok!(Organizations::update_member(
			RuntimeOrigin::signed(ALICE),
			h,
			BOB,
			r,
			Some(NOW + 1)
		));
		System::assert_last_event(
			Event::MemberUpdated { organization: h, who: BOB, roles: r, expires_at: Some(NOW + 1) }
				.into(),
		);
		assert!(Organizations::has_role(h, &BOB, OrganizationKind::Provider, Role::Clinician));
		assert!(!Organizations::has_role(h, &BOB, OrganizationKind::Provider, Role::Billing));
		// The deposit is unchanged by updates.
		assert_eq!(held(HoldReason::MemberDeposit, ALICE), MEMBER_DEPOSIT);
	});
}

#[test]
fn update_member_errors() {
	run_test(|| {
		let a = RuntimeOrigin::signed(ALICE);
		let billing = roles(&[Role::Billing]);
		assert_noop!(
			Organizations::update_member(a.clone(), 8, BOB, billing, None),
			Error::<Test>::UnknownOrganization
		);
		let h = hospital();
		assert_noop!(
			Organizations::update_member(a.clone(), h, BOB, billing, None),
			Error::<Test>::NotMember
		);
		assert_ok!(Organizations::add_member(a.clone(), h, BOB, billing, None));
		assert_noop!(
			Organizations::update_member(RuntimeOrigin::signed(BOB), h, BOB, billing, None),
			Error::<Test>::NotAdmin
		);
		assert_noop!(
			Organizations::update_member(a.clone(), h, BOB, RoleSet::empty(), None),
			Error::<Test>::NoRoles
		);
		assert_noop!(
			Organizations::update_member(a.clone(), h, BOB, RoleSet(0x80), None),
			Error::<Test>::InvalidRoles
		);
		assert_noop!(
			Organizations::update_member(a.clone(), h, BOB, billing, Some(NOW - 1)),
			Error::<Test>::ExpiryInPast
		);
		assert_ok!(Organizations::suspend_organization(gov(), h));
		assert_noop!(
			Organizations::update_member(a, h, BOB, billing, None),
			Error::<Test>::OrganizationSuspended
		);
	});
}

// ---- remove_member / leave_organization ----------------------------------------------------------

#[test]
fn removing_a_member_releases_the_deposit_to_its_payer_and_cleans_the_index() {
	run_test(|| {
		let h = hospital();
		add_by_alice(h, BOB, &[Role::Admin]);
		assert_ok!(Organizations::add_member(
			RuntimeOrigin::signed(BOB),
			h,
			CHARLIE,
			roles(&[Role::Billing]),
			None
		));
		// ALICE removes the member BOB paid for: BOB gets the deposit back.
		assert_ok!(Organizations::remove_member(RuntimeOrigin::signed(ALICE), h, CHARLIE));
		System::assert_last_event(Event::MemberRemoved { organization: h, who: CHARLIE }.into());
		assert_eq!(held(HoldReason::MemberDeposit, BOB), 0);
		assert_eq!(Balances::balance(&BOB), INITIAL_BALANCE);
		assert!(!MembershipsOf::<Test>::contains_key(CHARLIE));
		assert_eq!(crate::Organizations::<Test>::get(h).map(|o| o.member_count), Some(1));
		assert_eq!(
			Organizations::ensure_role(h, &CHARLIE, OrganizationKind::Provider, Role::Billing),
			Err(AccessDenied::NotAMember)
		);
	});
}

#[test]
fn governance_removes_members_also_of_suspended_organizations() {
	run_test(|| {
		let h = hospital();
		add_by_alice(h, BOB, &[Role::Billing]);
		assert_ok!(Organizations::suspend_organization(gov(), h));
		assert_ok!(Organizations::remove_member(gov(), h, BOB));
		assert_ok!(Organizations::remove_organization(gov(), h));
		assert_eq!(Balances::balance(&ALICE), INITIAL_BALANCE);
	});
}

#[test]
fn remove_member_errors() {
	run_test(|| {
		assert_noop!(
			Organizations::remove_member(gov(), 6, BOB),
			Error::<Test>::UnknownOrganization
		);
		let h = hospital();
		assert_noop!(
			Organizations::remove_member(RuntimeOrigin::signed(ALICE), h, BOB),
			Error::<Test>::NotMember
		);
		add_by_alice(h, BOB, &[Role::Billing]);
		assert_noop!(
			Organizations::remove_member(RuntimeOrigin::signed(CHARLIE), h, BOB),
			Error::<Test>::NotAdmin
		);
		assert_noop!(
			Organizations::remove_member(RuntimeOrigin::none(), h, BOB),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn a_member_leaves_and_the_deposit_returns_to_its_payer() {
	run_test(|| {
		let h = hospital();
		add_by_alice(h, BOB, &[Role::Billing]);
		assert_ok!(Organizations::leave_organization(RuntimeOrigin::signed(BOB), h));
		System::assert_last_event(Event::MemberRemoved { organization: h, who: BOB }.into());
		assert_eq!(held(HoldReason::MemberDeposit, ALICE), 0);
		assert!(Members::<Test>::get(h, BOB).is_none());
	});
}

#[test]
fn leave_organization_errors() {
	run_test(|| {
		assert_noop!(
			Organizations::leave_organization(RuntimeOrigin::signed(BOB), 2),
			Error::<Test>::UnknownOrganization
		);
		let h = hospital();
		assert_noop!(
			Organizations::leave_organization(RuntimeOrigin::signed(BOB), h),
			Error::<Test>::NotMember
		);
	});
}

// ---- the checks other pallets use ----------------------------------------------------------------

#[test]
fn credential_expiry_takes_effect_at_the_expiry_time_without_any_sweep() {
	run_test(|| {
		let h = hospital();
		assert_ok!(Organizations::add_member(
			RuntimeOrigin::signed(ALICE),
			h,
			BOB,
			roles(&[Role::Clinician]),
			Some(NOW + 60_000)
		));
		Timestamp::set_timestamp(NOW + 59_999);
		assert!(Organizations::has_role(h, &BOB, OrganizationKind::Provider, Role::Clinician));
		Timestamp::set_timestamp(NOW + 60_000);
		assert_eq!(
			Organizations::ensure_role(h, &BOB, OrganizationKind::Provider, Role::Clinician),
			Err(AccessDenied::CredentialExpired)
		);
		assert!(Organizations::memberships_of(&BOB)[0].expired);
	});
}

#[test]
fn checks_name_exactly_what_is_missing() {
	run_test(|| {
		assert_eq!(
			Organizations::ensure_role(0, &BOB, OrganizationKind::Provider, Role::Clinician),
			Err(AccessDenied::UnknownOrganization)
		);
		let h = hospital();
		assert_eq!(
			Organizations::ensure_active(h, OrganizationKind::Payer),
			Err(AccessDenied::WrongKind)
		);
		assert_eq!(
			Organizations::ensure_role(h, &BOB, OrganizationKind::Payer, Role::Reviewer),
			Err(AccessDenied::WrongKind)
		);
		assert_eq!(
			Organizations::ensure_role(h, &BOB, OrganizationKind::Provider, Role::Clinician),
			Err(AccessDenied::NotAMember)
		);
		let summary =
			<Organizations as OrganizationInspect<u128>>::organization(h).expect("exists");
		assert_eq!((summary.kind, summary.active), (OrganizationKind::Provider, true));
	});
}

// ---- paging ----------------------------------------------------------------------------------------

#[test]
fn organizations_page_through_every_organization_once() {
	run_test(|| {
		for _ in 0..7 {
			hospital();
		}
		assert_ok!(Organizations::remove_organization(gov(), 3));
		let mut seen = Vec::new();
		let mut cursor = None;
		loop {
			let page = Organizations::organizations_page(cursor, 2);
			assert!(page.len() <= 2);
			let Some((last, _)) = page.last() else { break };
			cursor = Some(*last);
			seen.extend(page.iter().map(|(id, _)| *id));
		}
		seen.sort();
		assert_eq!(seen, vec![0, 1, 2, 4, 5, 6]);
	});
}

#[test]
fn members_page_through_every_member_once() {
	run_test(|| {
		let h = hospital();
		for who in [BOB, CHARLIE, DAVE, 50] {
			add_by_alice(h, who, &[Role::Billing]);
		}
		let mut seen = Vec::new();
		let mut cursor = None;
		loop {
			let page = Organizations::members_page(h, cursor, 3);
			let Some((last, _)) = page.last() else { break };
			cursor = Some(*last);
			seen.extend(page.iter().map(|(who, _)| *who));
		}
		seen.sort();
		assert_eq!(seen, vec![BOB, CHARLIE, DAVE, 50]);
		assert!(Organizations::members_page(h + 1, None, 10).is_empty());
	});
}

// ---- genesis and invariants ---------------------------------------------------------------------

#[test]
fn genesis_registers_organizations_and_members_with_deposits() {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![(ALICE, INITIAL_BALANCE), (BOB, INITIAL_BALANCE)],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	crate::GenesisConfig::<Test> {
		organizations: vec![
			(OrganizationKind::Provider, ALICE, META),
			(OrganizationKind::Payer, BOB, META),
		],
		members: vec![(0, CHARLIE, vec![Role::Clinician]), (1, CHARLIE, vec![Role::Reviewer])]
			.into_iter()
			.map(|(org, who, r)| (org, who, r, None))
			.collect(),
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	sp_io::TestExternalities::new(storage).execute_with(|| {
		assert_eq!(crate::Organizations::<Test>::count(), 2);
		assert!(Organizations::has_role(0, &CHARLIE, OrganizationKind::Provider, Role::Clinician));
		assert!(Organizations::has_role(1, &CHARLIE, OrganizationKind::Payer, Role::Reviewer));
		assert_eq!(held(HoldReason::OrganizationDeposit, ALICE), ORG_DEPOSIT);
		assert_eq!(held(HoldReason::MemberDeposit, BOB), MEMBER_DEPOSIT);
		Organizations::do_try_state().expect("genesis state is consistent");
	});
}

#[test]
fn try_state_detects_a_wrong_member_count() {
	new_test_ext().execute_with(|| {
		let h = hospital();
		crate::Organizations::<Test>::mutate(h, |o| o.as_mut().map(|o| o.member_count = 3));
		assert!(Organizations::do_try_state().is_err());
	});
}

#[test]
fn try_state_detects_a_broken_reverse_index() {
	new_test_ext().execute_with(|| {
		let h = hospital();
		add_by_alice(h, BOB, &[Role::Billing]);
		MembershipsOf::<Test>::remove(BOB);
		assert!(Organizations::do_try_state().is_err());
	});
}
