//! Storage migrations of the registry. Add each to the runtime's migrations, in this order; each
//! runs only while the pallet's on-chain storage version is its first number and then sets the
//! second, so a chain already past it skips it (and a new chain starts at the latest version):
//! - [`MigrateToV2`] (1 → 2): [`crate::Members`] keyed by account with the `Identity` hasher.
//!   Its result is checked by `try_state` (which try-runtime runs after the migrations): every
//!   membership still counted by its organization and found from the reverse index under its new
//!   key.
//! - [`MigrateToV3`] (2 → 3): every [`crate::Organizations`] entry gains the `payout` field (the
//!   account its admin names with [`crate::Pallet::set_payout_account`]), appended as `None`, so
//!   that organizations are paid to their own account as before. It checks itself under
//!   try-runtime: the same organizations before and after, each decoding in the new layout with
//!   every other field unchanged.

use core::marker::PhantomData;

use frame_support::{
	migrations::VersionedMigration,
	traits::{Get, PalletInfoAccess, UncheckedOnRuntimeUpgrade},
	weights::Weight,
	Blake2_128Concat, Twox64Concat,
};
use healthchain_primitives::rekey_second_key;

use crate::{Config, MembershipOf, OrganizationId, Pallet};

/// The name of [`crate::Members`] in storage.
const MEMBERS: &[u8] = b"Members";

/// The body of [`MigrateToV2`]: re-keys [`crate::Members`] from `(Twox64Concat organization,
/// Blake2_128Concat account)` to `(Twox64Concat organization, Identity account)`, keeping every
/// membership, so that an organization's members iterate in account order.
pub struct RekeyMembersByAccount<T>(PhantomData<T>);

impl<T: Config> UncheckedOnRuntimeUpgrade for RekeyMembersByAccount<T> {
	fn on_runtime_upgrade() -> Weight {
		let moved = rekey_second_key::<
			Twox64Concat,
			Blake2_128Concat,
			OrganizationId,
			T::AccountId,
			MembershipOf<T>,
			T::AccountId,
		>(Pallet::<T>::name().as_bytes(), MEMBERS, |who| who);
		log::info!(target: "runtime::organizations", "re-keyed {moved} members by account");
		// Each entry is read once, removed once and written once under its new key.
		T::DbWeight::get().reads_writes(moved.saturating_add(1), moved.saturating_mul(2))
	}
}

/// Storage version 1 → 2: [`crate::Members`] keyed by account with the `Identity` hasher
/// ([`RekeyMembersByAccount`]).
pub type MigrateToV2<T> = VersionedMigration<
	1,
	2,
	RekeyMembersByAccount<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;

/// Storage version 2 → 3: [`crate::Organization`] ends with `payout`, `None` for every existing
/// organization ([`inner::UncheckedMigrateV2ToV3`]).
pub type MigrateToV3<T> = VersionedMigration<
	2,
	3,
	inner::UncheckedMigrateV2ToV3<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;

/// The layout of storage version 2, read by [`MigrateToV3`].
mod v2 {
	use codec::{Decode, Encode};
	use healthchain_primitives::{Moment, OrganizationKind};
	use sp_core::H256;

	use crate::{BalanceOf, Config, OrganizationStatus};

	/// [`crate::Organization`] as storage version 2 kept it: the same fields in the same order,
	/// without `payout`.
	#[derive(Encode, Decode)]
	pub(super) struct Organization<AccountId, Balance> {
		pub kind: OrganizationKind,
		pub admin: AccountId,
		pub metadata_hash: H256,
		pub status: OrganizationStatus,
		pub account: AccountId,
		pub depositor: AccountId,
		pub deposit: Balance,
		pub member_count: u32,
		pub registered_at: Moment,
	}

	/// An organization of `T` in the version 2 layout.
	pub(super) type OrganizationOf<T> =
		Organization<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

	impl<AccountId, Balance> Organization<AccountId, Balance> {
		/// The organization in the version 3 layout: every field kept, no payout account named.
		pub(super) fn upgraded(self) -> crate::Organization<AccountId, Balance> {
			let Self {
				kind,
				admin,
				metadata_hash,
				status,
				account,
				depositor,
				deposit,
				member_count,
				registered_at,
			} = self;
			crate::Organization {
				kind,
				admin,
				metadata_hash,
				status,
				account,
				depositor,
				deposit,
				member_count,
				registered_at,
				payout: None,
			}
		}
	}

	/// The stored organization `raw` in the version 2 layout, if it is in it. No entry is in both
	/// layouts: a version 3 entry is a version 2 entry with `payout` appended, so it has bytes
	/// left over, and a version 2 entry lacks the `payout` byte.
	pub(super) fn decode<T: Config>(raw: &[u8]) -> Option<OrganizationOf<T>> {
		<OrganizationOf<T> as codec::DecodeAll>::decode_all(&mut &*raw).ok()
	}
}

/// The bodies of the migrations, without the version checks: use them through the
/// `MigrateTo…` types.
pub mod inner {
	use codec::DecodeAll;
	use frame_support::storage::unhashed;

	use super::*;
	use crate::{OrganizationOf, Organizations};

	/// The body of [`MigrateToV3`]: rewrites every [`crate::Organizations`] entry from the
	/// version 2 layout to the version 3 layout (`payout: None` appended). The organization
	/// counter is untouched: no entry is added or removed.
	///
	/// Entries already in the version 3 layout are left as they are, so running it twice
	/// changes nothing; an entry in neither layout is left as it is and logged (never removed:
	/// its deposit would stay held with no record of it).
	pub struct UncheckedMigrateV2ToV3<T>(PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateV2ToV3<T> {
		fn on_runtime_upgrade() -> Weight {
			let (mut seen, mut migrated, mut undecodable) = (0u64, 0u64, 0u64);
			// Rewriting the value of a key already visited does not disturb the iteration.
			for id in Organizations::<T>::iter_keys() {
				seen = seen.saturating_add(1);
				let key = Organizations::<T>::hashed_key_for(id);
				let Some(raw) = unhashed::get_raw(&key) else { continue };
				if let Some(old) = v2::decode::<T>(&raw) {
					unhashed::put(&key, &old.upgraded());
					migrated = migrated.saturating_add(1);
				} else if OrganizationOf::<T>::decode_all(&mut raw.as_slice()).is_err() {
					undecodable = undecodable.saturating_add(1);
					log::error!(
						target: "runtime::organizations",
						"organization {id} is in neither the version 2 nor the version 3 layout; left as it is"
					);
				}
			}
			log::info!(
				target: "runtime::organizations",
				"appended `payout: None` to {migrated} of {seen} organizations ({undecodable} undecodable)"
			);
			// Per entry: one step of the key iteration, one read of the value, at most one write;
			// plus the step that ends the iteration.
			T::DbWeight::get().reads_writes(seen.saturating_mul(2).saturating_add(1), migrated)
		}

		/// Every organization in the version 2 layout, with the organization counter: what
		/// [`Self::post_upgrade`] compares with. Fails if an entry is not in the version 2
		/// layout.
		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
			use codec::Encode;
			let mut before = alloc::vec::Vec::new();
			for id in Organizations::<T>::iter_keys() {
				let old = unhashed::get_raw(&Organizations::<T>::hashed_key_for(id))
					.and_then(|raw| v2::decode::<T>(&raw))
					.ok_or("MigrateToV3: an organization is not in the version 2 layout")?;
				before.push((id, old));
			}
			Ok((Organizations::<T>::count(), before).encode())
		}

		/// The same organizations as before, and as many as the counter says; each decodes in
		/// the version 3 layout, names no payout account and keeps every other field.
		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			use codec::Decode;
			use frame_support::ensure;
			let (count, before) =
				<(u32, alloc::vec::Vec<(OrganizationId, v2::OrganizationOf<T>)>)>::decode(
					&mut state.as_slice(),
				)
				.map_err(|_| "MigrateToV3: the pre-upgrade state does not decode")?;
			ensure!(Organizations::<T>::count() == count, "MigrateToV3: the counter changed");
			ensure!(
				Organizations::<T>::iter_keys().count() == before.len(),
				"MigrateToV3: organizations were added or lost"
			);
			for (id, old) in before {
				let new = Organizations::<T>::try_get(id)
					.map_err(|_| "MigrateToV3: an organization does not decode in version 3")?;
				ensure!(new.payout.is_none(), "MigrateToV3: an organization names a payout");
				// Field by field, not through `upgraded`, so that a mistake there shows.
				let same = new.kind == old.kind
					&& new.admin == old.admin
					&& new.metadata_hash == old.metadata_hash
					&& new.status == old.status
					&& new.account == old.account
					&& new.depositor == old.depositor
					&& new.deposit == old.deposit
					&& new.member_count == old.member_count
					&& new.registered_at == old.registered_at;
				ensure!(same, "MigrateToV3: an organization's fields changed");
			}
			Ok(())
		}
	}
}
