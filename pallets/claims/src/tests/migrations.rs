//! Migrations: version 1's claim indexes (hash order) become version 2's (id order).

use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};

use super::*;
use crate::{
	migrations::{v1, MigrateToV2},
	ClaimsOfPatient, ClaimsOfPlan, ClaimsOfProvider, SortKey,
};

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
