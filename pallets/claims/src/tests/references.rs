//! What claims tells the registry before it removes an organization (security review M-9): a
//! payer whose escrow is held, or that published plans, is still in use; the plan counter
//! behind the answer is kept by calls and genesis and checked by `try_state`.

use frame_support::{assert_ok, traits::BuildGenesisConfig};
use healthchain_primitives::{
	fakes::FakeOrganizations, OrganizationKind, OrganizationReferences, OrganizationUse, Role,
};

use super::*;
use crate::{GenesisConfig, PlansOfPayer};

/// A second payer, administered by the insurer's admin.
const OTHER_PAYER: u32 = 14;
const OTHER_PAYER_ACCOUNT: u64 = 1004;

/// What claims answers for `org`.
fn in_use(org: u32) -> Option<OrganizationUse> {
	<Claims as OrganizationReferences>::in_use(org)
}

/// Registers [`OTHER_PAYER`] with the insurer's admin as its admin.
fn add_other_payer() {
	FakeOrganizations::add_organization(OTHER_PAYER, OrganizationKind::Payer, OTHER_PAYER_ACCOUNT);
	FakeOrganizations::add_member(OTHER_PAYER, ADMIN, &[Role::Admin]);
}

#[test]
fn nothing_refers_to_organizations_without_plans() {
	run_test(|| {
		assert_eq!(in_use(INSURER), None, "a payer that published nothing");
		assert_eq!(in_use(HOSPITAL), None);
		assert_eq!(in_use(99), None, "an unknown organization");
		setup(10_000);
		submit(vec![line(VISIT, 200, NOW - DAY)]);
		// A provider's claims and the payments it received do not hold it here.
		assert_eq!(in_use(HOSPITAL), None);
		assert_eq!(in_use(CLINIC), None);
	});
}

#[test]
fn a_payer_whose_escrow_is_held_is_in_use_for_its_escrow() {
	run_test(|| {
		setup(10_000);
		assert_eq!(in_use(INSURER), Some(OrganizationUse::Escrow));
		// Even while suspended: its escrow is still there.
		FakeOrganizations::set_active(INSURER, false);
		assert_eq!(in_use(INSURER), Some(OrganizationUse::Escrow));
	});
}

#[test]
fn a_payer_with_plans_but_no_escrow_is_in_use_for_its_plans() {
	run_test(|| {
		assert_ok!(Claims::create_plan(RuntimeOrigin::signed(ADMIN), INSURER, terms(0)));
		assert_eq!(in_use(INSURER), Some(OrganizationUse::Plans), "never funded");
		assert_ok!(Claims::fund_plan(RuntimeOrigin::signed(ADMIN), PLAN, 1_000));
		assert_eq!(in_use(INSURER), Some(OrganizationUse::Escrow));
		assert_ok!(Claims::withdraw_escrow(RuntimeOrigin::signed(ADMIN), PLAN, 1_000));
		assert_eq!(escrow_held(), 0);
		assert_eq!(in_use(INSURER), Some(OrganizationUse::Plans), "withdrawn, the plan stays");
	});
}

#[test]
fn creating_plans_counts_them_per_payer() {
	run_test(|| {
		add_other_payer();
		for _ in 0..3 {
			assert_ok!(Claims::create_plan(RuntimeOrigin::signed(ADMIN), INSURER, terms(0)));
		}
		assert_ok!(Claims::create_plan(RuntimeOrigin::signed(ADMIN), OTHER_PAYER, terms(0)));
		assert_eq!(PlansOfPayer::<Test>::get(INSURER), 3);
		assert_eq!(PlansOfPayer::<Test>::get(OTHER_PAYER), 1);
		assert!(!PlansOfPayer::<Test>::contains_key(HOSPITAL));
		// A refused plan counts nothing.
		assert!(Claims::create_plan(RuntimeOrigin::signed(REVIEWER), INSURER, terms(0)).is_err());
		assert_eq!(PlansOfPayer::<Test>::get(INSURER), 3);
	});
}

#[test]
fn genesis_plans_are_counted_per_payer() {
	run_test(|| {
		add_other_payer();
		GenesisConfig::<Test> {
			plans: vec![
				(ADMIN, INSURER, terms(0), 1_000),
				(ADMIN, OTHER_PAYER, terms(0), 0),
				(ADMIN, INSURER, terms(0), 0),
			],
			enrollments: vec![],
		}
		.build();
		assert_eq!(PlansOfPayer::<Test>::get(INSURER), 2);
		assert_eq!(PlansOfPayer::<Test>::get(OTHER_PAYER), 1);
		assert_eq!(in_use(INSURER), Some(OrganizationUse::Escrow));
		assert_eq!(in_use(OTHER_PAYER), Some(OrganizationUse::Plans));
	});
}

#[test]
fn try_state_detects_a_miscounted_payer() {
	run_test(|| {
		setup(1_000);
		PlansOfPayer::<Test>::insert(INSURER, 2);
		assert!(Claims::do_try_state().is_err(), "one plan too many");
		PlansOfPayer::<Test>::remove(INSURER);
		assert!(Claims::do_try_state().is_err(), "a payer's plans uncounted");
		PlansOfPayer::<Test>::insert(INSURER, 1);
		PlansOfPayer::<Test>::insert(HOSPITAL, 1);
		assert!(Claims::do_try_state().is_err(), "a counter without plans");
		PlansOfPayer::<Test>::remove(HOSPITAL);
	});
}
