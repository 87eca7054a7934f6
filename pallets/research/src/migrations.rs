//! Storage migrations of `pallet-research`. The runtime lists them in order among its
//! `Executive` migrations; each runs once, guarded by the on-chain storage version, and is a
//! no-op on a chain already past it.
//!
//! - [`MigrateToV2`] (1 → 2): [`GrantsOfStudy`] is re-keyed into grant id order.
//! - [`MigrateToV3`] (2 → 3): [`StudiesOfInstitution`] is filled by counting the existing
//!   studies per institution, so that the registry learns in one read whether studies refer to
//!   an organization.
//! - [`MigrateToV4`] (3 → 4, issue #15): studies and grants record their deposits (those of
//!   ended studies and revoked grants are returned), grants their protocol version (version 0
//!   for the grants made before, on cohorts nobody attested: they give no access, the providers
//!   grant again), participations their attestations (none: participants count again once a
//!   provider attests them, so every study's cohort restarts at zero), [`StudiesOf`] indexes
//!   each patient's studies, and pools their claim window (opened at the upgrade for studies
//!   closed before, whose shares stay those of the old rule).

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

	/// Each study's first field, its institution, read whatever the layout of the rest.
	mod institutions {
		use crate::{Config, OrganizationId, Pallet, StudyId};

		/// [`crate::Studies`], decoding only each study's institution.
		#[frame_support::storage_alias]
		pub type Studies<T: Config> =
			StorageMap<Pallet<T>, frame_support::Twox64Concat, StudyId, OrganizationId>;
	}

	/// The number of studies of each institution, counted over [`Studies`] (one read per
	/// study, of any storage layout: only the institution, the first field, is decoded);
	/// institutions without studies are absent. What [`StudiesOfInstitution`] must hold.
	pub(crate) fn count_studies_per_institution<T: Config>() -> BTreeMap<OrganizationId, u32> {
		healthchain_primitives::count_per_organization(institutions::Studies::<T>::iter_values())
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

/// Storage version 3 to 4 (see the module docs). Add it to the runtime's migrations after
/// [`MigrateToV3`].
pub type MigrateToV4<T> = VersionedMigration<
	3,
	4,
	v4::UncheckedMigrateToV4<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;

/// The layouts of storage version 3, for the migration to version 4 and its tests.
pub mod v3_layout {
	use codec::{Decode, Encode, MaxEncodedLen};
	use frame_support::{storage_alias, Blake2_128Concat, Twox64Concat};
	use scale_info::TypeInfo;
	use sp_core::H256;

	use crate::*;

	/// A study of version 3: no deposit, no attested count.
	#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo)]
	pub struct Study<AccountId> {
		/// See [`crate::Study`].
		pub institution: OrganizationId,
		/// See [`crate::Study`].
		pub researcher: AccountId,
		/// See [`crate::Study`].
		pub protocol_hash: H256,
		/// See [`crate::Study`].
		pub version: u32,
		/// See [`crate::Study`].
		pub data_use: DataUse,
		/// See [`crate::Study`].
		pub purpose: StudyPurpose,
		/// See [`crate::Study`].
		pub categories: CategorySet,
		/// See [`crate::Study`].
		pub min_cohort: u32,
		/// See [`crate::Study`].
		pub registered_at: Moment,
		/// See [`crate::Study`].
		pub ends_at: Moment,
		/// See [`crate::Study`].
		pub status: StudyStatus,
		/// See [`crate::Study`].
		pub ethics: Option<(OrganizationId, AccountId)>,
		/// Participants consented to the current version (attested or not).
		pub cohort: u32,
	}

	/// A participation of version 3: no attestations.
	#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo)]
	pub struct Participation {
		/// See [`crate::Participation`].
		pub version: u32,
		/// See [`crate::Participation`].
		pub basis: Basis,
		/// See [`crate::Participation`].
		pub compensated: bool,
	}

	/// A grant of version 3: no protocol version, no deposit.
	#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo)]
	pub struct DataGrant<AccountId> {
		/// See [`crate::DataGrant`].
		pub study: StudyId,
		/// See [`crate::DataGrant`].
		pub provider: OrganizationId,
		/// See [`crate::DataGrant`].
		pub granted_by: AccountId,
		/// See [`crate::DataGrant`].
		pub dataset: H256,
		/// See [`crate::DataGrant`].
		pub record_count: u32,
		/// See [`crate::DataGrant`].
		pub expires_at: Moment,
		/// See [`crate::DataGrant`].
		pub revoked: bool,
		/// See [`crate::DataGrant`].
		pub accesses: u32,
	}

	/// A pool of version 3: no claim window.
	#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo)]
	pub struct Pool<AccountId, Balance> {
		/// See [`crate::Pool`].
		pub funder: AccountId,
		/// See [`crate::Pool`].
		pub funded: Balance,
		/// See [`crate::Pool`].
		pub paid: Balance,
		/// See [`crate::Pool`].
		pub share: Option<Balance>,
	}

	/// Studies of version 3.
	#[storage_alias]
	pub type Studies<T: Config> =
		StorageMap<Pallet<T>, Twox64Concat, StudyId, Study<<T as frame_system::Config>::AccountId>>;

	/// Participants of version 3.
	#[storage_alias]
	pub type Participants<T: Config> = StorageDoubleMap<
		Pallet<T>,
		Twox64Concat,
		StudyId,
		Blake2_128Concat,
		<T as frame_system::Config>::AccountId,
		Participation,
	>;

	/// Grants of version 3.
	#[storage_alias]
	pub type Grants<T: Config> = StorageMap<
		Pallet<T>,
		Twox64Concat,
		GrantId,
		DataGrant<<T as frame_system::Config>::AccountId>,
	>;

	/// Pools of version 3.
	#[storage_alias]
	pub type Pools<T: Config> = StorageMap<
		Pallet<T>,
		Twox64Concat,
		StudyId,
		Pool<<T as frame_system::Config>::AccountId, BalanceOf<T>>,
	>;
}

/// The body of [`MigrateToV4`].
pub mod v4 {
	use alloc::vec::Vec;

	#[cfg(feature = "try-runtime")]
	use codec::{Decode, Encode};
	use sp_runtime::traits::Zero;

	use super::*;

	/// Rewrites the research pallet's storage from version 3 to 4 (see the module docs).
	/// Unguarded: use it through [`MigrateToV4`]. One block: it reads every study,
	/// participation, grant and pool once.
	pub struct UncheckedMigrateToV4<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateToV4<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut items = 0u64;
			let now = T::Time::now();
			let mut closed: Vec<StudyId> = Vec::new();
			Studies::<T>::translate::<v3_layout::Study<T::AccountId>, _>(|id, old| {
				items = items.saturating_add(1);
				let ended = matches!(old.status, StudyStatus::Closed | StudyStatus::Rejected);
				let mut deposit = T::StudyDeposit::get();
				if ended {
					Pallet::<T>::release_deposit(&old.researcher, deposit);
					deposit = Zero::zero();
				}
				if old.status == StudyStatus::Closed {
					closed.push(id);
				}
				Some(Study {
					institution: old.institution,
					researcher: old.researcher,
					protocol_hash: old.protocol_hash,
					version: old.version,
					data_use: old.data_use,
					purpose: old.purpose,
					categories: old.categories,
					min_cohort: old.min_cohort,
					registered_at: old.registered_at,
					ends_at: old.ends_at,
					status: old.status,
					ethics: old.ethics,
					cohort: 0,
					attested: 0,
					deposit,
				})
			});
			// Participations: none attested; each indexed under its patient, except beyond
			// the bound, where it ends (it counted for nothing any more).
			let old: Vec<_> = v3_layout::Participants::<T>::iter().collect();
			for (study, patient, p) in old {
				items = items.saturating_add(1);
				let indexed =
					StudiesOf::<T>::try_mutate(&patient, |studies| studies.try_push(study)).is_ok();
				if indexed {
					Participants::<T>::insert(
						study,
						&patient,
						Participation {
							version: p.version,
							basis: p.basis,
							compensated: p.compensated,
							attested_by: BoundedVec::new(),
						},
					);
				} else {
					Participants::<T>::remove(study, &patient);
				}
			}
			Grants::<T>::translate::<v3_layout::DataGrant<T::AccountId>, _>(|_, old| {
				items = items.saturating_add(1);
				let mut deposit = T::GrantDeposit::get();
				if old.revoked {
					Pallet::<T>::release_deposit(&old.granted_by, deposit);
					deposit = Zero::zero();
				}
				Some(DataGrant {
					study: old.study,
					provider: old.provider,
					granted_by: old.granted_by,
					dataset: old.dataset,
					record_count: old.record_count,
					expires_at: old.expires_at,
					revoked: old.revoked,
					accesses: old.accesses,
					version: 0,
					deposit,
				})
			});
			let window = T::ClaimWindow::get();
			Pools::<T>::translate::<v3_layout::Pool<T::AccountId, BalanceOf<T>>, _>(|id, old| {
				items = items.saturating_add(1);
				let was_closed = closed.contains(&id);
				Some(Pool {
					funder: old.funder,
					funded: old.funded,
					paid: old.paid,
					share: old.share,
					claim_until: was_closed.then(|| now.saturating_add(window)),
					legacy: was_closed,
				})
			});
			// Each item is read and written once, plus a deposit release and an index write at
			// most.
			T::DbWeight::get().reads_writes(items.saturating_mul(2), items.saturating_mul(3))
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
			let counts = (
				v3_layout::Studies::<T>::iter_keys().count() as u64,
				v3_layout::Participants::<T>::iter_keys().count() as u64,
				v3_layout::Grants::<T>::iter_keys().count() as u64,
				v3_layout::Pools::<T>::iter_keys().count() as u64,
			);
			Ok(counts.encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let (studies, participants, grants, pools) =
				<(u64, u64, u64, u64)>::decode(&mut state.as_slice())
					.map_err(|_| "the pre-upgrade counts do not decode")?;
			ensure!(Studies::<T>::iter_values().count() as u64 == studies, "a study was lost");
			ensure!(
				Participants::<T>::iter_values().count() as u64 <= participants,
				"participations appeared"
			);
			ensure!(Grants::<T>::iter_values().count() as u64 == grants, "a grant was lost");
			ensure!(Pools::<T>::iter_values().count() as u64 == pools, "a pool was lost");
			ensure!(Pallet::<T>::on_chain_storage_version() == 4, "the storage version is not 4");
			Pallet::<T>::do_try_state()
		}
	}
}
