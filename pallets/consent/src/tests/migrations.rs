//! The storage migration to version 2: indexes re-keyed in id order, consents' terms gathered.

use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
use healthchain_primitives::{ActionSet, CategorySet, PurposeSet};

use super::*;
use crate::{
	migrations::{v1, MigrateToV2},
	mock::*,
	ConsentTerms, Consents, ConsentsOf, EmergencyAccess, EmergencyAccesses, GrantsHeldBy,
	NextConsentId, NextEmergencyId, Pallet, PendingReviews, Review, SortKey,
};

/// A consent of `patient` to the hospital as version 1 stored it.
fn consent_v1(patient: u64) -> v1::ConsentV1<u64> {
	v1::ConsentV1 {
		patient,
		organization: HOSPITAL,
		purposes: PurposeSet(1),
		categories: CategorySet::all_standard(),
		actions: ActionSet(1),
		valid_from: NOW,
		valid_until: Some(NOW + 10),
		max_accesses: Some(5),
		accesses: 2,
		erase_by: None,
		document_hash: DOC,
		granted_at: NOW - 1,
	}
}

/// An unreviewed emergency access without a deposit.
fn pending_access() -> EmergencyAccess<u64, u64> {
	EmergencyAccess {
		patient: PATIENT,
		organization: HOSPITAL,
		clinician: CLINICIAN,
		reason: crate::EmergencyReason::Other,
		justification: JUSTIFICATION,
		opened_at: NOW,
		expires_at: NOW + 1,
		reads: 0,
		review: Review::Pending,
		deposit: 0,
	}
}

#[test]
fn migrate_to_v2_rekeys_the_indexes_in_id_order_and_keeps_every_consent() {
	run_test(|| {
		StorageVersion::new(1).put::<Pallet<Test>>();
		let ids: Vec<u64> = (0..20).collect();
		for id in &ids {
			let patient = 100 + id;
			v1::Consents::<Test>::insert(id, consent_v1(patient));
			ConsentsOf::<Test>::insert(
				patient,
				frame_support::BoundedVec::truncate_from(vec![*id]),
			);
			v1::GrantsHeldBy::<Test>::insert(HOSPITAL, id, ());
			EmergencyAccesses::<Test>::insert(id, pending_access());
			v1::PendingReviews::<Test>::insert(HOSPITAL, id, ());
		}
		NextConsentId::<Test>::put(20);
		NextEmergencyId::<Test>::put(20);
		let hash_order: Vec<u64> = v1::GrantsHeldBy::<Test>::iter_key_prefix(HOSPITAL).collect();
		assert_ne!(hash_order, ids, "version 1 lists in hash order");

		#[cfg(feature = "try-runtime")]
		MigrateToV2::<Test>::try_on_runtime_upgrade(true).expect("the upgrade checks pass");
		#[cfg(not(feature = "try-runtime"))]
		MigrateToV2::<Test>::on_runtime_upgrade();

		assert_eq!(Pallet::<Test>::on_chain_storage_version(), StorageVersion::new(2));
		let grants: Vec<u64> =
			GrantsHeldBy::<Test>::iter_key_prefix(HOSPITAL).map(|SortKey(id)| id).collect();
		assert_eq!(grants, ids);
		let pending: Vec<u64> =
			PendingReviews::<Test>::iter_key_prefix(HOSPITAL).map(|SortKey(id)| id).collect();
		assert_eq!(pending, ids);
		let consent = Consents::<Test>::get(3).expect("migrated");
		assert_eq!(
			consent.terms,
			ConsentTerms {
				purposes: PurposeSet(1),
				categories: CategorySet::all_standard(),
				actions: ActionSet(1),
				valid_from: Some(NOW),
				valid_until: Some(NOW + 10),
				max_accesses: Some(5),
				erase_by: None,
				document_hash: DOC,
			}
		);
		assert_eq!((consent.patient, consent.accesses, consent.granted_at), (103, 2, NOW - 1));
		assert_eq!(Consents::<Test>::iter().count(), 20);
	});
}

#[test]
fn migrate_to_v2_does_nothing_at_another_version() {
	run_test(|| {
		StorageVersion::new(2).put::<Pallet<Test>>();
		let id = grant(PATIENT, treatment());
		MigrateToV2::<Test>::on_runtime_upgrade();
		assert!(GrantsHeldBy::<Test>::contains_key(HOSPITAL, SortKey(id)));
		assert!(Consents::<Test>::get(id).is_some());
	});
}

/// Fixed-window allowances as version 2 stored them: the patient used 3 free calls in the window
/// that started at block 5, the clinician 2 emergency accesses in the window from block 1.
fn fixed_windows_at_version_2() {
	use frame_support::storage::unhashed;
	StorageVersion::new(2).put::<Pallet<Test>>();
	let old =
		|start: u64, used: u32| crate::migrations::v2::Allowance { window_start: start, used };
	unhashed::put(&crate::FreeCallAllowance::<Test>::hashed_key_for(PATIENT), &old(5, 3));
	unhashed::put(&crate::EmergencyAllowance::<Test>::hashed_key_for(CLINICIAN), &old(1, 2));
}

#[test]
fn migrate_to_v3_keeps_every_use_until_its_fixed_window_would_have_ended() {
	run_test(|| {
		fixed_windows_at_version_2();
		crate::migrations::MigrateToV3::<Test>::on_runtime_upgrade();
		assert_eq!(Pallet::<Test>::on_chain_storage_version(), StorageVersion::new(3));
		assert_eq!(crate::FreeCallAllowance::<Test>::get(PATIENT).uses(), &[5, 5, 5]);
		assert_eq!(crate::EmergencyAllowance::<Test>::get(CLINICIAN).uses(), &[1, 1]);
		// No use is gained by the upgrade: the patient's 3 uses of FREE_CALLS (3) block a grant
		// until block 5 + FREE_CALL_WINDOW, when the fixed window would have reset.
		go_to_block(5 + FREE_CALL_WINDOW - 1);
		assert_eq!(Consent::free_calls_left(&PATIENT), 0);
		go_to_block(5 + FREE_CALL_WINDOW);
		assert_eq!(Consent::free_calls_left(&PATIENT), FREE_CALLS);
		// At version 3 it does nothing.
		crate::migrations::MigrateToV3::<Test>::on_runtime_upgrade();
		assert_eq!(crate::FreeCallAllowance::<Test>::get(PATIENT).uses(), &[5, 5, 5]);
	});
}

#[cfg(feature = "try-runtime")]
#[test]
fn migrate_to_v3_passes_its_pre_and_post_upgrade_checks() {
	run_test(|| {
		fixed_windows_at_version_2();
		frame_support::assert_ok!(crate::migrations::MigrateToV3::<Test>::try_on_runtime_upgrade(
			true
		));
		frame_support::assert_ok!(crate::migrations::MigrateToV3::<Test>::try_on_runtime_upgrade(
			true
		));
	});
}
