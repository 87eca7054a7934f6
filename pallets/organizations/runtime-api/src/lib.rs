//! The `OrganizationsApi` runtime API: what clients and the node's `healthchain_*` RPC methods
//! ask the organization registry. Pages hold at most 1000 items; a page's last key is the cursor
//! of the next.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;
pub use healthchain_primitives::{AccessDenied, OrganizationId, OrganizationKind, Role};
pub use pallet_organizations::{AccountMembership, Membership, Organization, OrganizationStatus};

sp_api::decl_runtime_apis! {
	/// Queries of the organization registry.
	pub trait OrganizationsApi<AccountId, Balance>
	where
		AccountId: Codec,
		Balance: Codec,
	{
		/// The organization `id`, if registered.
		fn organization(id: OrganizationId) -> Option<Organization<AccountId, Balance>>;

		/// Up to `limit` (≤ 1000) organizations after `start_after`, in storage order.
		fn organizations(
			start_after: Option<OrganizationId>,
			limit: u32,
		) -> Vec<(OrganizationId, Organization<AccountId, Balance>)>;

		/// Up to `limit` (≤ 1000) members of `organization` after `start_after`.
		fn members(
			organization: OrganizationId,
			start_after: Option<AccountId>,
			limit: u32,
		) -> Vec<(AccountId, Membership<AccountId, Balance>)>;

		/// Every organization `who` serves, with roles, expiry and whether they are usable now.
		fn memberships_of(who: AccountId) -> Vec<AccountMembership>;

		/// The check other pallets make: `Ok` if `who` is a member of the active organization
		/// `organization` of kind `kind`, holds `role` and has an unexpired credential.
		fn check_role(
			organization: OrganizationId,
			who: AccountId,
			kind: OrganizationKind,
			role: Role,
		) -> Result<(), AccessDenied>;
	}
}
