//! The storage migrations: to version 2, a study's grants re-keyed so that they iterate in id
//! order; to version 3, each institution's studies counted.

use frame_support::{
	assert_ok,
	traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion},
};
use healthchain_primitives::{
	fakes::FakeOrganizations, OrganizationKind, OrganizationReferences, OrganizationUse, Role,
	SortKey,
};
use sp_core::H256;

use super::*;
use crate::{
	migrations::{MigrateToV2, MigrateToV3},
	DataGrant, GrantId, Grants, GrantsOfStudy, HoldReason, StudiesOfInstitution, StudyId,
};

/// A second institution, where the researcher also works.
const OTHER_INSTITUTE: u32 = 13;

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
			version: 1,
			deposit: 0,
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

/// Version 2 as a chain has it before the upgrade: three studies of the institute and two of
/// another institution, and no study counters.
fn studies_of_two_institutions_at_version_2() {
	StorageVersion::new(2).put::<Research>();
	FakeOrganizations::add_organization(
		OTHER_INSTITUTE,
		OrganizationKind::ResearchInstitution,
		1003,
	);
	FakeOrganizations::add_member(OTHER_INSTITUTE, RESEARCHER, &[Role::Researcher]);
	for institution in [INSTITUTE, OTHER_INSTITUTE, INSTITUTE, OTHER_INSTITUTE, INSTITUTE] {
		assert_ok!(Research::register_study(
			RuntimeOrigin::signed(RESEARCHER),
			institution,
			terms(1)
		));
	}
	let _ = StudiesOfInstitution::<Test>::clear(u32::MAX, None);
	assert_eq!(StudiesOfInstitution::<Test>::iter().count(), 0);
}

/// The study counters as they stand.
fn counters() -> Vec<(u32, u32)> {
	let mut counters: Vec<_> = StudiesOfInstitution::<Test>::iter().collect();
	counters.sort();
	counters
}

#[test]
fn migrate_to_v3_counts_each_institutions_studies() {
	run_test(|| {
		studies_of_two_institutions_at_version_2();

		MigrateToV3::<Test>::on_runtime_upgrade();

		assert_eq!(StorageVersion::get::<Research>(), StorageVersion::new(3));
		assert_eq!(counters(), vec![(INSTITUTE, 3), (OTHER_INSTITUTE, 2)]);
		assert_eq!(Research::in_use(OTHER_INSTITUTE), Some(OrganizationUse::Studies));
	});
}

#[test]
fn migrate_to_v3_runs_once() {
	run_test(|| {
		studies_of_two_institutions_at_version_2();
		MigrateToV3::<Test>::on_runtime_upgrade();
		// At version 3 it does nothing: counters removed since stay removed.
		let _ = StudiesOfInstitution::<Test>::clear(u32::MAX, None);
		MigrateToV3::<Test>::on_runtime_upgrade();
		assert_eq!(counters(), vec![]);
		assert_eq!(StorageVersion::get::<Research>(), StorageVersion::new(3));
		// Put back for the invariants.
		StudiesOfInstitution::<Test>::insert(INSTITUTE, 3);
		StudiesOfInstitution::<Test>::insert(OTHER_INSTITUTE, 2);
	});
}

#[test]
fn the_runtimes_migrations_in_order_take_version_2_to_3() {
	run_test(|| {
		studies_of_two_institutions_at_version_2();
		MigrateToV2::<Test>::on_runtime_upgrade();
		assert_eq!(StorageVersion::get::<Research>(), StorageVersion::new(2), "V2 skipped");
		MigrateToV3::<Test>::on_runtime_upgrade();
		assert_eq!(StorageVersion::get::<Research>(), StorageVersion::new(3));
		assert_eq!(counters(), vec![(INSTITUTE, 3), (OTHER_INSTITUTE, 2)]);
	});
}

#[cfg(feature = "try-runtime")]
#[test]
fn migrate_to_v3_passes_its_pre_and_post_upgrade_checks() {
	run_test(|| {
		studies_of_two_institutions_at_version_2();
		assert_ok!(MigrateToV3::<Test>::try_on_runtime_upgrade(true));
		assert_eq!(counters(), vec![(INSTITUTE, 3), (OTHER_INSTITUTE, 2)]);
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
		studies_of_two_institutions_at_version_2();
		let state = UncheckedMigrateToV3::<Test>::pre_upgrade().expect("pre-upgrade");
		MigrateToV3::<Test>::on_runtime_upgrade();
		assert_ok!(UncheckedMigrateToV3::<Test>::post_upgrade(state));
		assert!(UncheckedMigrateToV3::<Test>::post_upgrade(6u64.encode()).is_err(), "one lost");
		StudiesOfInstitution::<Test>::insert(INSTITUTE, 2);
		StudiesOfInstitution::<Test>::insert(OTHER_INSTITUTE, 3);
		let five = 5u64.encode();
		assert!(
			UncheckedMigrateToV3::<Test>::post_upgrade(five).is_err(),
			"sum right, split wrong"
		);
		StudiesOfInstitution::<Test>::insert(INSTITUTE, 3);
		StudiesOfInstitution::<Test>::insert(OTHER_INSTITUTE, 2);
		StorageVersion::new(2).put::<Research>();
		let five = 5u64.encode();
		assert!(UncheckedMigrateToV3::<Test>::post_upgrade(five).is_err(), "version not set");
		StorageVersion::new(3).put::<Research>();
	});
}

/// Studies of every kind under version 4 (active with an attested participant and a grant, a
/// revoked grant, closed with a pool, rejected, proposed), rewritten into the version 3 layout:
/// no deposits recorded, no attestations, no grant versions, no claim windows, and the deposits
/// of ended studies and revoked grants still held (version 3 never returned them). Returns the
/// ids of the active, closed and rejected studies.
fn studies_at_version_3() -> (StudyId, StudyId, StudyId) {
	use crate::migrations::v3_layout;
	use frame_support::traits::fungible::MutateHold;
	let running = active_with(1, &[P1]);
	assert_ok!(grant_to(running, NOW + 1_000));
	assert_ok!(grant_to(running, NOW + 1_000));
	assert_ok!(Research::revoke_grant(RuntimeOrigin::signed(STEWARD), 1));
	let closed = active_with(1, &[P2]);
	assert_ok!(fund(closed, 100));
	assert_ok!(close(closed));
	let turned_down = rejected(1);
	register(1);

	StorageVersion::new(3).put::<Research>();
	let hold = |who: u64, amount: u64| {
		let held = <Balances as MutateHold<u64>>::hold(&HoldReason::Deposit.into(), &who, amount);
		assert_ok!(held);
	};
	for (id, s) in crate::Studies::<Test>::iter().collect::<Vec<_>>() {
		if s.deposit == 0 {
			hold(s.researcher, STUDY_DEPOSIT);
		}
		v3_layout::Studies::<Test>::insert(
			id,
			v3_layout::Study {
				institution: s.institution,
				researcher: s.researcher,
				protocol_hash: s.protocol_hash,
				version: s.version,
				data_use: s.data_use,
				purpose: s.purpose,
				categories: s.categories,
				min_cohort: s.min_cohort,
				registered_at: s.registered_at,
				ends_at: s.ends_at,
				status: s.status,
				ethics: s.ethics,
				cohort: s.cohort,
			},
		);
	}
	for (study, patient, p) in crate::Participants::<Test>::iter().collect::<Vec<_>>() {
		let old = v3_layout::Participation {
			version: p.version,
			basis: p.basis,
			compensated: p.compensated,
		};
		v3_layout::Participants::<Test>::insert(study, patient, old);
	}
	let _ = crate::StudiesOf::<Test>::clear(u32::MAX, None);
	let _ = crate::ProviderCohorts::<Test>::clear(u32::MAX, None);
	for (id, g) in Grants::<Test>::iter().collect::<Vec<_>>() {
		if g.deposit == 0 {
			hold(g.granted_by, GRANT_DEPOSIT);
		}
		v3_layout::Grants::<Test>::insert(
			id,
			v3_layout::DataGrant {
				study: g.study,
				provider: g.provider,
				granted_by: g.granted_by,
				dataset: g.dataset,
				record_count: g.record_count,
				expires_at: g.expires_at,
				revoked: g.revoked,
				accesses: g.accesses,
			},
		);
	}
	for (id, p) in crate::Pools::<Test>::iter().collect::<Vec<_>>() {
		let old =
			v3_layout::Pool { funder: p.funder, funded: p.funded, paid: p.paid, share: p.share };
		v3_layout::Pools::<Test>::insert(id, old);
	}
	(running, closed, turned_down)
}

#[test]
fn migrate_to_v4_records_deposits_and_versions_and_restarts_the_cohorts() {
	run_test(|| {
		let (running, closed, turned_down) = studies_at_version_3();
		use frame_support::traits::fungible::InspectHold;
		let held = |who| Balances::balance_on_hold(&HoldReason::Deposit.into(), &who);
		assert_eq!(held(RESEARCHER), 4 * STUDY_DEPOSIT);
		assert_eq!(held(STEWARD), 2 * GRANT_DEPOSIT);

		crate::migrations::MigrateToV4::<Test>::on_runtime_upgrade();

		assert_eq!(Research::on_chain_storage_version(), StorageVersion::new(4));
		let study = |id| crate::Studies::<Test>::get(id).expect("study");
		// Deposits: the running and the proposed study keep theirs, the ended ones come back.
		assert_eq!(
			[running, closed, turned_down].map(|id| study(id).deposit),
			[STUDY_DEPOSIT, 0, 0]
		);
		assert_eq!(held(RESEARCHER), 2 * STUDY_DEPOSIT);
		assert_eq!(held(STEWARD), GRANT_DEPOSIT, "the revoked grant's deposit came back");
		// Nobody was attested before: the cohorts restart at zero, the old grants give no access.
		assert_eq!((study(running).cohort, study(running).attested), (0, 0));
		assert_eq!(
			crate::Grants::<Test>::get(0).map(|g| (g.version, g.deposit)),
			Some((0, GRANT_DEPOSIT))
		);
		assert_eq!(log_access(0), Err(crate::Error::<Test>::GrantOfOldProtocol.into()));
		assert_eq!(crate::StudiesOf::<Test>::get(P1).to_vec(), vec![running]);
		// The closed study's shares keep the old rule, claimable within the window from now.
		let pool = crate::Pools::<Test>::get(closed).expect("pool");
		assert_eq!((pool.legacy, pool.claim_until), (true, Some(NOW + CLAIM_WINDOW)));
		assert_ok!(claim(P2, closed));
		// The hospital attests P1 again: they count, and it grants again.
		attest(P1, running);
		assert_ok!(grant_to(running, NOW + 1_000));
	});
}

#[cfg(feature = "try-runtime")]
#[test]
fn migrate_to_v4_passes_its_pre_and_post_upgrade_checks() {
	run_test(|| {
		studies_at_version_3();
		assert_ok!(crate::migrations::MigrateToV4::<Test>::try_on_runtime_upgrade(true));
		// And as a no-op at version 4.
		assert_ok!(crate::migrations::MigrateToV4::<Test>::try_on_runtime_upgrade(true));
	});
}
