//! Genesis and the invariants `try_state` checks.

use healthchain_primitives::{OrganizationInspect, OrganizationKind, Role};
use sp_runtime::BuildStorage;

use super::*;
use crate::MembershipsOf;

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
		assert!(provider_role(0, CHARLIE, Role::Clinician));
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
		hospital_with(BOB, BILLING);
		MembershipsOf::<Test>::remove(BOB);
		assert!(Organizations::do_try_state().is_err());
	});
}
