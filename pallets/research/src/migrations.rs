//! Storage migrations of `pallet-research`. The runtime lists [`MigrateToV2`] among its
//! `Executive` migrations; it runs once (the on-chain version guards it).

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
