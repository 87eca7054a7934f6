//! Storage migrations of the registry. Add [`MigrateToV2`] to the runtime's migrations once; it
//! runs only while the on-chain storage version is 1 and then sets it to 2. Its result is checked
//! by `try_state` (which try-runtime runs after the migrations): every membership still counted
//! by its organization and found from the reverse index under its new key.

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
