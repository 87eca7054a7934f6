//! Storage migrations of the consent registry.
//!
//! [`MigrateToV2`] (storage version 1 → 2) re-keys the two per-organization indexes,
//! `GrantsHeldBy` and `PendingReviews`, by [`SortKey`] with the `Identity` hasher, so that
//! listing them walks ids in order, and stores each consent's terms as one [`ConsentTerms`]
//! (the start, resolved at the grant, becomes `Some`).
//!
//! [`MigrateToV3`] (storage version 2 → 3) turns the fixed-window counts of the free-call and
//! emergency allowances into rolling windows ([`RecentUses`]): a window's `used` uses are
//! recorded at its first block, so they leave the rolling window exactly when the fixed window
//! would have ended; nobody gains a use by the upgrade.

#[cfg(feature = "try-runtime")]
use alloc::vec::Vec;
use codec::{Decode, Encode};
use core::marker::PhantomData;
use frame_support::{
	migrations::VersionedMigration,
	traits::{Get, PalletInfoAccess, UncheckedOnRuntimeUpgrade},
	weights::Weight,
	Twox64Concat,
};
use frame_system::pallet_prelude::BlockNumberFor;
use healthchain_primitives::{
	rekey_second_key, ActionSet, CategorySet, ConsentId, Moment, OrganizationId, PurposeSet,
};
use sp_core::H256;

use crate::{
	Config, Consent, ConsentTerms, Consents, EmergencyAllowance, EmergencyId, FreeCallAllowance,
	Pallet, RecentUses, SortKey,
};

/// Migrates storage version 1 to 2 (see the module doc); does nothing at any other version.
/// Add it to the runtime's `Executive` migrations.
pub type MigrateToV2<T> =
	VersionedMigration<1, 2, InnerMigrateToV2<T>, Pallet<T>, <T as frame_system::Config>::DbWeight>;

/// The storage as it was at version 1.
pub mod v1 {
	use super::*;

	/// A consent as stored at version 1: the terms' fields inline, the start resolved.
	#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
	pub struct ConsentV1<AccountId> {
		/// Whose data.
		pub patient: AccountId,
		/// Who may use it.
		pub organization: OrganizationId,
		/// For which purposes.
		pub purposes: PurposeSet,
		/// Which data.
		pub categories: CategorySet,
		/// Which actions.
		pub actions: ActionSet,
		/// From when.
		pub valid_from: Moment,
		/// Until when, if limited.
		pub valid_until: Option<Moment>,
		/// At most this many accesses, if limited.
		pub max_accesses: Option<u32>,
		/// Accesses recorded.
		pub accesses: u32,
		/// The erase-by deadline, if any.
		pub erase_by: Option<Moment>,
		/// Hash of the consent document.
		pub document_hash: H256,
		/// When it was granted.
		pub granted_at: Moment,
	}

	impl<AccountId> From<ConsentV1<AccountId>> for Consent<AccountId> {
		fn from(old: ConsentV1<AccountId>) -> Self {
			Consent {
				patient: old.patient,
				organization: old.organization,
				terms: ConsentTerms {
					purposes: old.purposes,
					categories: old.categories,
					actions: old.actions,
					valid_from: Some(old.valid_from),
					valid_until: old.valid_until,
					max_accesses: old.max_accesses,
					erase_by: old.erase_by,
					document_hash: old.document_hash,
				},
				accesses: old.accesses,
				granted_at: old.granted_at,
			}
		}
	}

	/// Consents by id, version 1 layout.
	#[frame_support::storage_alias]
	pub type Consents<T: Config> = StorageMap<
		Pallet<T>,
		Twox64Concat,
		ConsentId,
		ConsentV1<<T as frame_system::Config>::AccountId>,
	>;

	/// The consents held by each organization, keyed by the hashed id (storage order is hash
	/// order).
	#[frame_support::storage_alias]
	pub type GrantsHeldBy<T: Config> =
		StorageDoubleMap<Pallet<T>, Twox64Concat, OrganizationId, Twox64Concat, ConsentId, ()>;

	/// The emergency accesses each organization has not reviewed, keyed by the hashed id.
	#[frame_support::storage_alias]
	pub type PendingReviews<T: Config> =
		StorageDoubleMap<Pallet<T>, Twox64Concat, OrganizationId, Twox64Concat, EmergencyId, ()>;
}

/// The body of [`MigrateToV2`], without the version check.
pub struct InnerMigrateToV2<T>(PhantomData<T>);

impl<T: Config> UncheckedOnRuntimeUpgrade for InnerMigrateToV2<T> {
	fn on_runtime_upgrade() -> Weight {
		let pallet = <Pallet<T> as PalletInfoAccess>::name().as_bytes();
		let grants = rekey_second_key::<
			Twox64Concat,
			Twox64Concat,
			OrganizationId,
			ConsentId,
			(),
			SortKey<ConsentId>,
		>(pallet, b"GrantsHeldBy", SortKey);
		let pending = rekey_second_key::<
			Twox64Concat,
			Twox64Concat,
			OrganizationId,
			EmergencyId,
			(),
			SortKey<EmergencyId>,
		>(pallet, b"PendingReviews", SortKey);
		let mut consents = 0u64;
		Consents::<T>::translate::<v1::ConsentV1<T::AccountId>, _>(|_, old| {
			consents = consents.saturating_add(1);
			Some(old.into())
		});
		// Each index entry is read, removed and written again; each consent read and written.
		let rekeyed = grants.saturating_add(pending);
		T::DbWeight::get().reads_writes(
			rekeyed.saturating_add(consents),
			rekeyed.saturating_mul(2).saturating_add(consents),
		)
	}

	#[cfg(feature = "try-runtime")]
	fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
		Ok(entries::<T, 3>(V2_ITEMS).encode())
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(before: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
		let before = <[u64; 3]>::decode(&mut before.as_slice())
			.map_err(|_| "MigrateToV2: the pre-upgrade counts do not decode")?;
		frame_support::ensure!(
			entries::<T, 3>(V2_ITEMS) == before,
			"MigrateToV2: an entry was lost"
		);
		Ok(())
	}
}

/// How many entries each of the pallet's storage items `items` holds, whatever their layout.
#[cfg(feature = "try-runtime")]
fn entries<T: Config, const N: usize>(items: [&[u8]; N]) -> [u64; N] {
	let pallet = <Pallet<T> as PalletInfoAccess>::name().as_bytes();
	items.map(|storage| {
		let prefix = frame_support::storage::storage_prefix(pallet, storage).to_vec();
		frame_support::storage::KeyPrefixIterator::new(prefix.clone(), prefix, |_| Ok(())).count()
			as u64
	})
}

/// The items [`MigrateToV2`] changes.
#[cfg(feature = "try-runtime")]
const V2_ITEMS: [&[u8]; 3] = [b"Consents", b"GrantsHeldBy", b"PendingReviews"];

/// The items [`MigrateToV3`] changes.
#[cfg(feature = "try-runtime")]
const V3_ITEMS: [&[u8]; 2] = [b"FreeCallAllowance", b"EmergencyAllowance"];

/// Migrates storage version 2 to 3 (see the module doc); does nothing at any other version.
/// Add it to the runtime's `Executive` migrations.
pub type MigrateToV3<T> =
	VersionedMigration<2, 3, InnerMigrateToV3<T>, Pallet<T>, <T as frame_system::Config>::DbWeight>;

/// The storage as it was at version 2.
pub mod v2 {
	use super::*;

	/// A fixed-window allowance as stored at version 2.
	#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Encode, Decode)]
	pub struct Allowance<BlockNumber> {
		/// The first block of the current window.
		pub window_start: BlockNumber,
		/// How much of the allowance this window used.
		pub used: u32,
	}
}

/// The body of [`MigrateToV3`], without the version check.
pub struct InnerMigrateToV3<T>(PhantomData<T>);

impl<T: Config> UncheckedOnRuntimeUpgrade for InnerMigrateToV3<T> {
	fn on_runtime_upgrade() -> Weight {
		let mut translated = 0u64;
		let mut rolling = |_: T::AccountId, old: v2::Allowance<BlockNumberFor<T>>| {
			translated = translated.saturating_add(1);
			Some(RecentUses::from_fixed_window(old.window_start, old.used))
		};
		FreeCallAllowance::<T>::translate(&mut rolling);
		EmergencyAllowance::<T>::translate(&mut rolling);
		T::DbWeight::get().reads_writes(translated, translated)
	}

	#[cfg(feature = "try-runtime")]
	fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
		Ok(entries::<T, 2>(V3_ITEMS).encode())
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(before: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
		let before = <[u64; 2]>::decode(&mut before.as_slice())
			.map_err(|_| "MigrateToV3: the pre-upgrade counts do not decode")?;
		frame_support::ensure!(
			entries::<T, 2>(V3_ITEMS) == before,
			"MigrateToV3: an allowance was lost"
		);
		Ok(())
	}
}
