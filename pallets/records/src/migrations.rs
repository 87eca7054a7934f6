//! Storage migrations of the record anchors. Add [`MigrateToV2`] to the runtime's migrations
//! once; it runs only while the on-chain storage version is 1 and then sets it to 2. Its result
//! is checked by `try_state` (which try-runtime runs after the migrations): every record version
//! still found in its patient's index under the new key, and nothing else there.

use core::marker::PhantomData;

use frame_support::{
	migrations::VersionedMigration,
	traits::{Get, PalletInfoAccess, UncheckedOnRuntimeUpgrade},
	weights::Weight,
	Blake2_128Concat, Twox64Concat,
};
use healthchain_primitives::{rekey_second_key, SortKey};

use crate::{Config, Pallet, RecordId};

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
