//! Storage migrations of the record anchors. The runtime lists them in order among its
//! migrations; each runs once, guarded by the on-chain storage version, and is a no-op on a chain
//! already past it. Their result is also checked by `try_state` (which try-runtime runs after the
//! migrations).
//!
//! - [`MigrateToV2`] (1 → 2): [`crate::RecordsOf`] keyed by [`SortKey`] ids: every record version
//!   still found in its patient's index under the new key, and nothing else there.
//! - [`MigrateToV3`] (2 → 3): commitments bound to their patient and roots to their
//!   organization ([`crate::RecordByCommitment`], [`crate::BatchByRoot`] rebuilt as double maps
//!   from the records and batches they index), and each batch's `category` replaced by a
//!   [`BatchScope`]: no category → [`BatchScope::Audit`]; a category → [`BatchScope::Unattributed`]
//!   (the batch named no patient and passed no consent check, so it cannot be attributed to one;
//!   no call creates this scope).

use core::marker::PhantomData;

use frame_support::{
	migrations::VersionedMigration,
	traits::{Get, PalletInfoAccess, UncheckedOnRuntimeUpgrade},
	weights::Weight,
	Blake2_128Concat, Twox64Concat,
};
use healthchain_primitives::{rekey_second_key, SortKey};

use crate::{BatchScope, Config, Pallet, RecordId};

/// The name of [`crate::RecordsOf`] in storage.
const RECORDS_OF: &[u8] = b"RecordsOf";

/// The body of [`MigrateToV2`]: re-keys [`crate::RecordsOf`] from `(Blake2_128Concat patient,
/// Twox64Concat id)` to `(Blake2_128Concat patient, Identity SortKey(id))`, so that a patient's
/// records iterate in id order.
pub struct RekeyRecordsOfById<T>(PhantomData<T>);

impl<T: Config> UncheckedOnRuntimeUpgrade for RekeyRecordsOfById<T> {
	fn on_runtime_upgrade() -> Weight {
		let moved = rekey_second_key::<
			Blake2_128Concat,
			Twox64Concat,
			T::AccountId,
			RecordId,
			(),
			SortKey<RecordId>,
		>(Pallet::<T>::name().as_bytes(), RECORDS_OF, SortKey);
		log::info!(target: "runtime::records", "re-keyed {moved} patient index entries by id");
		// Each entry is read once, removed once and written once under its new key.
		T::DbWeight::get().reads_writes(moved.saturating_add(1), moved.saturating_mul(2))
	}
}

/// Storage version 1 → 2: [`crate::RecordsOf`] keyed by [`SortKey`] ids with the `Identity`
/// hasher ([`RekeyRecordsOfById`]).
pub type MigrateToV2<T> = VersionedMigration<
	1,
	2,
	RekeyRecordsOfById<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;

/// The layout of storage version 2, for the migration to version 3, its checks and tests.
pub mod v2 {
	use codec::{Decode, Encode, MaxEncodedLen};
	use frame_support::{storage_alias, Identity, Twox64Concat};
	use healthchain_primitives::{DataCategory, Moment, OrganizationId};
	use scale_info::TypeInfo;
	use sp_core::H256;

	use crate::{BalanceOf, BatchId, Config, Pallet, RecordId};

	/// A batch as version 2 stored it: a data category (`None`: audit events) and no patient.
	#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo)]
	pub struct Batch<AccountId, Balance> {
		/// The organization on whose behalf it was anchored.
		pub organization: OrganizationId,
		/// Who anchored it.
		pub submitter: AccountId,
		/// The Merkle root.
		pub root: H256,
		/// How many leaves the tree has.
		pub leaf_count: u32,
		/// The category its submitter claimed; `None` for audit events.
		pub category: Option<DataCategory>,
		/// When it was anchored.
		pub anchored_at: Moment,
		/// The deposit held from the submitter.
		pub deposit: Balance,
	}

	/// A version 2 batch with the runtime's types.
	pub type BatchOf<T> = Batch<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

	/// [`crate::Batches`] as version 2 kept it.
	#[storage_alias]
	pub type Batches<T: Config> = StorageMap<Pallet<T>, Twox64Concat, BatchId, BatchOf<T>>;

	/// [`crate::RecordByCommitment`] as version 2 kept it: one global entry per commitment.
	#[storage_alias]
	pub type RecordByCommitment<T: Config> = StorageMap<Pallet<T>, Identity, H256, RecordId>;

	/// [`crate::BatchByRoot`] as version 2 kept it: one global entry per root.
	#[storage_alias]
	pub type BatchByRoot<T: Config> = StorageMap<Pallet<T>, Identity, H256, BatchId>;
}

/// The body of [`MigrateToV3`]: converts every batch's `category` to a [`BatchScope`], then
/// rebuilds [`crate::RecordByCommitment`] keyed by `(patient, commitment)` from the records and
/// [`crate::BatchByRoot`] keyed by `(organization, root)` from the batches. The old and new
/// indexes share their storage prefixes, so each old index is cleared before it is rebuilt.
/// Unguarded: use it through [`MigrateToV3`]. One block: it reads every record and batch once.
pub struct BindCommitmentsAndScopeBatches<T>(PhantomData<T>);

impl<T: Config> UncheckedOnRuntimeUpgrade for BindCommitmentsAndScopeBatches<T> {
	fn on_runtime_upgrade() -> Weight {
		let mut batches = 0u64;
		crate::Batches::<T>::translate::<v2::BatchOf<T>, _>(|_, old| {
			batches = batches.saturating_add(1);
			Some(crate::Batch {
				organization: old.organization,
				submitter: old.submitter,
				root: old.root,
				leaf_count: old.leaf_count,
				scope: match old.category {
					None => BatchScope::Audit,
					Some(category) => BatchScope::Unattributed { category },
				},
				anchored_at: old.anchored_at,
				deposit: old.deposit,
			})
		});
		let old_commitments = v2::RecordByCommitment::<T>::clear(u32::MAX, None).unique;
		let old_roots = v2::BatchByRoot::<T>::clear(u32::MAX, None).unique;
		let mut records = 0u64;
		for (id, record) in crate::Records::<T>::iter() {
			crate::RecordByCommitment::<T>::insert(&record.patient, record.commitment, id);
			records = records.saturating_add(1);
		}
		for (id, batch) in crate::Batches::<T>::iter() {
			crate::BatchByRoot::<T>::insert(batch.organization, batch.root, id);
		}
		log::info!(
			target: "runtime::records",
			"bound {records} commitments to their patients; scoped and re-indexed {batches} batches"
		);
		// Each batch is read twice and written twice (translated, indexed); each record read once
		// and indexed once; each old index entry removed once.
		let reads = records.saturating_add(batches.saturating_mul(2));
		let writes = records
			.saturating_add(batches.saturating_mul(2))
			.saturating_add(old_commitments.into())
			.saturating_add(old_roots.into());
		T::DbWeight::get().reads_writes(reads, writes)
	}

	#[cfg(feature = "try-runtime")]
	fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
		use codec::Encode;
		let records = crate::Records::<T>::iter_keys().count() as u64;
		let commitments = v2::RecordByCommitment::<T>::iter_keys().count() as u64;
		let batches = v2::Batches::<T>::iter_keys().count() as u64;
		let roots = v2::BatchByRoot::<T>::iter_keys().count() as u64;
		frame_support::ensure!(records == commitments, "v2: records and commitments differ");
		frame_support::ensure!(batches == roots, "v2: batches and roots differ");
		let claimed = v2::Batches::<T>::iter_values().filter(|b| b.category.is_some()).count();
		frame_support::ensure!(
			v2::Batches::<T>::iter_values().count() as u64 == batches,
			"v2: a batch does not decode"
		);
		Ok((records, batches, claimed as u64).encode())
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
		use codec::Decode;
		use frame_support::traits::GetStorageVersion;
		let (records, batches, claimed) = <(u64, u64, u64)>::decode(&mut state.as_slice())
			.map_err(|_| "the pre-upgrade counts do not decode")?;
		frame_support::ensure!(
			crate::RecordByCommitment::<T>::iter_keys().count() as u64 == records,
			"a record lost its commitment index entry"
		);
		frame_support::ensure!(
			crate::Batches::<T>::iter_values().count() as u64 == batches,
			"a batch was lost or does not decode"
		);
		frame_support::ensure!(
			crate::BatchByRoot::<T>::iter_keys().count() as u64 == batches,
			"a batch lost its root index entry"
		);
		let unattributed = crate::Batches::<T>::iter_values()
			.filter(|b| matches!(b.scope, BatchScope::Unattributed { .. }))
			.count() as u64;
		frame_support::ensure!(unattributed == claimed, "a category batch was not kept");
		frame_support::ensure!(
			Pallet::<T>::on_chain_storage_version() == 3,
			"the storage version is not 3"
		);
		Pallet::<T>::do_try_state()
	}
}

/// Storage version 2 → 3: commitments bound to their patient, roots to their organization,
/// batches with a [`BatchScope`] ([`BindCommitmentsAndScopeBatches`]).
pub type MigrateToV3<T> = VersionedMigration<
	2,
	3,
	BindCommitmentsAndScopeBatches<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;
