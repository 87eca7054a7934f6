//! The registry of organizations: registration, suspension and reinstatement, removal, the admin
//! and the metadata hash.

use frame_support::{assert_noop, assert_ok, traits::fungible::Inspect};
use healthchain_primitives::{AccessDenied, OrganizationInspect, OrganizationKind, Role};
use sp_core::H256;
use sp_runtime::DispatchError;

use super::*;
use crate::{Error, Event, OrganizationStatus};

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

/// Registers a Provider administered by `admin` from `origin`.
fn register_as(origin: RuntimeOrigin, admin: u128) -> DispatchResult {
	Organizations::register_organization(origin, OrganizationKind::Provider, admin, META)
}

#[test]
fn only_governance_registers() {
	run_test(|| {
		assert_noop!(register_as(RuntimeOrigin::signed(ALICE), ALICE), DispatchError::BadOrigin);
	});
}

#[test]
fn an_admin_who_cannot_pay_the_deposit_is_refused() {
	run_test(|| {
		assert_noop!(register_as(gov(), PAUPER), Error::<Test>::InsufficientBalance);
	});
}

#[test]
fn registration_fails_when_ids_are_exhausted() {
	run_test(|| {
		NextOrganizationId::<Test>::put(u32::MAX);
		assert_noop!(register_as(gov(), ALICE), Error::<Test>::IdsExhausted);
	});
}

// ---- suspend / reinstate ------------------------------------------------------------------------

#[test]
fn suspension_fails_every_check_at_once_and_reinstatement_restores_them() {
	run_test(|| {
		let h = hospital_with(BOB, &[Role::Clinician]);
		assert!(provider_role(h, BOB, Role::Clinician));

		assert_ok!(Organizations::suspend_organization(gov(), h));
		System::assert_last_event(Event::OrganizationSuspended { organization: h }.into());
		assert_eq!(
			provider_check(h, BOB, Role::Clinician),
			Err(AccessDenied::OrganizationSuspended)
		);
		assert_eq!(
			Organizations::ensure_active(h, OrganizationKind::Provider),
			Err(AccessDenied::OrganizationSuspended)
		);

		assert_ok!(Organizations::reinstate_organization(gov(), h));
		System::assert_last_event(Event::OrganizationReinstated { organization: h }.into());
		assert!(provider_role(h, BOB, Role::Clinician));
	});
}

#[test]
fn suspend_errors() {
	run_test(|| {
		let suspend = Organizations::suspend_organization;
		let h = assert_governance_checks(suspend);
		assert_ok!(suspend(gov(), h));
		assert_noop!(suspend(gov(), h), Error::<Test>::AlreadySuspended);
	});
}

#[test]
fn reinstate_errors() {
	run_test(|| {
		let reinstate = Organizations::reinstate_organization;
		let h = assert_governance_checks(reinstate);
		assert_noop!(reinstate(gov(), h), Error::<Test>::NotSuspended);
		// Suspended, it still needs governance.
		assert_ok!(Organizations::suspend_organization(gov(), h));
		assert_noop!(reinstate(RuntimeOrigin::signed(ALICE), h), DispatchError::BadOrigin);
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
		let h = assert_governance_checks(Organizations::remove_organization);
		add_by_alice(h, BOB, BILLING);
		assert_noop!(
			Organizations::remove_organization(gov(), h),
			Error::<Test>::InUse(healthchain_primitives::OrganizationUse::Members)
		);
	});
}

// ---- set_admin / set_metadata -------------------------------------------------------------------

#[test]
fn a_new_admin_manages_members_and_the_old_one_no_longer_does() {
	run_test(|| {
		let h = hospital();
		assert_ok!(Organizations::set_admin(gov(), h, CHARLIE));
		System::assert_last_event(Event::AdminChanged { organization: h, admin: CHARLIE }.into());
		assert_noop!(add_member_as(ALICE, h, BOB, BILLING), Error::<Test>::NotAdmin);
		assert_ok!(add_member_as(CHARLIE, h, BOB, BILLING));
		// The registration deposit stays with ALICE, who paid it.
		assert_eq!(held(HoldReason::OrganizationDeposit, ALICE), ORG_DEPOSIT);
		assert_eq!(crate::Organizations::<Test>::get(h).map(|o| o.depositor), Some(ALICE));
	});
}

#[test]
fn set_admin_errors() {
	run_test(|| {
		let h = assert_governance_checks(|origin, h| Organizations::set_admin(origin, h, BOB));
		assert_noop!(Organizations::set_admin(gov(), h, ALICE), Error::<Test>::SameAdmin);
	});
}

/// `caller` sets the metadata hash of `org`.
fn set_metadata_as(caller: u128, org: u32, hash: H256) -> DispatchResult {
	Organizations::set_metadata(RuntimeOrigin::signed(caller), org, hash)
}

#[test]
fn admins_and_admin_members_set_the_metadata_hash() {
	run_test(|| {
		let h = hospital();
		let new = H256::repeat_byte(1);
		assert_ok!(set_metadata_as(ALICE, h, new));
		System::assert_last_event(
			Event::MetadataUpdated { organization: h, metadata_hash: new }.into(),
		);
		add_by_alice(h, BOB, &[Role::Admin]);
		let newer = H256::repeat_byte(2);
		assert_ok!(set_metadata_as(BOB, h, newer));
		assert_eq!(crate::Organizations::<Test>::get(h).map(|o| o.metadata_hash), Some(newer));
	});
}

#[test]
fn set_metadata_errors() {
	run_test(|| {
		assert_noop!(set_metadata_as(ALICE, 4, META), Error::<Test>::UnknownOrganization);
		let h = hospital();
		assert_noop!(set_metadata_as(BOB, h, META), Error::<Test>::NotAdmin);
		// A member without the Admin role is not an admin either.
		add_by_alice(h, BOB, &[Role::Clinician]);
		assert_noop!(set_metadata_as(BOB, h, META), Error::<Test>::NotAdmin);
	});
}

#[test]
fn a_suspended_organizations_admin_cannot_set_its_metadata() {
	run_test(|| {
		let h = hospital_with(BOB, &[Role::Admin]);
		assert_ok!(Organizations::suspend_organization(gov(), h));
		// Neither the admin account nor an Admin member rewrites it; nothing changes.
		assert_noop!(
			set_metadata_as(ALICE, h, H256::repeat_byte(1)),
			Error::<Test>::OrganizationSuspended
		);
		assert_noop!(
			set_metadata_as(BOB, h, H256::repeat_byte(2)),
			Error::<Test>::OrganizationSuspended
		);
		assert_eq!(crate::Organizations::<Test>::get(h).map(|o| o.metadata_hash), Some(META));
		// Reinstated, the admin updates it again.
		assert_ok!(Organizations::reinstate_organization(gov(), h));
		assert_ok!(set_metadata_as(ALICE, h, H256::repeat_byte(1)));
	});
}
