//! The storage migration to version 2: a study's grants re-keyed so that they iterate in id
//! order.

use frame_support::traits::{OnRuntimeUpgrade, StorageVersion};
use healthchain_primitives::SortKey;
use sp_core::H256;

use super::*;
use crate::{migrations::MigrateToV2, DataGrant, GrantId, Grants, GrantsOfStudy};

/// The version 1 layout of the index.
mod v1 {
	use crate::{GrantId, StudyId};
	use frame_support::Twox64Concat;

	#[frame_support::storage_alias(pallet_name)]
	pub type GrantsOfStudy<T: crate::Config> =
		StorageDoubleMap<crate::Pallet<T>, Twox64Concat, StudyId, Twox64Concat, GrantId, ()>;
}

/// Grant `id` of `study`, stored with its index entry in the version 1 layout.
fn put_v1_grant(id: GrantId, study: StudyId) {
	Grants::<Test>::insert(
		id,
		DataGrant {
			study,
			provider: HOSPITAL,
			granted_by: STEWARD,
			dataset: H256::zero(),
			record_count: 1,
			expires_at: NOW + YEAR,
			revoked: false,
			accesses: 0,
		},
	);
	v1::GrantsOfStudy::<Test>::insert(study, id, ());
}

fn indexed(study: StudyId) -> Vec<GrantId> {
	GrantsOfStudy::<Test>::iter_key_prefix(study).map(|SortKey(id)| id).collect()
}

#[test]
fn migrate_to_v2_rekeys_each_study_s_grants_into_id_order() {
	run_test(|| {
		StorageVersion::new(1).put::<Research>();
		// 20 grants of study 0 (even ids) and 20 of study 1 (odd ids).
		for id in 0..40 {
			put_v1_grant(id, (id % 2) as StudyId);
		}
		let hashed: Vec<GrantId> = v1::GrantsOfStudy::<Test>::iter_key_prefix(0).collect();
		let mut sorted = hashed.clone();
		sorted.sort();
		assert_ne!(hashed, sorted, "the old layout iterates in hash order");

		MigrateToV2::<Test>::on_runtime_upgrade();

		assert_eq!(StorageVersion::get::<Research>(), StorageVersion::new(2));
		assert_eq!(indexed(0), (0..20).map(|i| 2 * i).collect::<Vec<_>>());
		assert_eq!(indexed(1), (0..20).map(|i| 2 * i + 1).collect::<Vec<_>>());
		assert_eq!(GrantsOfStudy::<Test>::iter().count(), 40, "no entry left in the old layout");
		let page = Research::grants_of_study(1, Some(5), 3);
		assert_eq!(page.items.iter().map(|g| g.id).collect::<Vec<_>>(), vec![7, 9, 11]);
		assert_eq!(page.next_cursor, Some(11));
	});
}

#[test]
fn migrate_to_v2_runs_once() {
	run_test(|| {
		StorageVersion::new(1).put::<Research>();
		put_v1_grant(3, 0);
		MigrateToV2::<Test>::on_runtime_upgrade();
		assert_eq!(indexed(0), vec![3]);
		// At version 2 it does nothing (re-keying the new keys again would corrupt them).
		MigrateToV2::<Test>::on_runtime_upgrade();
		assert_eq!(indexed(0), vec![3]);
		assert_eq!(StorageVersion::get::<Research>(), StorageVersion::new(2));
	});
}
