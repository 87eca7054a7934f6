//! The storage migrations: entries written in the old layout are all kept and come back in the
//! new layout (and, for version 2, in the new order); a migration run again changes nothing.

use codec::Encode;
use frame_support::{
	storage::unhashed,
	storage_alias,
	traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion},
	Blake2_128Concat, Twox64Concat,
};
use healthchain_primitives::{OrganizationInspect, OrganizationKind, Role};

use super::*;
use crate::{
	migrations::{MigrateToV2, MigrateToV3},
	Members, OrganizationOf,
};

/// The layout of storage version 1.
mod v1 {
	use super::*;

	/// [`crate::Members`] as version 1 kept it: accounts hashed with `Blake2_128Concat`.
	#[storage_alias]
	pub type Members<T: crate::Config> = StorageDoubleMap<
		crate::Pallet<T>,
		Twox64Concat,
		u32,
		Blake2_128Concat,
		<T as frame_system::Config>::AccountId,
		crate::MembershipOf<T>,
	>;
}

/// Moves every membership back to the version 1 layout; returns them.
fn members_to_v1() -> Vec<(u32, u128, crate::MembershipOf<Test>)> {
	let memberships: Vec<_> = Members::<Test>::drain().collect();
	for (org, who, membership) in &memberships {
		v1::Members::<Test>::insert(org, who, membership);
	}
	memberships
}

#[test]
fn v2_keys_members_by_account_and_keeps_every_membership() {
	run_test(|| {
		let accounts = scattered_accounts();
		let h = hospital_with_members(accounts.clone());
		let other = hospital();
		add_by_alice(other, BOB, &[Role::Admin]);
		// Back to the version 1 layout.
		let memberships = members_to_v1();
		StorageVersion::new(1).put::<Organizations>();
		let mut sorted = accounts.clone();
		sorted.sort();
		let v1_order: Vec<u128> = v1::Members::<Test>::iter_key_prefix(h).collect();
		assert_ne!(v1_order, sorted, "version 1 iterates in hash order");

		MigrateToV2::<Test>::on_runtime_upgrade();

		assert_eq!(Organizations::on_chain_storage_version(), 2);
		assert_eq!(Members::<Test>::iter().count(), memberships.len());
		for (org, who, membership) in memberships {
			assert_eq!(Members::<Test>::get(org, who), Some(membership));
		}
		assert_eq!(all_pages(3, |cursor| Organizations::members(h, cursor, 3)), sorted);
		// At version 2 it does nothing.
		MigrateToV2::<Test>::on_runtime_upgrade();
		assert_eq!(Members::<Test>::iter_key_prefix(h).collect::<Vec<_>>(), sorted);
	});
}

// ---- version 3: the payout account ------------------------------------------------------------

/// The fields of an organization in the version 2 layout, in order: those of
/// [`crate::Organization`] before `payout`. Written here field by field, independently of the
/// migration's own copy of the layout, so that a mistake in that copy shows.
type V2Fields =
	(OrganizationKind, u128, H256, crate::OrganizationStatus, u128, u128, u64, u32, u64);

/// `org`'s fields in the version 2 layout.
fn v2_fields(org: &OrganizationOf<Test>) -> V2Fields {
	(
		org.kind,
		org.admin,
		org.metadata_hash,
		org.status,
		org.account,
		org.depositor,
		org.deposit,
		org.member_count,
		org.registered_at,
	)
}

/// `org` encoded in the version 2 layout.
fn v2_bytes(org: &OrganizationOf<Test>) -> Vec<u8> {
	v2_fields(org).encode()
}

/// The raw stored value of organization `id`.
fn raw(id: u32) -> Option<Vec<u8>> {
	unhashed::get_raw(&crate::Organizations::<Test>::hashed_key_for(id))
}

/// A chain at storage version 2: organizations of several kinds, admins and times, one with
/// members, one suspended, one whose admin is not its depositor, one id removed; every entry rewritten in the version 2 layout.
/// Returns the organizations, in id order, as version 3 must read them (`payout: None`).
fn v2_chain() -> Vec<(u32, OrganizationOf<Test>)> {
	let h = hospital_with_members([BOB, CHARLIE]);
	assert_ok!(Organizations::set_metadata(RuntimeOrigin::signed(ALICE), h, H256::repeat_byte(7)));
	let removed = hospital();
	assert_ok!(Organizations::remove_organization(gov(), removed));
	Timestamp::set_timestamp(NOW + 60_000);
	assert_ok!(Organizations::register_organization(gov(), OrganizationKind::Payer, BOB, META));
	// Its admin is no longer the depositor.
	assert_ok!(Organizations::set_admin(gov(), removed + 1, DAVE));
	assert_ok!(Organizations::register_organization(
		gov(),
		OrganizationKind::EthicsCommittee,
		CHARLIE,
		H256::repeat_byte(3)
	));
	assert_ok!(Organizations::suspend_organization(gov(), removed + 2));

	let mut orgs: Vec<_> = crate::Organizations::<Test>::iter().collect();
	orgs.sort_by_key(|(id, _)| *id);
	assert_eq!(orgs.iter().map(|(id, _)| *id).collect::<Vec<_>>(), vec![0, 2, 3]);
	for (id, org) in &orgs {
		assert_eq!(org.payout, None);
		unhashed::put_raw(&crate::Organizations::<Test>::hashed_key_for(id), &v2_bytes(org));
	}
	StorageVersion::new(2).put::<Organizations>();
	orgs
}

/// Asserts that the chain is at version 3 and holds exactly `orgs`, with the counter right.
fn assert_v3(orgs: &[(u32, OrganizationOf<Test>)]) {
	assert_eq!(Organizations::on_chain_storage_version(), 3);
	assert_eq!(crate::Organizations::<Test>::count() as usize, orgs.len());
	assert_eq!(crate::Organizations::<Test>::iter_keys().count(), orgs.len());
	for (id, org) in orgs {
		assert_eq!(crate::Organizations::<Test>::try_get(id).as_ref(), Ok(org), "{id}");
	}
}

#[test]
fn v3_appends_no_payout_account_to_every_organization_and_keeps_every_field() {
	run_test(|| {
		let orgs = v2_chain();
		// In the version 2 layout no entry decodes: other pallets would see no organization.
		for (id, _) in &orgs {
			assert!(crate::Organizations::<Test>::try_get(id).is_err());
			assert!(Organizations::organization(*id).is_none());
		}

		MigrateToV3::<Test>::on_runtime_upgrade();

		assert_v3(&orgs);
		// Every field as before, field by field, and no payout account.
		let (h, before) = &orgs[0];
		let after = crate::Organizations::<Test>::get(h).expect("decodes");
		assert_eq!(after.kind, before.kind);
		assert_eq!(after.admin, ALICE);
		assert_eq!(after.metadata_hash, H256::repeat_byte(7));
		assert_eq!(after.status, crate::OrganizationStatus::Active);
		assert_eq!(after.account, Organizations::organization_account(*h));
		assert_eq!(after.depositor, ALICE);
		assert_eq!(after.deposit, ORG_DEPOSIT);
		assert_eq!(after.member_count, 2);
		assert_eq!(after.registered_at, NOW);
		assert_eq!(after.payout, None);
		let payer = crate::Organizations::<Test>::get(2).expect("decodes");
		assert_eq!((payer.admin, payer.depositor), (DAVE, BOB));
		let committee = crate::Organizations::<Test>::get(3).expect("decodes");
		assert_eq!(committee.kind, OrganizationKind::EthicsCommittee);
		assert_eq!(committee.status, crate::OrganizationStatus::Suspended);
		assert_eq!(committee.registered_at, NOW + 60_000);
		// Each is paid to its own account, and its admin may now name another.
		let summary = <Organizations as OrganizationInspect<u128>>::organization(*h);
		assert_eq!(summary.map(|s| (s.payout, s.account)), Some((after.account, after.account)));
		assert_ok!(Organizations::set_payout_account(RuntimeOrigin::signed(ALICE), *h, Some(DAVE)));
		assert!(provider_role(*h, BOB, Role::Billing));
	});
}

#[test]
fn v3_run_again_changes_nothing() {
	run_test(|| {
		let orgs = v2_chain();
		MigrateToV3::<Test>::on_runtime_upgrade();
		assert_ok!(Organizations::set_payout_account(RuntimeOrigin::signed(DAVE), 2, Some(DAVE)));
		let stored: Vec<_> = orgs.iter().map(|(id, _)| raw(*id)).collect();

		// At version 3 the versioned migration does nothing...
		MigrateToV3::<Test>::on_runtime_upgrade();
		assert_eq!(Organizations::on_chain_storage_version(), 3);
		assert_eq!(orgs.iter().map(|(id, _)| raw(*id)).collect::<Vec<_>>(), stored);
		// ...and its body leaves entries already in the version 3 layout as they are.
		<crate::migrations::inner::UncheckedMigrateV2ToV3<Test> as frame_support::traits::UncheckedOnRuntimeUpgrade>::on_runtime_upgrade();
		assert_eq!(orgs.iter().map(|(id, _)| raw(*id)).collect::<Vec<_>>(), stored);
		assert_eq!(crate::Organizations::<Test>::get(2).and_then(|o| o.payout), Some(DAVE));
	});
}

#[test]
fn v3_leaves_an_entry_in_neither_layout_in_place() {
	run_test(|| {
		let orgs = v2_chain();
		let broken = vec![1, 2, 3];
		unhashed::put_raw(&crate::Organizations::<Test>::hashed_key_for(2), &broken);

		MigrateToV3::<Test>::on_runtime_upgrade();

		assert_eq!(raw(2), Some(broken));
		assert_eq!(crate::Organizations::<Test>::count(), 3, "the counter still counts it");
		for (id, org) in orgs.iter().filter(|(id, _)| *id != 2) {
			assert_eq!(crate::Organizations::<Test>::get(id).as_ref(), Some(org));
		}
		// Put back, so that the invariants checked after the test hold.
		unhashed::put(&crate::Organizations::<Test>::hashed_key_for(2), &orgs[1].1);
	});
}

#[test]
fn the_runtimes_migrations_take_a_version_2_chain_to_version_3() {
	run_test(|| {
		let orgs = v2_chain();
		let members: Vec<_> = Members::<Test>::iter().collect();

		<(MigrateToV2<Test>, MigrateToV3<Test>)>::on_runtime_upgrade();

		assert_v3(&orgs);
		// Version 2's migration did nothing: the members are where version 2 keeps them.
		assert_eq!(Members::<Test>::iter().collect::<Vec<_>>(), members);
	});
}

#[test]
fn the_runtimes_migrations_take_a_version_1_chain_to_version_3() {
	run_test(|| {
		let orgs = v2_chain();
		let memberships = members_to_v1();
		StorageVersion::new(1).put::<Organizations>();

		<(MigrateToV2<Test>, MigrateToV3<Test>)>::on_runtime_upgrade();

		assert_v3(&orgs);
		assert_eq!(Members::<Test>::iter().count(), memberships.len());
		for (org, who, membership) in memberships {
			assert_eq!(Members::<Test>::get(org, who), Some(membership));
		}
	});
}

/// The checks try-runtime makes around the migrations (`cargo test --features try-runtime`).
#[cfg(feature = "try-runtime")]
mod try_runtime {
	use codec::Decode;
	use frame_support::traits::UncheckedOnRuntimeUpgrade;

	use super::*;
	use crate::migrations::inner::UncheckedMigrateV2ToV3;

	#[test]
	fn v3_passes_its_pre_and_post_upgrade_checks() {
		run_test(|| {
			let orgs = v2_chain();
			assert_ok!(<(MigrateToV2<Test>, MigrateToV3<Test>)>::try_on_runtime_upgrade(true));
			assert_v3(&orgs);
			// Run again, it is a no-op and its checks still pass.
			assert_ok!(MigrateToV3::<Test>::try_on_runtime_upgrade(true));
			assert_v3(&orgs);
		});
	}

	#[test]
	fn v3_pre_upgrade_records_the_counter_and_every_organization_in_the_version_2_layout() {
		run_test(|| {
			let orgs = v2_chain();
			let state = UncheckedMigrateV2ToV3::<Test>::pre_upgrade().expect("version 2 layout");
			let (count, entries) =
				<(u32, Vec<(u32, V2Fields)>)>::decode(&mut state.as_slice()).expect("decodes");
			assert_eq!(count, 3);
			let mut entries = entries;
			entries.sort_by_key(|(id, _)| *id);
			let expected: Vec<_> = orgs.iter().map(|(id, org)| (*id, v2_fields(org))).collect();
			assert_eq!(entries, expected);
			UncheckedMigrateV2ToV3::<Test>::on_runtime_upgrade();
			assert_ok!(UncheckedMigrateV2ToV3::<Test>::post_upgrade(state));
		});
	}

	#[test]
	fn v3_pre_upgrade_refuses_entries_not_in_the_version_2_layout() {
		run_test(|| {
			// Version 3 entries on a chain that says version 2.
			hospital();
			StorageVersion::new(2).put::<Organizations>();
			assert!(UncheckedMigrateV2ToV3::<Test>::pre_upgrade().is_err());
			assert!(MigrateToV3::<Test>::try_on_runtime_upgrade(true).is_err());
			StorageVersion::new(3).put::<Organizations>();
		});
	}

	#[test]
	fn v3_post_upgrade_catches_a_changed_lost_or_paid_out_organization() {
		new_test_ext().execute_with(|| {
			let orgs = v2_chain();
			let state = UncheckedMigrateV2ToV3::<Test>::pre_upgrade().expect("version 2 layout");
			UncheckedMigrateV2ToV3::<Test>::on_runtime_upgrade();
			assert_ok!(UncheckedMigrateV2ToV3::<Test>::post_upgrade(state.clone()));

			let key = crate::Organizations::<Test>::hashed_key_for(0);
			let good = raw(0).expect("stored");
			let tampered: [Box<dyn Fn()>; 4] = [
				// A field changed.
				Box::new(|| {
					crate::Organizations::<Test>::mutate(0, |o| {
						o.as_mut().map(|o| o.member_count = 7)
					});
				}),
				// A payout account named.
				Box::new(|| {
					crate::Organizations::<Test>::mutate(0, |o| {
						o.as_mut().map(|o| o.payout = Some(DAVE))
					});
				}),
				// Still in the old layout.
				Box::new(|| unhashed::put_raw(&key, &v2_bytes(&orgs[0].1))),
				// Lost, the counter not updated.
				Box::new(|| unhashed::kill(&key)),
			];
			for tamper in tampered {
				tamper();
				assert!(UncheckedMigrateV2ToV3::<Test>::post_upgrade(state.clone()).is_err());
				unhashed::put_raw(&key, &good);
			}
			assert_ok!(UncheckedMigrateV2ToV3::<Test>::post_upgrade(state));
		});
	}
}
