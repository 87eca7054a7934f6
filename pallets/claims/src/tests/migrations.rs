//! Migrations: version 1's claim indexes (hash order) become version 2's (id order); version 3
//! counts each payer's plans; version 4 keeps coverage periods, service days, used prior
//! authorizations and evidence, denied services, and returns settled claims' deposits.

use frame_support::{
	assert_ok,
	traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion},
};
use healthchain_primitives::{
	fakes::FakeOrganizations, OrganizationKind, OrganizationReferences, OrganizationUse, Role,
};

use super::*;
use crate::{
	migrations::{v1, MigrateToV2, MigrateToV3, MigrateToV4},
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

/// Everything version 4 adds or changes, sorted, to compare before and after a migration.
#[derive(Debug, PartialEq)]
struct V4State {
	memberships: Vec<(u32, u64, crate::MembershipOf<Test>)>,
	prior_auths: Vec<(PriorAuthId, crate::PriorAuthOf<Test>)>,
	services: Vec<(sp_core::H256, ClaimId)>,
	evidence: Vec<(u64, ClaimId)>,
	denied: Vec<(sp_core::H256, ClaimId)>,
	deposits: Vec<(ClaimId, u64)>,
}

fn v4_state() -> V4State {
	fn sorted<T: Ord>(mut v: Vec<T>) -> Vec<T> {
		v.sort();
		v
	}
	let mut memberships: Vec<_> = crate::Enrollments::<Test>::iter().collect();
	memberships.sort_by_key(|(plan, patient, _)| (*plan, *patient));
	let mut prior_auths: Vec<_> = crate::PriorAuths::<Test>::iter().collect();
	prior_auths.sort_by_key(|(id, _)| *id);
	V4State {
		memberships,
		prior_auths,
		services: sorted(crate::ClaimedServices::<Test>::iter().collect()),
		evidence: sorted(crate::ClaimEvidence::<Test>::iter().collect()),
		denied: sorted(crate::DeniedServices::<Test>::iter().collect()),
		deposits: sorted(crate::Claims::<Test>::iter().map(|(id, c)| (id, c.deposit)).collect()),
	}
}

/// Rewrites the version 4 state as version 3 held it: enrollments of one period, prior
/// authorizations without requester, deposit, expiry or use (their deposits released), services
/// keyed by the millisecond, no evidence or denial records, and deposits held by every claim.
fn downgrade_to_v3() {
	use crate::migrations::v3_layout;
	use frame_support::traits::fungible::MutateHold;
	StorageVersion::new(3).put::<Claims>();
	let memberships: Vec<_> = crate::Enrollments::<Test>::iter().collect();
	for (plan, patient, m) in memberships {
		let p = m.periods[0];
		v3_layout::Enrollments::<Test>::insert(
			plan,
			patient,
			v3_layout::Enrollment { since: p.since, until: p.until },
		);
	}
	let auths: Vec<_> = crate::PriorAuths::<Test>::iter().collect();
	for (id, a) in auths {
		Claims::release_deposit(&a.requester, a.deposit);
		v3_layout::PriorAuths::<Test>::insert(
			id,
			v3_layout::PriorAuth {
				provider: a.provider,
				plan: a.plan,
				patient: a.patient,
				service_code: a.service_code,
				status: a.status,
				requested_at: a.requested_at,
			},
		);
	}
	let services: Vec<_> = crate::ClaimedServices::<Test>::drain().collect();
	for (key, id) in services {
		let claim = stored(id);
		for l in claim.lines.iter() {
			if Claims::service_key(&claim.patient, claim.provider, &l.input) == key {
				let old = v3_layout::service_key(
					&claim.patient,
					claim.provider,
					l.input.service_code,
					l.input.service_date,
				);
				v3_layout::ClaimedServices::<Test>::insert(old, id);
			}
		}
	}
	let _ = crate::ClaimEvidence::<Test>::clear(u32::MAX, None);
	let _ = crate::DeniedServices::<Test>::clear(u32::MAX, None);
	let ids: Vec<_> = crate::Claims::<Test>::iter_keys().collect();
	for id in ids {
		let mut claim = stored(id);
		if claim.deposit == 0 {
			assert_ok!(Balances::hold(
				&HoldReason::Deposit.into(),
				&claim.submitter,
				CLAIM_DEPOSIT
			));
			claim.deposit = CLAIM_DEPOSIT;
			crate::Claims::<Test>::insert(id, claim);
		}
	}
}

/// Claims of every kind under version 4 (paid, waiting for review, denied on review, denial
/// upheld), a member who left, a used and an unused prior authorization; returns the version 4
/// state as the migration from version 3 must rebuild it.
fn claims_of_every_kind() -> V4State {
	setup(20_000);
	Timestamp::set_timestamp(NOW - 20 * DAY);
	assert_ok!(Claims::enroll(RuntimeOrigin::signed(OTHER_PATIENT), PLAN));
	payer_accepts(OTHER_PATIENT);
	Timestamp::set_timestamp(NOW - 10 * DAY);
	assert_ok!(Claims::leave_plan(RuntimeOrigin::signed(OTHER_PATIENT), PLAN));
	Timestamp::set_timestamp(NOW);
	let denied_on_review = submit((3..=5).map(|d| line(VISIT, 500, NOW - d * DAY)).collect());
	assert_ok!(Claims::review_claim(
		RuntimeOrigin::signed(REVIEWER),
		denied_on_review,
		crate::ReviewDecision::Deny
	));
	let paid = submit(vec![line(VISIT, 400, NOW - DAY)]);
	let pending = pending_mri(2);
	let upheld = submit(vec![line(COSMETIC, 900, NOW - DAY)]);
	assert_ok!(Claims::appeal_claim(RuntimeOrigin::signed(BILLING), upheld));
	assert_ok!(Claims::arbitrate_claim(RuntimeOrigin::root(), upheld, 0));
	let unused_auth = approved_prior_auth(MRI);
	let statuses: Vec<_> = [paid, pending, denied_on_review, upheld].map(status).to_vec();
	assert_eq!(
		statuses,
		vec![
			ClaimStatus::Paid,
			ClaimStatus::PendingReview,
			ClaimStatus::Denied,
			ClaimStatus::DenialUpheld
		]
	);
	let mut expected = v4_state();
	// What version 3 cannot know: the requester of a prior authorization becomes the
	// provider's account, and no deposit is held for it.
	for (_, a) in expected.prior_auths.iter_mut() {
		a.requester = HOSPITAL_ACCOUNT;
		a.deposit = 0;
	}
	assert!(expected.prior_auths.iter().any(|(id, a)| *id == unused_auth && a.used_by.is_none()));
	assert!(expected.prior_auths.iter().any(|(_, a)| a.used_by == Some(pending)));
	assert!(!expected.denied.is_empty() && !expected.evidence.is_empty());
	expected
}

/// The deposits held from `who`.
fn held(who: u64) -> u64 {
	Balances::balance_on_hold(&HoldReason::Deposit.into(), &who)
}

#[test]
fn migrate_to_v4_rebuilds_what_version_4_records() {
	run_test(|| {
		let expected = claims_of_every_kind();
		downgrade_to_v3();
		assert_eq!(crate::ClaimEvidence::<Test>::iter().count(), 0);
		assert_eq!(held(BILLING), 4 * CLAIM_DEPOSIT, "version 3 held every claim's deposit");

		MigrateToV4::<Test>::on_runtime_upgrade();

		assert_eq!(Claims::on_chain_storage_version(), StorageVersion::new(4));
		assert_eq!(v4_state(), expected);
		assert_eq!(held(BILLING), 2 * CLAIM_DEPOSIT, "the open claims' deposits only");
		// Runs once.
		MigrateToV4::<Test>::on_runtime_upgrade();
		assert_eq!(v4_state(), expected);
	});
}

#[cfg(feature = "try-runtime")]
#[test]
fn migrate_to_v4_passes_its_pre_and_post_upgrade_checks_and_catches_a_loss() {
	use frame_support::traits::UncheckedOnRuntimeUpgrade;

	use crate::migrations::{v3_layout, v4::UncheckedMigrateToV4};
	run_test(|| {
		let expected = claims_of_every_kind();
		downgrade_to_v3();
		assert_ok!(MigrateToV4::<Test>::try_on_runtime_upgrade(true));
		assert_eq!(v4_state(), expected);
		// The post-upgrade check sees a membership lost by a faulty migration.
		downgrade_to_v3();
		let state = UncheckedMigrateToV4::<Test>::pre_upgrade().expect("pre-upgrade");
		v3_layout::Enrollments::<Test>::remove(PLAN, OTHER_PATIENT);
		MigrateToV4::<Test>::on_runtime_upgrade();
		assert!(UncheckedMigrateToV4::<Test>::post_upgrade(state).is_err(), "an enrollment lost");
		// Put back for the invariants checked after the test.
		crate::Enrollments::<Test>::insert(PLAN, OTHER_PATIENT, expected.memberships[1].2.clone());
	});
}

#[test]
fn migrate_to_v4_keys_services_by_day_and_keeps_the_first_claim() {
	use crate::migrations::v3_layout;
	run_test(|| {
		setup(20_000);
		// Version 3 paid the same visit twice, a millisecond apart.
		let first = submit(vec![line(VISIT, 400, NOW - DAY)]);
		let second = submit(vec![line(VISIT, 400, NOW - DAY + 1)]);
		assert_eq!(status(second), ClaimStatus::Denied, "version 4 refuses the second");
		let mut claim = stored(second);
		claim.status = ClaimStatus::Paid;
		claim.lines[0].payer_amount = 320;
		crate::Claims::<Test>::insert(second, claim);
		downgrade_to_v3();
		let old = |date| v3_layout::service_key(&PATIENT, HOSPITAL, VISIT, date);
		v3_layout::ClaimedServices::<Test>::insert(old(NOW - DAY + 1), second);
		assert_eq!(v3_layout::ClaimedServices::<Test>::iter().count(), 2);

		MigrateToV4::<Test>::on_runtime_upgrade();

		let day_key = Claims::service_key(&PATIENT, HOSPITAL, &line(VISIT, 1, NOW - DAY));
		assert_eq!(
			crate::ClaimedServices::<Test>::iter().collect::<Vec<_>>(),
			vec![(day_key, first)]
		);
	});
}
