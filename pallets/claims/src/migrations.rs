//! Storage migrations of `pallet-claims`.
//!
//! - [`MigrateToV2`]: the claim indexes ([`ClaimsOfPatient`], [`ClaimsOfProvider`],
//!   [`ClaimsOfPlan`]) are re-keyed from `Twox64Concat` claim ids to [`SortKey`] claim ids under
//!   `Identity`, so that a patient's, provider's or plan's claims iterate in id order.

use core::marker::PhantomData;

use frame_support::{
	migrations::VersionedMigration,
	traits::{Get, PalletInfoAccess, UncheckedOnRuntimeUpgrade},
	weights::Weight,
	Blake2_128Concat, Twox64Concat,
};
use healthchain_primitives::rekey_second_key;

use crate::*;

/// Version 2: the claim indexes iterate in id order. Add it to the runtime's migrations; it runs
/// once, when the pallet's on-chain storage version is 1, and sets it to 2.
pub type MigrateToV2<T> = VersionedMigration<
	1,
	2,
	v2::RekeyClaimIndexes<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;

/// The layout of storage version 1, for the migration's checks and tests.
pub mod v1 {
	use frame_support::{storage_alias, Blake2_128Concat, Twox64Concat};

	use crate::{ClaimId, Config, OrganizationId, Pallet, PlanId};

	/// Claims of each patient, by `Twox64Concat` claim id.
	#[storage_alias]
	pub type ClaimsOfPatient<T: Config> = StorageDoubleMap<
		Pallet<T>,
		Blake2_128Concat,
		<T as frame_system::Config>::AccountId,
		Twox64Concat,
		ClaimId,
		(),
	>;

	/// Claims of each provider, by `Twox64Concat` claim id.
	#[storage_alias]
	pub type ClaimsOfProvider<T: Config> =
		StorageDoubleMap<Pallet<T>, Twox64Concat, OrganizationId, Twox64Concat, ClaimId, ()>;

	/// Claims against each plan, by `Twox64Concat` claim id.
	#[storage_alias]
	pub type ClaimsOfPlan<T: Config> =
		StorageDoubleMap<Pallet<T>, Twox64Concat, PlanId, Twox64Concat, ClaimId, ()>;
}

/// The body of the migration to version 2.
pub mod v2 {
	use super::*;

	/// Re-keys the three claim indexes in place, keeping every entry (use it through
	/// [`MigrateToV2`], which checks and sets the storage version).
	pub struct RekeyClaimIndexes<T>(PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for RekeyClaimIndexes<T> {
		fn on_runtime_upgrade() -> Weight {
			let pallet = <Pallet<T> as PalletInfoAccess>::name().as_bytes();
			let patients =
				rekey_second_key::<Blake2_128Concat, Twox64Concat, T::AccountId, ClaimId, (), _>(
					pallet,
					b"ClaimsOfPatient",
					SortKey,
				);
			let providers =
				rekey_second_key::<Twox64Concat, Twox64Concat, OrganizationId, ClaimId, (), _>(
					pallet,
					b"ClaimsOfProvider",
					SortKey,
				);
			let plans = rekey_second_key::<Twox64Concat, Twox64Concat, PlanId, ClaimId, (), _>(
				pallet,
				b"ClaimsOfPlan",
				SortKey,
			);
			let moved = patients.saturating_add(providers).saturating_add(plans);
			// Each entry is read, its old key removed and its new key written.
			T::DbWeight::get().reads_writes(moved, moved.saturating_mul(2))
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
			use codec::Encode;
			let counts = (
				v1::ClaimsOfPatient::<T>::iter_keys().count() as u64,
				v1::ClaimsOfProvider::<T>::iter_keys().count() as u64,
				v1::ClaimsOfPlan::<T>::iter_keys().count() as u64,
			);
			Ok(counts.encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			use codec::Decode;
			let before = <(u64, u64, u64)>::decode(&mut state.as_slice())
				.map_err(|_| "the pre-upgrade counts do not decode")?;
			let after = (
				ClaimsOfPatient::<T>::iter_keys().count() as u64,
				ClaimsOfProvider::<T>::iter_keys().count() as u64,
				ClaimsOfPlan::<T>::iter_keys().count() as u64,
			);
			frame_support::ensure!(before == after, "claim index entries were lost");
			Ok(())
		}
	}
}
