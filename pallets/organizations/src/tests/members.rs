//! Members: adding, updating, removing and leaving, with their deposits and the reverse index.

use frame_support::{assert_noop, assert_ok, traits::fungible::Inspect};
use healthchain_primitives::{AccessDenied, OrganizationInspect, OrganizationKind, Role, RoleSet};
use sp_runtime::DispatchError;

use super::*;
use crate::{Error, Event, Members, MembershipsOf};

// ---- add_member ---------------------------------------------------------------------------------

#[test]
fn the_admin_adds_a_member_with_roles_and_pays_the_deposit() {
	run_test(|| {
		let h = hospital();
		let r = roles(&[Role::Clinician, Role::PrivacyOfficer]);
		assert_ok!(add(ALICE, h, BOB, r, Some(NOW + 10)));
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
		assert!(provider_role(h, BOB, Role::PrivacyOfficer));
		assert_eq!(provider_check(h, BOB, Role::Billing), Err(AccessDenied::MissingRole));
	});
}

#[test]
fn an_admin_member_adds_members_and_pays_for_them() {
	run_test(|| {
		let h = hospital_with(BOB, &[Role::Admin]);
		assert_ok!(add_member_as(BOB, h, CHARLIE, BILLING));
		assert_eq!(Members::<Test>::get(h, CHARLIE).map(|m| m.depositor), Some(BOB));
		assert_eq!(held(HoldReason::MemberDeposit, BOB), MEMBER_DEPOSIT);
	});
}

#[test]
fn an_admin_member_whose_credential_expired_is_no_admin() {
	run_test(|| {
		let h = hospital_with_credential(BOB, &[Role::Admin], NOW + 5);
		Timestamp::set_timestamp(NOW + 5);
		assert_noop!(add_member_as(BOB, h, CHARLIE, BILLING), Error::<Test>::NotAdmin);
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
		assert_ok!(add_member_as(CHARLIE, 1, DAVE, &[Role::Researcher]));
		let list = Organizations::memberships_of(DAVE).memberships;
		assert_eq!(list.len(), 2);
		assert_eq!(
			(list[0].organization, list[0].kind, list[0].roles),
			(h, OrganizationKind::Provider, roles(&[Role::Clinician]))
		);
		assert_eq!(
			(list[1].organization, list[1].kind),
			(1, OrganizationKind::ResearchInstitution)
		);
		let research =
			|role| Organizations::has_role(1, &DAVE, OrganizationKind::ResearchInstitution, role);
		assert!(research(Role::Researcher));
		assert!(!research(Role::Clinician));
	});
}

#[test]
fn add_member_errors() {
	run_test(|| {
		let billing = roles(BILLING);
		assert_noop!(add(ALICE, 9, BOB, billing, None), Error::<Test>::UnknownOrganization);
		let h = hospital();
		assert_noop!(add(BOB, h, CHARLIE, billing, None), Error::<Test>::NotAdmin);
		assert_noop!(add(ALICE, h, BOB, RoleSet::empty(), None), Error::<Test>::NoRoles);
		assert_noop!(add(ALICE, h, BOB, RoleSet(0b1100_0000), None), Error::<Test>::InvalidRoles);
		assert_noop!(add(ALICE, h, BOB, billing, Some(NOW)), Error::<Test>::ExpiryInPast);
		assert_ok!(add(ALICE, h, BOB, billing, None));
		assert_noop!(add(ALICE, h, BOB, billing, None), Error::<Test>::AlreadyMember);
		assert_ok!(Organizations::suspend_organization(gov(), h));
		assert_noop!(add(ALICE, h, CHARLIE, billing, None), Error::<Test>::OrganizationSuspended);
	});
}

#[test]
fn an_organization_holds_at_most_its_maximum_of_members() {
	run_test(|| {
		let (first, one_more) = (10, 10 + MAX_MEMBERS as u128);
		let h = hospital_with_members(first..one_more);
		assert_noop!(add_member_as(ALICE, h, one_more, BILLING), Error::<Test>::TooManyMembers);
	});
}

#[test]
fn an_account_serves_at_most_its_maximum_of_organizations() {
	run_test(|| {
		for _ in 0..4 {
			hospital();
		}
		for org in 0..3 {
			add_by_alice(org, BOB, BILLING);
		}
		assert_noop!(add_member_as(ALICE, 3, BOB, BILLING), Error::<Test>::TooManyMemberships);
	});
}

#[test]
fn an_admin_who_cannot_pay_the_member_deposit_is_refused() {
	run_test(|| {
		let h = hospital();
		assert_ok!(Organizations::set_admin(gov(), h, PAUPER));
		assert_noop!(add_member_as(PAUPER, h, BOB, BILLING), Error::<Test>::InsufficientBalance);
	});
}

// ---- update_member ------------------------------------------------------------------------------

#[test]
fn the_admin_updates_roles_and_expiry() {
	run_test(|| {
		let h = hospital_with(BOB, BILLING);
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
		assert!(provider_role(h, BOB, Role::Clinician));
		assert!(!provider_role(h, BOB, Role::Billing));
		// The deposit is unchanged by updates.
		assert_eq!(held(HoldReason::MemberDeposit, ALICE), MEMBER_DEPOSIT);
	});
}

#[test]
fn update_member_errors() {
	run_test(|| {
		let update = |caller, org, roles, expires_at| {
			Organizations::update_member(RuntimeOrigin::signed(caller), org, BOB, roles, expires_at)
		};
		let billing = roles(BILLING);
		assert_noop!(update(ALICE, 8, billing, None), Error::<Test>::UnknownOrganization);
		let h = hospital();
		assert_noop!(update(ALICE, h, billing, None), Error::<Test>::NotMember);
		assert_ok!(add(ALICE, h, BOB, billing, None));
		assert_noop!(update(BOB, h, billing, None), Error::<Test>::NotAdmin);
		assert_noop!(update(ALICE, h, RoleSet::empty(), None), Error::<Test>::NoRoles);
		assert_noop!(update(ALICE, h, RoleSet(0x80), None), Error::<Test>::InvalidRoles);
		assert_noop!(update(ALICE, h, billing, Some(NOW - 1)), Error::<Test>::ExpiryInPast);
		assert_ok!(Organizations::suspend_organization(gov(), h));
		assert_noop!(update(ALICE, h, billing, None), Error::<Test>::OrganizationSuspended);
	});
}

// ---- remove_member / leave_organization ----------------------------------------------------------

#[test]
fn removing_a_member_releases_the_deposit_to_its_payer_and_cleans_the_index() {
	run_test(|| {
		let h = hospital_with(BOB, &[Role::Admin]);
		assert_ok!(add_member_as(BOB, h, CHARLIE, BILLING));
		// ALICE removes the member BOB paid for: BOB gets the deposit back.
		assert_ok!(Organizations::remove_member(RuntimeOrigin::signed(ALICE), h, CHARLIE));
		System::assert_last_event(Event::MemberRemoved { organization: h, who: CHARLIE }.into());
		assert_eq!(held(HoldReason::MemberDeposit, BOB), 0);
		assert_eq!(Balances::balance(&BOB), INITIAL_BALANCE);
		assert!(!MembershipsOf::<Test>::contains_key(CHARLIE));
		assert_eq!(crate::Organizations::<Test>::get(h).map(|o| o.member_count), Some(1));
		assert_eq!(provider_check(h, CHARLIE, Role::Billing), Err(AccessDenied::NotAMember));
	});
}

#[test]
fn governance_removes_members_also_of_suspended_organizations() {
	run_test(|| {
		let h = hospital_with(BOB, BILLING);
		assert_ok!(Organizations::suspend_organization(gov(), h));
		assert_ok!(Organizations::remove_member(gov(), h, BOB));
		assert_ok!(Organizations::remove_organization(gov(), h));
		assert_eq!(Balances::balance(&ALICE), INITIAL_BALANCE);
	});
}

/// A conflict of interest outlives the membership: a removed member is a former member.
#[test]
fn a_removed_member_stays_known_as_a_former_member() {
	run_test(|| {
		let h = hospital_with(BOB, BILLING);
		let is_or_was = |who| <Organizations as OrganizationInspect<_>>::is_or_was_member(h, &who);
		assert!(is_or_was(BOB) && !is_or_was(CHARLIE));
		assert_ok!(Organizations::remove_member(gov(), h, BOB));
		assert!(is_or_was(BOB), "removed, still known");
		assert!(crate::FormerMembers::<Test>::contains_key(h, BOB));
		assert!(!is_or_was(CHARLIE));
	});
}

#[test]
fn remove_member_errors() {
	run_test(|| {
		let remove = Organizations::remove_member;
		assert_noop!(remove(gov(), 6, BOB), Error::<Test>::UnknownOrganization);
		let h = hospital();
		assert_noop!(remove(RuntimeOrigin::signed(ALICE), h, BOB), Error::<Test>::NotMember);
		add_by_alice(h, BOB, BILLING);
		assert_noop!(remove(RuntimeOrigin::signed(CHARLIE), h, BOB), Error::<Test>::NotAdmin);
		assert_noop!(remove(RuntimeOrigin::none(), h, BOB), DispatchError::BadOrigin);
	});
}

#[test]
fn a_member_leaves_and_the_deposit_returns_to_its_payer() {
	run_test(|| {
		let h = hospital_with(BOB, BILLING);
		assert_ok!(Organizations::leave_organization(RuntimeOrigin::signed(BOB), h));
		System::assert_last_event(Event::MemberRemoved { organization: h, who: BOB }.into());
		assert_eq!(held(HoldReason::MemberDeposit, ALICE), 0);
		assert!(Members::<Test>::get(h, BOB).is_none());
	});
}

#[test]
fn leave_organization_errors() {
	run_test(|| {
		let leave = |org| Organizations::leave_organization(RuntimeOrigin::signed(BOB), org);
		assert_noop!(leave(2), Error::<Test>::UnknownOrganization);
		let h = hospital();
		assert_noop!(leave(h), Error::<Test>::NotMember);
	});
}
