//! Storage migrations of `pallet-research`. The runtime lists them in order among its
//! `Executive` migrations; each runs once, guarded by the on-chain storage version, and is a
//! no-op on a chain already past it.
//!
//! - [`MigrateToV2`] (1 → 2): [`GrantsOfStudy`] is re-keyed into grant id order.
//! - [`MigrateToV3`] (2 → 3): [`StudiesOfInstitution`] is filled by counting the existing
//!   studies per institution, so that the registry learns in one read whether studies refer to
//!   an organization.

use crate::*;
use frame_support::{
	migrations::VersionedMigration,
	traits::{PalletInfoAccess, UncheckedOnRuntimeUpgrade},
};
use healthchain_primitives::{rekey_second_key, SortKey};

/// Storage version 1 to 2: [`GrantsOfStudy`] keys its grants by `Identity` + [`SortKey`]
/// instead of `Twox64Concat`, so that a study's grants iterate in grant id order (the query
/// [`Pallet::grants_of_study`] pages them so).
pub type MigrateToV2<T> = VersionedMigration<
	1,
	2,
	v2::RekeyGrantsOfStudy<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;

/// The body of [`MigrateToV2`].
pub mod v2 {
	use super::*;

	/// Re-keys every entry of [`GrantsOfStudy`] from `(Twox64Concat StudyId, Twox64Concat
	/// GrantId)` to `(Twox64Concat StudyId, Identity SortKey<GrantId>)`. Unguarded: use it
	/// through [`MigrateToV2`].
	pub struct RekeyGrantsOfStudy<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for RekeyGrantsOfStudy<T> {
		fn on_runtime_upgrade() -> Weight {
			let moved = rekey_second_key::<
				Twox64Concat,
				Twox64Concat,
				StudyId,
				GrantId,
				(),
				SortKey<GrantId>,
			>(Pallet::<T>::name().as_bytes(), b"GrantsOfStudy", SortKey);
			// Each entry is read, its old key removed and its new key written.
			T::DbWeight::get().reads_writes(moved, moved.saturating_mul(2))
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
			Ok((Grants::<T>::iter_keys().count() as u64).encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let grants = u64::decode(&mut state.as_slice())
				.map_err(|_| sp_runtime::TryRuntimeError::Other("undecodable pre-upgrade state"))?;
			ensure!(
				GrantsOfStudy::<T>::iter_keys().count() as u64 == grants,
				"every grant keeps exactly one index entry"
			);
			for (id, grant) in Grants::<T>::iter() {
				ensure!(
					GrantsOfStudy::<T>::contains_key(grant.study, SortKey(id)),
					"a grant is missing from its study's index"
				);
			}
			Ok(())
		}
	}
}

/// Storage version 2 to 3: each institution's studies are counted in [`StudiesOfInstitution`].
/// Add it to the runtime's migrations after [`MigrateToV2`]; it runs once, when the pallet's
/// on-chain storage version is 2, and sets it to 3.
pub type MigrateToV3<T> = VersionedMigration<
	2,
	3,
	v3::UncheckedMigrateToV3<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;

/// The body of [`MigrateToV3`].
pub mod v3 {
	use alloc::collections::btree_map::BTreeMap;

	use super::*;

	/// The number of studies of each institution, counted over [`Studies`] (one read per
	/// study); institutions without studies are absent. What [`StudiesOfInstitution`] must hold
	/// (`try_state` compares them).
	pub(crate) fn count_studies_per_institution<T: Config>() -> BTreeMap<OrganizationId, u32> {
		healthchain_primitives::count_per_organization(
			Studies::<T>::iter_values().map(|s| s.institution),
		)
	}

	/// Writes each institution's number of studies into [`StudiesOfInstitution`]. It
	/// overwrites every counter it writes, so running it twice gives the same state. Unguarded:
	/// use it through [`MigrateToV3`], which checks and sets the storage version. One block: it
	/// reads every study once.
	pub struct UncheckedMigrateToV3<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateToV3<T> {
		fn on_runtime_upgrade() -> Weight {
			let counts = count_studies_per_institution::<T>();
			let studies = counts.values().fold(0u64, |sum, n| sum.saturating_add(u64::from(*n)));
			let institutions = counts.len() as u64;
			for (institution, count) in counts {
				StudiesOfInstitution::<T>::insert(institution, count);
			}
			// Each study is read once; each institution's counter is written once.
			T::DbWeight::get().reads_writes(studies, institutions)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
			// Keys, not values: a study that no longer decodes would be missed by the count.
			Ok((Studies::<T>::iter_keys().count() as u64).encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let studies = u64::decode(&mut state.as_slice())
				.map_err(|_| sp_runtime::TryRuntimeError::Other("undecodable pre-upgrade state"))?;
			let counted = StudiesOfInstitution::<T>::iter_values()
				.fold(0u64, |sum, n| sum.saturating_add(n.into()));
			ensure!(counted == studies, "the counters do not add up to the studies");
			ensure!(
				StudiesOfInstitution::<T>::iter().collect::<BTreeMap<_, _>>()
					== count_studies_per_institution::<T>(),
				"an institution's counter differs from its studies"
			);
			ensure!(Pallet::<T>::on_chain_storage_version() == 3, "the storage version is not 3");
			Ok(())
		}
	}
}
