//! The `OrganizationsApi` runtime API: the organization registry's queries, forwarded from
//! `pallet-organizations` (`queries.rs`), for clients (Polkadot.js: `api.call.organizationsApi`)
//! and the node's `healthchain_*` JSON-RPC. Pages follow the one query contract
//! ([`healthchain_primitives::Page`]): items in id order, an exact `next_cursor`, at most
//! [`healthchain_primitives::MAX_PAGE`] items.

#![cfg_attr(not(feature = "std"), no_std)]

use codec::Codec;
pub use healthchain_primitives::{
	AccessDenied, IdPage, OrganizationId, OrganizationKind, Role, WithId,
};
pub use pallet_organizations::{
	AccountMembership, AccountMemberships, Membership, Organization, OrganizationStatus,
};

sp_api::decl_runtime_apis! {
	/// Queries of the organization registry.
	///
	/// Version 2: pages with cursors in id order (`Page`), items with their ids (`WithId`),
	/// `memberships_of` returns the account with its memberships.
	#[api_version(2)]
	pub trait OrganizationsApi<AccountId, Balance> where AccountId: Codec, Balance: Codec {
		/// The organization `id`, if registered.
		fn organization(id: OrganizationId) -> Option<WithId<OrganizationId, Organization<AccountId, Balance>>>;

		/// The organizations after `start_after`, in id order.
		fn organizations(start_after: Option<OrganizationId>, limit: u32) -> IdPage<OrganizationId, Organization<AccountId, Balance>>;

		/// The members of `organization` after `start_after`, in account order.
		fn members(organization: OrganizationId, start_after: Option<AccountId>, limit: u32) -> IdPage<AccountId, Membership<AccountId, Balance>>;

		/// Every organization `who` serves, with roles, expiry and whether they are usable now.
		fn memberships_of(who: AccountId) -> AccountMemberships<AccountId>;

		/// The check other pallets make: `Ok` if `who` is a member of the active organization
		/// `organization` of kind `kind`, holds `role` and has an unexpired credential.
		fn check_role(organization: OrganizationId, who: AccountId, kind: OrganizationKind, role: Role) -> Result<(), AccessDenied>;
	}
}
