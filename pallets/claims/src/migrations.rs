//! Storage migrations of `pallet-claims`. The runtime lists them in order among its
//! `Executive` migrations; each runs once, guarded by the on-chain storage version, and is a
//! no-op on a chain already past it.
//!
//! - [`MigrateToV2`] (1 → 2): the claim indexes ([`ClaimsOfPatient`], [`ClaimsOfProvider`],
//!   [`ClaimsOfPlan`]) are re-keyed from `Twox64Concat` claim ids to [`SortKey`] claim ids under
//!   `Identity`, so that a patient's, provider's or plan's claims iterate in id order.
//! - [`MigrateToV3`] (2 → 3): [`PlansOfPayer`] is filled by counting the existing plans per
//!   payer, so that the registry learns in one read whether plans refer to an organization.

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

/// Version 3: each payer's plans are counted in [`PlansOfPayer`]. Add it to the runtime's
/// migrations after [`MigrateToV2`]; it runs once, when the pallet's on-chain storage version is
/// 2, and sets it to 3.
pub type MigrateToV3<T> = VersionedMigration<
	2,
	3,
	v3::UncheckedMigrateToV3<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;

/// The body of the migration to version 3.
pub mod v3 {
	use alloc::collections::btree_map::BTreeMap;

	use super::*;

	/// The number of plans of each payer, counted over [`Plans`] (one read per plan); payers
	/// without plans are absent. What [`PlansOfPayer`] must hold (`try_state` compares them).
	pub(crate) fn count_plans_per_payer<T: Config>() -> BTreeMap<OrganizationId, u32> {
		healthchain_primitives::count_per_organization(Plans::<T>::iter_values().map(|p| p.payer))
	}

	/// Writes each payer's number of plans into [`PlansOfPayer`]. It overwrites every counter
	/// it writes, so running it twice gives the same state. Unguarded: use it through
	/// [`MigrateToV3`], which checks and sets the storage version. One block: it reads every
	/// plan once.
	pub struct UncheckedMigrateToV3<T>(PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateToV3<T> {
		fn on_runtime_upgrade() -> Weight {
			let counts = count_plans_per_payer::<T>();
			let plans = counts.values().fold(0u64, |sum, n| sum.saturating_add(u64::from(*n)));
			let payers = counts.len() as u64;
			for (payer, count) in counts {
				PlansOfPayer::<T>::insert(payer, count);
			}
			// Each plan is read once; each payer's counter is written once.
			T::DbWeight::get().reads_writes(plans, payers)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
			use codec::Encode;
			// Keys, not values: a plan that no longer decodes would be missed by the count.
			Ok((Plans::<T>::iter_keys().count() as u64).encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			use codec::Decode;
			use frame_support::traits::GetStorageVersion;
			let plans = u64::decode(&mut state.as_slice())
				.map_err(|_| "the pre-upgrade plan count does not decode")?;
			let counted =
				PlansOfPayer::<T>::iter_values().fold(0u64, |sum, n| sum.saturating_add(n.into()));
			frame_support::ensure!(counted == plans, "the counters do not add up to the plans");
			frame_support::ensure!(
				PlansOfPayer::<T>::iter().collect::<BTreeMap<_, _>>()
					== count_plans_per_payer::<T>(),
				"a payer's counter differs from its plans"
			);
			frame_support::ensure!(
				Pallet::<T>::on_chain_storage_version() == 3,
				"the storage version is not 3"
			);
			Ok(())
		}
	}
}
