//! # Organizations
//!
//! The registry that answers "who is this?" for every healthcare rule on HealthChain: which
//! organizations are credentialed members of the consortium's network, of what kind, and which
//! accounts act for them in which roles.
//!
//! ## Terms
//! - *Organization*: a provider, payer, research institution, ethics committee or regulator
//!   ([`OrganizationKind`]). Registered, suspended, reinstated and removed only by the
//!   governance origin (the consortium council, Root in development). Its name and credentials
//!   live off chain; the chain keeps their hash ([`Organization::metadata_hash`]).
//! - *Organization account*: each organization's own account ([`Organization::account`],
//!   [`Pallet::organization_account`]), where it is paid unless it names a payout account, and
//!   where a payer's escrow is held. No one holds its key: its admin account spends its free
//!   balance with [`Pallet::spend`]; funds on hold on it are never spent that way.
//! - *Payout account*: the account other pallets pay the organization to (claim payments, for
//!   instance): the one its admin account names with [`Pallet::set_payout_account`]
//!   ([`Organization::payout`]), or else the organization account. Other pallets read it from
//!   [`OrganizationInspect::organization`] (the summary's `payout`), never from storage. Naming
//!   one lets an organization receive payments on an account it holds a key for (or a multisig
//!   of its officers) without a [`Pallet::spend`] for each; payments already made stay where
//!   they landed.
//! - *Admin*: the organization's managing account ([`Organization::admin`]), appointed by
//!   governance and rotated with [`Pallet::set_admin`]. It and members holding [`Role::Admin`]
//!   add, update and remove members and set the metadata; only the admin account spends and
//!   names the payout account.
//! - *Spending*: the admin account is the one key governance appointed for the organization, so
//!   it alone spends and decides where the organization is paid. An organization that wants a
//!   threshold of officers to approve payments makes its admin a `pallet-multisig` account: the
//!   threshold then needs no logic here. Members holding [`Role::Admin`] manage people, not money
//!   (separation of duties).
//! - *Member*: an account with a [`RoleSet`] (Clinician, Billing, Researcher, Reviewer,
//!   PrivacyOfficer, Admin) and an optional credential expiry. An account may serve several
//!   organizations.
//! - *Gateway endpoint*: the base URL of the organization's gateway ([`Endpoints`]), where
//!   other members' gateways fetch the records it holds. The registry is the consortium's PKI
//!   for that exchange: a request is signed by a member's key and the holder checks the
//!   signer's membership, role and organization here; no certificates outside the chain.
//! - *Deposits*: registering an organization holds [`Config::OrganizationDeposit`] from its
//!   admin; adding a member holds [`Config::MemberDeposit`] from the admin who adds it. Both are
//!   released to whoever paid them when the item is removed.
//! - *In use*: an organization something still refers to ([`Pallet::in_use`], an
//!   [`OrganizationUse`]): its members, any balance on its organization account (free or on
//!   hold), or items of the pallets in [`Config::References`] (a payer's plans or escrow, a
//!   research institution's studies, the consents patients gave it).
//!
//! Suspension and credential expiry take effect at once in every check
//! ([`OrganizationInspect`]), without any per-block sweep: checks compare with the current
//! block's status and time. A suspended organization adds and updates no members, changes no
//! metadata, spends nothing and keeps its payout account until governance reinstates it;
//! members may still be removed.
//!
//! ## Removal
//! Governance removes an organization only when it is not in use: otherwise
//! [`Pallet::remove_organization`] fails with [`Error::InUse`] naming the first thing in the
//! way, in this order: members (removed with [`Pallet::remove_member`]), what the other pallets
//! answer (escrow, plans, studies, consents), then funds on its account (spent by its admin,
//! which needs the organization active). A removed organization's members would act
//! for nothing, the funds on its keyless account could never be spent again, and plans, escrow,
//! studies and consents would refer to no one. Its id is never reused.
//!
//! ## Dispatchables
//! - [`Pallet::register_organization`] (governance): a new organization, deposit held.
//! - [`Pallet::suspend_organization`] / [`Pallet::reinstate_organization`] (governance).
//! - [`Pallet::remove_organization`] (governance): an organization no longer in use; deposit
//!   released.
//! - [`Pallet::set_admin`] (governance): hands the organization to another admin account.
//! - [`Pallet::set_metadata`] (admin): a new metadata hash, while the organization is active.
//! - [`Pallet::add_member`] / [`Pallet::update_member`] (admin): roles and expiry of a member.
//! - [`Pallet::remove_member`] (admin or governance): deposit released.
//! - [`Pallet::leave_organization`] (the member): deposit released to its payer.
//! - [`Pallet::spend`] (the admin account only): pays from the organization's account.
//! - [`Pallet::set_payout_account`] (the admin account only): where the organization is paid,
//!   while it is active.
//! - [`Pallet::set_endpoint`] (admin or governance): the organization's gateway endpoint, where
//!   other organizations' gateways fetch the records it holds.
//!
//! ## For other pallets
//! `Pallet<T>` implements [`OrganizationInspect`]: "is this account an active member of an
//! active organization of kind K with role R?", with a typed reason when it is not, and each
//! organization's summary with the account to pay it to. Pallets that store references to
//! organizations implement [`OrganizationReferences`] and are listed in [`Config::References`].
//!
//! ## For clients
//! The read-only queries the runtime API forwards are in `queries.rs`, each returning what a
//! client shows (lists as [`healthchain_primitives::Page`]s in id or account order, with exact
//! cursors): [`Pallet::organization`], [`Pallet::organizations`], [`Pallet::members`],
//! [`Pallet::memberships_of`], [`Pallet::check_role`]. [`Pallet::in_use`] is there too (not yet
//! in the runtime API). The invariants are in `try_state.rs`.
//!
//! ## Migrations
//! Storage migrations are in [`migrations`]; the runtime lists them all, in order, and each runs
//! only at its own storage version (in-code version: 3):
//! - [`migrations::MigrateToV2`] (1 → 2): [`Members`] keyed by account with the `Identity`
//!   hasher, so members iterate in account order.
//! - [`migrations::MigrateToV3`] (2 → 3): every stored [`Organization`] gains `payout` as its
//!   last field, `None`: organizations are paid to their own account until their admin names
//!   another. Checked by its own `pre_upgrade`/`post_upgrade` under try-runtime (same
//!   organizations and counter, every entry decodes, every other field unchanged).

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod inspect;
pub mod migrations;
#[cfg(test)]
mod mock;
mod queries;
#[cfg(test)]
mod tests;
#[cfg(any(feature = "try-runtime", feature = "std"))]
mod try_state;
pub mod types;
pub mod weights;

use alloc::vec::Vec;

use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{Inspect, Mutate, MutateHold},
		tokens::{Fortitude, Precision, Preservation},
		Time,
	},
	PalletId,
};
use frame_system::pallet_prelude::*;
use healthchain_primitives::SaltedHash;
pub use healthchain_primitives::{
	AccessDenied, Moment, OrganizationId, OrganizationInspect, OrganizationKind,
	OrganizationReferences, OrganizationUse, Role, RoleSet,
};
pub use pallet::*;
pub use queries::MAX_ORGANIZATION_SCAN;
use sp_core::H256;
use sp_runtime::traits::{AccountIdConversion, Zero};
pub use types::*;
pub use weights::WeightInfo;

/// The balance type of the configured currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
/// A member in the genesis config: `(organization, member, roles, expires_at)`.
pub type GenesisMember<AccountId> = (OrganizationId, AccountId, Vec<Role>, Option<Moment>);
/// An organization as stored.
pub type OrganizationOf<T> = Organization<<T as frame_system::Config>::AccountId, BalanceOf<T>>;
/// A membership as stored.
pub type MembershipOf<T> = Membership<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version: 2 since [`Members`] keys accounts with the `Identity`
	/// hasher ([`crate::migrations::MigrateToV2`]); 3 since [`Organization`] ends with its
	/// `payout` account ([`crate::migrations::MigrateToV3`]).
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(3);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching hold reason, for deposits.
		type RuntimeHoldReason: From<HoldReason>;

		/// The currency deposits are held in.
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ Mutate<Self::AccountId>;

		/// Who registers, suspends, reinstates and removes organizations: the consortium
		/// council (or Root).
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The current time (milliseconds since the Unix epoch), for credential expiry.
		type Time: Time<Moment = Moment>;

		/// Derives each organization's own account: `PalletId` sub-account of its id.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// Held from the admin when an organization is registered: pays for its storage item.
		#[pallet::constant]
		type OrganizationDeposit: Get<BalanceOf<Self>>;

		/// Held from the admin who adds a member: pays for the membership and its index entry.
		#[pallet::constant]
		type MemberDeposit: Get<BalanceOf<Self>>;

		/// The most members one organization may have; bounds its removal work and storage.
		#[pallet::constant]
		type MaxMembersPerOrganization: Get<u32>;

		/// The most organizations one account may serve; bounds the reverse index an account's
		/// roles are read from.
		#[pallet::constant]
		type MaxOrganizationsPerAccount: Get<u32>;

		/// The pallets that store references to organizations (the runtime sets the tuple of
		/// consent, claims and research): [`Pallet::remove_organization`] refuses to remove an
		/// organization while any of them still refers to it, with their answer
		/// ([`OrganizationReferences::in_use`]).
		type References: OrganizationReferences;

		/// Weights of the calls, from benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit of a registered organization.
		#[codec(index = 0)]
		OrganizationDeposit,
		/// The deposit of a membership.
		#[codec(index = 1)]
		MemberDeposit,
	}

	/// The id the next registered organization gets.
	#[pallet::storage]
	pub type NextOrganizationId<T> = StorageValue<_, OrganizationId, ValueQuery>;

	/// Registered organizations by id.
	#[pallet::storage]
	pub type Organizations<T: Config> =
		CountedStorageMap<_, Twox64Concat, OrganizationId, OrganizationOf<T>>;

	/// Members of each organization: organization id, then account. An organization's members
	/// iterate in account order (the account's encoded bytes), the order [`Pallet::members`]
	/// pages in.
	///
	/// The account is the raw key (`Identity` hasher), which is safe here. Keys a caller could
	/// choose freely would let them pile entries under one long shared prefix and deepen the trie
	/// (longer reads and proofs for every key below it); but members are chosen by the
	/// organization's admin, each one costs a [`Config::MemberDeposit`], and
	/// [`Config::MaxMembersPerOrganization`] bounds them, so an organization's subtree stays
	/// small. The first key (`Twox64Concat` of an id the chain hands out) keeps each
	/// organization's members under its own prefix.
	#[pallet::storage]
	pub type Members<T: Config> =
		StorageDoubleMap<_, Twox64Concat, OrganizationId, Identity, T::AccountId, MembershipOf<T>>;

	/// Former members: `(organization, account)` for every account removed from an
	/// organization (or that left it), kept so that a conflict of interest outlives the
	/// membership ([`OrganizationInspect::is_or_was_member`]). Written by every removal since
	/// runtime 106; earlier removals are not known.
	#[pallet::storage]
	pub type FormerMembers<T: Config> =
		StorageDoubleMap<_, Twox64Concat, OrganizationId, Blake2_128Concat, T::AccountId, ()>;

	/// The organizations an account serves (reverse index of [`Members`]), in the order it
	/// joined them.
	#[pallet::storage]
	pub type MembershipsOf<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<OrganizationId, T::MaxOrganizationsPerAccount>,
		ValueQuery,
	>;

	/// Each organization's gateway endpoint, where other organizations' gateways fetch the
	/// records it holds ([`Pallet::set_endpoint`]). Set by its admin or by governance; removed
	/// with the organization.
	#[pallet::storage]
	pub type Endpoints<T: Config> = StorageMap<_, Twox64Concat, OrganizationId, Endpoint>;

	/// Organizations and members that exist from genesis (the development preset's demo
	/// registry). Deposits are held from the admins as if they had been registered later.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// `(kind, admin, metadata_hash)`, registered with ids 0, 1, 2, ... in this order.
		pub organizations: Vec<(OrganizationKind, T::AccountId, SaltedHash)>,
		/// `(organization, member, roles, expires_at)`, added by the organization's admin.
		pub members: Vec<GenesisMember<T::AccountId>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (kind, admin, metadata_hash) in &self.organizations {
				Pallet::<T>::do_register(*kind, admin.clone(), *metadata_hash)
					.expect("genesis organizations are valid and their admins can pay the deposit");
			}
			for (org, who, roles, expires_at) in &self.members {
				let admin = Organizations::<T>::get(org)
					.expect("genesis members belong to genesis organizations")
					.admin;
				Pallet::<T>::do_add_member(
					&admin,
					*org,
					who.clone(),
					RoleSet::from_items(roles),
					*expires_at,
				)
				.expect("genesis members are valid and their admins can pay the deposit");
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An organization was registered.
		OrganizationRegistered {
			organization: OrganizationId,
			kind: OrganizationKind,
			admin: T::AccountId,
			account: T::AccountId,
		},
		/// An organization was suspended: its members cannot act for it.
		OrganizationSuspended { organization: OrganizationId },
		/// A suspended organization was reinstated.
		OrganizationReinstated { organization: OrganizationId },
		/// An organization was removed and its deposit released.
		OrganizationRemoved { organization: OrganizationId },
		/// An organization has a new admin account.
		AdminChanged { organization: OrganizationId, admin: T::AccountId },
		/// An organization's metadata hash changed.
		MetadataUpdated { organization: OrganizationId, metadata_hash: SaltedHash },
		/// A member was added.
		MemberAdded {
			organization: OrganizationId,
			who: T::AccountId,
			roles: RoleSet,
			expires_at: Option<Moment>,
		},
		/// A member's roles or expiry changed.
		MemberUpdated {
			organization: OrganizationId,
			who: T::AccountId,
			roles: RoleSet,
			expires_at: Option<Moment>,
		},
		/// A member was removed (by an admin, by governance or by leaving).
		MemberRemoved { organization: OrganizationId, who: T::AccountId },
		/// The organization's admin paid `amount` from the organization's account to `to`.
		Spent { organization: OrganizationId, to: T::AccountId, amount: BalanceOf<T> },
		/// The organization's admin named the account it is paid to (`None`: its own account).
		PayoutAccountSet { organization: OrganizationId, payout: Option<T::AccountId> },
		/// The organization's gateway endpoint changed (`None`: it has none).
		EndpointSet { organization: OrganizationId, endpoint: Option<Endpoint> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No organization has this id.
		UnknownOrganization,
		/// The caller is neither the organization's admin nor a member with the Admin role.
		NotAdmin,
		/// The organization is suspended.
		OrganizationSuspended,
		/// The organization is already suspended.
		AlreadySuspended,
		/// The organization is not suspended.
		NotSuspended,
		/// The organization still has members. No longer returned: [`Pallet::remove_organization`]
		/// fails with [`Error::InUse`]`(`[`OrganizationUse::Members`]`)` instead. Kept so that
		/// the errors after it keep their indices.
		HasMembers,
		/// The account is already a member of the organization.
		AlreadyMember,
		/// The account is not a member of the organization.
		NotMember,
		/// A member needs at least one role.
		NoRoles,
		/// The role set holds bits that name no role.
		InvalidRoles,
		/// The credential expiry is not in the future.
		ExpiryInPast,
		/// The organization has `MaxMembersPerOrganization` members.
		TooManyMembers,
		/// The account serves `MaxOrganizationsPerAccount` organizations.
		TooManyMemberships,
		/// The payer cannot afford the deposit.
		InsufficientBalance,
		/// The new admin is the current one.
		SameAdmin,
		/// No organization id is left.
		IdsExhausted,
		/// The caller is not the organization's admin account. Members holding the Admin role
		/// manage members; they cannot spend the organization's funds.
		NotAdminAccount,
		/// The amount to spend is zero.
		ZeroAmount,
		/// The organization's account has less than the amount in free balance (funds on hold,
		/// such as a payer's escrow, cannot be spent).
		InsufficientFunds,
		/// The organization cannot be removed yet: something still refers to it, named here
		/// (its members, funds on its own account, or other pallets' plans, escrow, studies or
		/// consents). Clear that first.
		InUse(OrganizationUse),
		/// The endpoint is not a base URL the registry accepts ([`is_valid_endpoint`]):
		/// `https://` and a host (`http://` only to this machine), printable ASCII, no user
		/// info, query, fragment or trailing `/`.
		InvalidEndpoint,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxMembersPerOrganization::get() > 0);
			assert!(T::MaxOrganizationsPerAccount::get() > 0);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Registers an organization of `kind` administered by `admin`.
		///
		/// - Origin: [`Config::GovernanceOrigin`].
		/// - Holds [`Config::OrganizationDeposit`] from `admin`.
		/// - Emits [`Event::OrganizationRegistered`] with the new id and the organization's
		///   own account.
		/// - Fails with [`Error::InsufficientBalance`] or [`Error::IdsExhausted`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_organization())]
		pub fn register_organization(
			origin: OriginFor<T>,
			kind: OrganizationKind,
			admin: T::AccountId,
			metadata_hash: SaltedHash,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_register(kind, admin, metadata_hash).map(|_| ())
		}

		/// Suspends an organization: from this block on, none of its members passes any check.
		///
		/// - Origin: [`Config::GovernanceOrigin`].
		/// - Emits [`Event::OrganizationSuspended`].
		/// - Fails with [`Error::UnknownOrganization`] or [`Error::AlreadySuspended`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::suspend_organization())]
		pub fn suspend_organization(
			origin: OriginFor<T>,
			organization: OrganizationId,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::transition(
				organization,
				OrganizationStatus::Active,
				OrganizationStatus::Suspended,
				Error::<T>::AlreadySuspended,
			)?;
			Self::deposit_event(Event::OrganizationSuspended { organization });
			Ok(())
		}

		/// Reinstates a suspended organization.
		///
		/// - Origin: [`Config::GovernanceOrigin`].
		/// - Emits [`Event::OrganizationReinstated`].
		/// - Fails with [`Error::UnknownOrganization`] or [`Error::NotSuspended`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::reinstate_organization())]
		pub fn reinstate_organization(
			origin: OriginFor<T>,
			organization: OrganizationId,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::transition(
				organization,
				OrganizationStatus::Suspended,
				OrganizationStatus::Active,
				Error::<T>::NotSuspended,
			)?;
			Self::deposit_event(Event::OrganizationReinstated { organization });
			Ok(())
		}

		/// Removes an organization nothing refers to any more and releases its deposit to
		/// whoever paid it. Its id is never reused.
		///
		/// Removal is refused while anything still refers to the organization
		/// ([`Pallet::in_use`]): a removed organization's members would act for nothing, the funds
		/// on its keyless account could never be spent again, and the other pallets' items
		/// (plans, escrow, studies, consents) would point to no one.
		///
		/// - Origin: [`Config::GovernanceOrigin`].
		/// - Emits [`Event::OrganizationRemoved`].
		/// - Fails with [`Error::UnknownOrganization`] or [`Error::InUse`] naming what still
		///   refers to it: [`OrganizationUse::Members`] (remove them with
		///   [`Pallet::remove_member`]), [`OrganizationUse::Funds`] (its admin spends them with
		///   [`Pallet::spend`]; funds on hold are released by the pallet that holds them), or what
		///   [`Config::References`] answers.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::remove_organization())]
		pub fn remove_organization(
			origin: OriginFor<T>,
			organization: OrganizationId,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			let org =
				Organizations::<T>::get(organization).ok_or(Error::<T>::UnknownOrganization)?;
			if let Some(used) = Self::use_of(organization, &org) {
				return Err(Error::<T>::InUse(used).into());
			}

			T::Currency::release(
				&HoldReason::OrganizationDeposit.into(),
				&org.depositor,
				org.deposit,
				Precision::BestEffort,
			)?;
			Organizations::<T>::remove(organization);
			Endpoints::<T>::remove(organization);
			Self::deposit_event(Event::OrganizationRemoved { organization });
			Ok(())
		}

		/// Hands an organization to another admin account (e.g. after a key rotation). The
		/// registration deposit stays with whoever paid it.
		///
		/// - Origin: [`Config::GovernanceOrigin`].
		/// - Emits [`Event::AdminChanged`].
		/// - Fails with [`Error::UnknownOrganization`] or [`Error::SameAdmin`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::set_admin())]
		pub fn set_admin(
			origin: OriginFor<T>,
			organization: OrganizationId,
			admin: T::AccountId,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Organizations::<T>::try_mutate(organization, |maybe| -> DispatchResult {
				let org = maybe.as_mut().ok_or(Error::<T>::UnknownOrganization)?;
				ensure!(org.admin != admin, Error::<T>::SameAdmin);
				org.admin = admin.clone();
				Ok(())
			})?;
			Self::deposit_event(Event::AdminChanged { organization, admin });
			Ok(())
		}

		/// Sets the hash of the organization's off-chain metadata document, while it is active.
		/// A suspended organization's metadata stays as it was when governance suspended it:
		/// governance reinstates it first.
		///
		/// - Origin: signed by the organization's admin or a member with [`Role::Admin`].
		/// - Emits [`Event::MetadataUpdated`].
		/// - Fails with [`Error::UnknownOrganization`], [`Error::NotAdmin`] or
		///   [`Error::OrganizationSuspended`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::set_metadata())]
		pub fn set_metadata(
			origin: OriginFor<T>,
			organization: OrganizationId,
			metadata_hash: SaltedHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut org =
				Organizations::<T>::get(organization).ok_or(Error::<T>::UnknownOrganization)?;
			Self::ensure_admin(organization, &org, &who)?;
			ensure!(org.status == OrganizationStatus::Active, Error::<T>::OrganizationSuspended);
			org.metadata_hash = metadata_hash;
			Organizations::<T>::insert(organization, org);
			Self::deposit_event(Event::MetadataUpdated { organization, metadata_hash });
			Ok(())
		}

		/// Adds `who` to an active organization with `roles` and an optional credential expiry.
		///
		/// - Origin: signed by the organization's admin or a member with [`Role::Admin`].
		/// - Holds [`Config::MemberDeposit`] from the caller.
		/// - Emits [`Event::MemberAdded`].
		/// - Fails with [`Error::UnknownOrganization`], [`Error::NotAdmin`],
		///   [`Error::OrganizationSuspended`], [`Error::AlreadyMember`], [`Error::NoRoles`],
		///   [`Error::InvalidRoles`], [`Error::ExpiryInPast`], [`Error::TooManyMembers`],
		///   [`Error::TooManyMemberships`] or [`Error::InsufficientBalance`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::add_member())]
		pub fn add_member(
			origin: OriginFor<T>,
			organization: OrganizationId,
			who: T::AccountId,
			roles: RoleSet,
			expires_at: Option<Moment>,
		) -> DispatchResult {
			let caller = ensure_signed(origin)?;
			Self::do_add_member(&caller, organization, who, roles, expires_at)
		}

		/// Changes the roles and the credential expiry of a member of an active organization.
		///
		/// - Origin: signed by the organization's admin or a member with [`Role::Admin`].
		/// - Emits [`Event::MemberUpdated`].
		/// - Fails with [`Error::UnknownOrganization`], [`Error::NotAdmin`],
		///   [`Error::OrganizationSuspended`], [`Error::NotMember`], [`Error::NoRoles`],
		///   [`Error::InvalidRoles`] or [`Error::ExpiryInPast`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::update_member())]
		pub fn update_member(
			origin: OriginFor<T>,
			organization: OrganizationId,
			who: T::AccountId,
			roles: RoleSet,
			expires_at: Option<Moment>,
		) -> DispatchResult {
			let caller = ensure_signed(origin)?;
			let org =
				Organizations::<T>::get(organization).ok_or(Error::<T>::UnknownOrganization)?;
			Self::ensure_admin(organization, &org, &caller)?;
			ensure!(org.status == OrganizationStatus::Active, Error::<T>::OrganizationSuspended);
			let mut membership =
				Members::<T>::get(organization, &who).ok_or(Error::<T>::NotMember)?;
			Self::ensure_valid_roles_and_expiry(roles, expires_at)?;

			membership.roles = roles;
			membership.expires_at = expires_at;
			Members::<T>::insert(organization, &who, membership);
			Self::deposit_event(Event::MemberUpdated { organization, who, roles, expires_at });
			Ok(())
		}

		/// Removes a member and releases the member deposit to whoever paid it. Works on
		/// suspended organizations too.
		///
		/// - Origin: signed by the organization's admin or a member with [`Role::Admin`], or
		///   [`Config::GovernanceOrigin`].
		/// - Emits [`Event::MemberRemoved`].
		/// - Fails with [`Error::UnknownOrganization`], [`Error::NotAdmin`] or
		///   [`Error::NotMember`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::remove_member(T::MaxOrganizationsPerAccount::get()))]
		pub fn remove_member(
			origin: OriginFor<T>,
			organization: OrganizationId,
			who: T::AccountId,
		) -> DispatchResult {
			let org =
				Organizations::<T>::get(organization).ok_or(Error::<T>::UnknownOrganization)?;
			match T::GovernanceOrigin::try_origin(origin) {
				Ok(_) => {},
				Err(origin) => {
					let caller = ensure_signed(origin)?;
					Self::ensure_admin(organization, &org, &caller)?;
				},
			}
			Self::do_remove_member(organization, org, who)
		}

		/// Leaves an organization; the member deposit goes back to whoever paid it.
		///
		/// - Origin: signed by the member.
		/// - Emits [`Event::MemberRemoved`].
		/// - Fails with [`Error::UnknownOrganization`] or [`Error::NotMember`].
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::remove_member(T::MaxOrganizationsPerAccount::get()))]
		pub fn leave_organization(
			origin: OriginFor<T>,
			organization: OrganizationId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let org =
				Organizations::<T>::get(organization).ok_or(Error::<T>::UnknownOrganization)?;
			Self::do_remove_member(organization, org, who)
		}

		/// Pays `amount` from the organization's own account ([`Organization::account`]) to
		/// `dest`: how an organization spends what it is paid (claim payments, for instance).
		///
		/// Only the admin account ([`Organization::admin`]) spends, never members holding
		/// [`Role::Admin`]:
		/// - the admin account is the one key governance appointed for the organization, and it
		///   rotates with [`Pallet::set_admin`];
		/// - an organization that wants a threshold of officers to approve a payment makes its
		///   admin a `pallet-multisig` account: the threshold exists without new logic here;
		/// - Admin members manage people, not money (separation of duties).
		///
		/// The transfer moves free balance only, and may empty the account (it has no key, so
		/// no one needs it kept alive). Funds on hold on it (a payer's escrow) are untouched: while
		/// anything is on hold, the existential deposit stays too. If the spend leaves less than
		/// the existential deposit, that remainder is lost as dust, as with any transfer that
		/// empties an account.
		///
		/// - Origin: signed by the organization's admin account.
		/// - Emits [`Event::Spent`].
		/// - Fails with [`Error::UnknownOrganization`], [`Error::NotAdminAccount`],
		///   [`Error::OrganizationSuspended`], [`Error::ZeroAmount`] or
		///   [`Error::InsufficientFunds`]; with the currency's error if `dest` cannot receive
		///   `amount` (e.g. a new account below the existential deposit).
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::spend())]
		pub fn spend(
			origin: OriginFor<T>,
			organization: OrganizationId,
			dest: T::AccountId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let org =
				Organizations::<T>::get(organization).ok_or(Error::<T>::UnknownOrganization)?;
			ensure!(org.admin == who, Error::<T>::NotAdminAccount);
			ensure!(org.status == OrganizationStatus::Active, Error::<T>::OrganizationSuspended);
			ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
			let spendable = T::Currency::reducible_balance(
				&org.account,
				Preservation::Expendable,
				Fortitude::Polite,
			);
			ensure!(amount <= spendable, Error::<T>::InsufficientFunds);

			T::Currency::transfer(&org.account, &dest, amount, Preservation::Expendable)?;
			Self::deposit_event(Event::Spent { organization, to: dest, amount });
			Ok(())
		}

		/// Names the account the organization is paid to ([`Organization::payout`]), or with
		/// `None` goes back to its own account ([`Organization::account`]). Other pallets pay
		/// the organization there ([`OrganizationInspect::organization`] answers it as the
		/// summary's `payout`), e.g. claim payments to a provider: an account the organization
		/// holds a key for (or a multisig of its officers) receives them directly, without a
		/// [`Pallet::spend`] each time. Payments made before the change stay where they landed.
		///
		/// The same account that spends decides where payments go: the admin account, never
		/// members holding [`Role::Admin`] (see [`Pallet::spend`]).
		///
		/// - Origin: signed by the organization's admin account.
		/// - Emits [`Event::PayoutAccountSet`].
		/// - Fails with [`Error::UnknownOrganization`], [`Error::NotAdminAccount`] or
		///   [`Error::OrganizationSuspended`].
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::set_payout_account())]
		pub fn set_payout_account(
			origin: OriginFor<T>,
			organization: OrganizationId,
			payout: Option<T::AccountId>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut org =
				Organizations::<T>::get(organization).ok_or(Error::<T>::UnknownOrganization)?;
			ensure!(org.admin == who, Error::<T>::NotAdminAccount);
			ensure!(org.status == OrganizationStatus::Active, Error::<T>::OrganizationSuspended);

			org.payout = payout.clone();
			Organizations::<T>::insert(organization, org);
			Self::deposit_event(Event::PayoutAccountSet { organization, payout });
			Ok(())
		}

		/// Sets the organization's gateway endpoint (`None` removes it): the base URL where
		/// other organizations' gateways ask it for the records it holds, with requests signed
		/// by their members' keys and checked against this registry. Governed like the rest of
		/// the registry: the organization's admin sets it while the organization is active, and
		/// governance can set or clear it at any time (a compromised endpoint).
		///
		/// - Origin: signed by the organization's admin or a member with [`Role::Admin`], or
		///   [`Config::GovernanceOrigin`].
		/// - Emits [`Event::EndpointSet`].
		/// - Fails with [`Error::UnknownOrganization`], [`Error::NotAdmin`],
		///   [`Error::OrganizationSuspended`] (its admin, while suspended) or
		///   [`Error::InvalidEndpoint`].
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::set_endpoint())]
		pub fn set_endpoint(
			origin: OriginFor<T>,
			organization: OrganizationId,
			endpoint: Option<Endpoint>,
		) -> DispatchResult {
			let org =
				Organizations::<T>::get(organization).ok_or(Error::<T>::UnknownOrganization)?;
			if let Err(origin) = T::GovernanceOrigin::try_origin(origin) {
				let who = ensure_signed(origin)?;
				Self::ensure_admin(organization, &org, &who)?;
				ensure!(
					org.status == OrganizationStatus::Active,
					Error::<T>::OrganizationSuspended
				);
			}
			if let Some(url) = &endpoint {
				ensure!(is_valid_endpoint(url), Error::<T>::InvalidEndpoint);
			}
			Endpoints::<T>::set(organization, endpoint.clone());
			Self::deposit_event(Event::EndpointSet { organization, endpoint });
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The account of organization `id`: a sub-account of the pallet id nobody holds a key of.
	/// Its admin account spends from it with [`Pallet::spend`].
	pub fn organization_account(id: OrganizationId) -> T::AccountId {
		T::PalletId::get().into_sub_account_truncating(id)
	}

	/// Moves `organization` from status `from` to `to`; fails with `wrong_status` if it is not
	/// in `from`.
	fn transition(
		organization: OrganizationId,
		from: OrganizationStatus,
		to: OrganizationStatus,
		wrong_status: Error<T>,
	) -> DispatchResult {
		Organizations::<T>::try_mutate(organization, |maybe| -> DispatchResult {
			let org = maybe.as_mut().ok_or(Error::<T>::UnknownOrganization)?;
			ensure!(org.status == from, wrong_status);
			org.status = to;
			Ok(())
		})
	}

	fn hold(reason: HoldReason, who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		T::Currency::hold(&reason.into(), who, amount)
			.map_err(|_| Error::<T>::InsufficientBalance.into())
	}

	/// Registers an organization (shared by the call and genesis).
	pub(crate) fn do_register(
		kind: OrganizationKind,
		admin: T::AccountId,
		metadata_hash: H256,
	) -> Result<OrganizationId, DispatchError> {
		let id = NextOrganizationId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
		let deposit = T::OrganizationDeposit::get();
		Self::hold(HoldReason::OrganizationDeposit, &admin, deposit)?;

		let account = Self::organization_account(id);
		let organization = Organization {
			kind,
			admin: admin.clone(),
			metadata_hash,
			status: OrganizationStatus::Active,
			account: account.clone(),
			depositor: admin.clone(),
			deposit,
			member_count: 0,
			registered_at: T::Time::now(),
			payout: None,
		};
		Organizations::<T>::insert(id, organization);
		NextOrganizationId::<T>::put(next);
		Self::deposit_event(Event::OrganizationRegistered {
			organization: id,
			kind,
			admin,
			account,
		});
		Ok(id)
	}

	/// Adds a member on behalf of `caller` (shared by the call and genesis).
	pub(crate) fn do_add_member(
		caller: &T::AccountId,
		organization: OrganizationId,
		who: T::AccountId,
		roles: RoleSet,
		expires_at: Option<Moment>,
	) -> DispatchResult {
		let mut org =
			Organizations::<T>::get(organization).ok_or(Error::<T>::UnknownOrganization)?;
		Self::ensure_admin(organization, &org, caller)?;
		ensure!(org.status == OrganizationStatus::Active, Error::<T>::OrganizationSuspended);
		ensure!(!Members::<T>::contains_key(organization, &who), Error::<T>::AlreadyMember);
		Self::ensure_valid_roles_and_expiry(roles, expires_at)?;
		ensure!(org.member_count < T::MaxMembersPerOrganization::get(), Error::<T>::TooManyMembers);
		org.member_count = org.member_count.checked_add(1).ok_or(Error::<T>::TooManyMembers)?;
		let mut memberships = MembershipsOf::<T>::get(&who);
		memberships.try_push(organization).map_err(|_| Error::<T>::TooManyMemberships)?;
		let deposit = T::MemberDeposit::get();
		Self::hold(HoldReason::MemberDeposit, caller, deposit)?;

		Members::<T>::insert(
			organization,
			&who,
			Membership {
				roles,
				expires_at,
				depositor: caller.clone(),
				deposit,
				since: T::Time::now(),
			},
		);
		MembershipsOf::<T>::insert(&who, memberships);
		Organizations::<T>::insert(organization, org);
		Self::deposit_event(Event::MemberAdded { organization, who, roles, expires_at });
		Ok(())
	}

	fn do_remove_member(
		organization: OrganizationId,
		mut org: OrganizationOf<T>,
		who: T::AccountId,
	) -> DispatchResult {
		let membership = Members::<T>::get(organization, &who).ok_or(Error::<T>::NotMember)?;
		T::Currency::release(
			&HoldReason::MemberDeposit.into(),
			&membership.depositor,
			membership.deposit,
			Precision::BestEffort,
		)?;

		org.member_count = org.member_count.saturating_sub(1);
		Organizations::<T>::insert(organization, org);
		Members::<T>::remove(organization, &who);
		FormerMembers::<T>::insert(organization, &who, ());
		MembershipsOf::<T>::mutate_exists(&who, |maybe| {
			if let Some(list) = maybe {
				list.retain(|id| *id != organization);
				if list.is_empty() {
					*maybe = None;
				}
			}
		});
		Self::deposit_event(Event::MemberRemoved { organization, who });
		Ok(())
	}

	/// `Ok` if `who` manages `org`: its admin account, or a member holding [`Role::Admin`]
	/// whose credential has not expired.
	fn ensure_admin(
		organization: OrganizationId,
		org: &OrganizationOf<T>,
		who: &T::AccountId,
	) -> DispatchResult {
		if &org.admin == who {
			return Ok(());
		}
		let is_admin_member = Members::<T>::get(organization, who).is_some_and(|m| {
			m.roles.names(Role::Admin) && !Self::is_expired(m.expires_at, T::Time::now())
		});
		ensure!(is_admin_member, Error::<T>::NotAdmin);
		Ok(())
	}

	fn ensure_valid_roles_and_expiry(roles: RoleSet, expires_at: Option<Moment>) -> DispatchResult {
		ensure!(roles.is_valid(), Error::<T>::InvalidRoles);
		ensure!(!roles.is_empty(), Error::<T>::NoRoles);
		if let Some(expiry) = expires_at {
			ensure!(expiry > T::Time::now(), Error::<T>::ExpiryInPast);
		}
		Ok(())
	}

	/// Whether a credential expiring at `expires_at` has expired at `now`.
	pub(crate) fn is_expired(expires_at: Option<Moment>, now: Moment) -> bool {
		expires_at.is_some_and(|expiry| expiry <= now)
	}
}
