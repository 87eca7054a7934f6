//! The storage migrations: entries written in the old layout are all kept and come back in the
//! new order.

use frame_support::{
	storage_alias,
	traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion},
	Blake2_128Concat, Twox64Concat,
};
use healthchain_primitives::Role;

use super::*;
use crate::{migrations::MigrateToV2, Members};

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

#[test]
fn v2_keys_members_by_account_and_keeps_every_membership() {
	run_test(|| {
		let accounts = scattered_accounts();
		let h = hospital_with_members(accounts.clone());
		let other = hospital();
		add_by_alice(other, BOB, &[Role::Admin]);
		// Back to the version 1 layout.
		let memberships: Vec<_> = Members::<Test>::drain().collect();
		for (org, who, membership) in &memberships {
			v1::Members::<Test>::insert(org, who, membership);
		}
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
