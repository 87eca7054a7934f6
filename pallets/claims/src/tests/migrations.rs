//! Migrations: version 1's claim indexes (hash order) become version 2's (id order); version 3
//! counts each payer's plans.

use frame_support::{
	assert_ok,
	traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion},
};
use healthchain_primitives::{
	fakes::FakeOrganizations, OrganizationKind, OrganizationReferences, OrganizationUse, Role,
};

use super::*;
use crate::{
	migrations::{v1, MigrateToV2, MigrateToV3},
	ClaimsOfPatient, ClaimsOfPlan, ClaimsOfProvider, PlansOfPayer, SortKey,
};

/// A second payer, administered by the insurer's admin.
const OTHER_PAYER: u32 = 14;

/// The ids of index keys.
fn ids(keys: impl Iterator<Item = SortKey<ClaimId>>) -> Vec<ClaimId> {
	keys.map(|SortKey(id)| id).collect()
}

#[test]
fn the_claim_indexes_are_rekeyed_into_id_order() {
	run_test(|| {
		StorageVersion::new(1).put::<Claims>();
		for id in (0..20).rev() {
			v1::ClaimsOfPatient::<Test>::insert(PATIENT, id, ());
			v1::ClaimsOfProvider::<Test>::insert(HOSPITAL, id, ());
			v1::ClaimsOfPlan::<Test>::insert(PLAN, id, ());
		}
		v1::ClaimsOfPatient::<Test>::insert(OTHER_PATIENT, 99, ());
		let in_id_order: Vec<ClaimId> = (0..20).collect();
		let hash_order: Vec<ClaimId> =
			v1::ClaimsOfPatient::<Test>::iter_key_prefix(PATIENT).collect();
		assert_ne!(hash_order, in_id_order, "version 1 iterates in hash order");

		MigrateToV2::<Test>::on_runtime_upgrade();

		assert_eq!(Claims::on_chain_storage_version(), StorageVersion::new(2));
		assert_eq!(ids(ClaimsOfPatient::<Test>::iter_key_prefix(PATIENT)), in_id_order);
		assert_eq!(ids(ClaimsOfProvider::<Test>::iter_key_prefix(HOSPITAL)), in_id_order);
		assert_eq!(ids(ClaimsOfPlan::<Test>::iter_key_prefix(PLAN)), in_id_order);
		assert_eq!(ids(ClaimsOfPatient::<Test>::iter_key_prefix(OTHER_PATIENT)), vec![99]);
		assert_eq!(ClaimsOfPatient::<Test>::iter_keys().count(), 21, "no entry lost or added");
	});
}

#[test]
fn the_migration_runs_once() {
	run_test(|| {
		StorageVersion::new(2).put::<Claims>();
		ClaimsOfPlan::<Test>::insert(PLAN, SortKey(7), ());
		MigrateToV2::<Test>::on_runtime_upgrade();
		assert_eq!(ids(ClaimsOfPlan::<Test>::iter_key_prefix(PLAN)), vec![7]);
	});
}

/// Version 2 as a chain has it before the upgrade: three plans of the insurer and two of
/// another payer (the insurer's funded), and no plan counters.
fn plans_of_two_payers_at_version_2() {
	StorageVersion::new(2).put::<Claims>();
	FakeOrganizations::add_organization(OTHER_PAYER, OrganizationKind::Payer, 1004);
	FakeOrganizations::add_member(OTHER_PAYER, ADMIN, &[Role::Admin]);
	for payer in [INSURER, OTHER_PAYER, INSURER, OTHER_PAYER, INSURER] {
		assert_ok!(Claims::create_plan(RuntimeOrigin::signed(ADMIN), payer, terms(0)));
	}
	assert_ok!(Claims::fund_plan(RuntimeOrigin::signed(ADMIN), PLAN, 1_000));
	let _ = PlansOfPayer::<Test>::clear(u32::MAX, None);
	assert_eq!(PlansOfPayer::<Test>::iter().count(), 0);
}

/// The plan counters as they stand.
fn counters() -> Vec<(u32, u32)> {
	let mut counters: Vec<_> = PlansOfPayer::<Test>::iter().collect();
	counters.sort();
	counters
}

#[test]
fn migrate_to_v3_counts_each_payers_plans() {
	run_test(|| {
		plans_of_two_payers_at_version_2();

		MigrateToV3::<Test>::on_runtime_upgrade();

		assert_eq!(Claims::on_chain_storage_version(), StorageVersion::new(3));
		assert_eq!(counters(), vec![(INSURER, 3), (OTHER_PAYER, 2)]);
		assert_eq!(Claims::in_use(OTHER_PAYER), Some(OrganizationUse::Plans));
	});
}

#[test]
fn migrate_to_v3_runs_once() {
	run_test(|| {
		plans_of_two_payers_at_version_2();
		MigrateToV3::<Test>::on_runtime_upgrade();
		// At version 3 it does nothing: counters removed since stay removed.
		let _ = PlansOfPayer::<Test>::clear(u32::MAX, None);
		MigrateToV3::<Test>::on_runtime_upgrade();
		assert_eq!(counters(), vec![]);
		assert_eq!(Claims::on_chain_storage_version(), StorageVersion::new(3));
		// Put back for the invariants.
		PlansOfPayer::<Test>::insert(INSURER, 3);
		PlansOfPayer::<Test>::insert(OTHER_PAYER, 2);
	});
}

#[test]
fn the_runtimes_migrations_in_order_take_version_2_to_3() {
	run_test(|| {
		plans_of_two_payers_at_version_2();
		ClaimsOfPlan::<Test>::insert(PLAN, SortKey(7), ());
		MigrateToV2::<Test>::on_runtime_upgrade();
		assert_eq!(Claims::on_chain_storage_version(), StorageVersion::new(2));
		assert_eq!(ids(ClaimsOfPlan::<Test>::iter_key_prefix(PLAN)), vec![7]);
		// Then version 3 runs as on the upgraded chain.
		MigrateToV3::<Test>::on_runtime_upgrade();
		assert_eq!(counters(), vec![(INSURER, 3), (OTHER_PAYER, 2)]);
		ClaimsOfPlan::<Test>::remove(PLAN, SortKey(7));
	});
}

#[cfg(feature = "try-runtime")]
#[test]
fn migrate_to_v3_passes_its_pre_and_post_upgrade_checks() {
	run_test(|| {
		plans_of_two_payers_at_version_2();
		assert_ok!(MigrateToV3::<Test>::try_on_runtime_upgrade(true));
		assert_eq!(counters(), vec![(INSURER, 3), (OTHER_PAYER, 2)]);
		// And again, as a no-op, at version 3.
		assert_ok!(MigrateToV3::<Test>::try_on_runtime_upgrade(true));
	});
}

#[cfg(feature = "try-runtime")]
#[test]
fn migrate_to_v3_post_upgrade_catches_a_wrong_count() {
	use codec::Encode;
	use frame_support::traits::UncheckedOnRuntimeUpgrade;

	use crate::migrations::v3::UncheckedMigrateToV3;
	run_test(|| {
		plans_of_two_payers_at_version_2();
		let state = UncheckedMigrateToV3::<Test>::pre_upgrade().expect("pre-upgrade");
		MigrateToV3::<Test>::on_runtime_upgrade();
		assert_ok!(UncheckedMigrateToV3::<Test>::post_upgrade(state));
		assert!(UncheckedMigrateToV3::<Test>::post_upgrade(6u64.encode()).is_err(), "a plan lost");
		PlansOfPayer::<Test>::insert(INSURER, 2);
		PlansOfPayer::<Test>::insert(OTHER_PAYER, 3);
		let five = 5u64.encode();
		assert!(
			UncheckedMigrateToV3::<Test>::post_upgrade(five).is_err(),
			"sum right, split wrong"
		);
		PlansOfPayer::<Test>::insert(INSURER, 3);
		PlansOfPayer::<Test>::insert(OTHER_PAYER, 2);
		StorageVersion::new(2).put::<Claims>();
		let five = 5u64.encode();
		assert!(UncheckedMigrateToV3::<Test>::post_upgrade(five).is_err(), "version not set");
		StorageVersion::new(3).put::<Claims>();
	});
}
