//! `healthchain_*` JSON-RPC methods of the organization registry, served over the
//! `OrganizationsApi` runtime API at the best block or at the block hash given.
//!
//! | method | params | result |
//! |---|---|---|
//! | `healthchain_organization` | `id`, `at?` | an organization or `null` |
//! | `healthchain_organizations` | `cursor?`, `limit?` (≤ 1000, default 100), `at?` | `{ items, nextCursor }` |
//! | `healthchain_members` | `organization`, `cursor?`, `limit?`, `at?` | `{ items, nextCursor }` |
//! | `healthchain_rolesOf` | `account`, `at?` | `{ account, memberships }`: the organizations it serves, with roles |
//!
//! The paging conventions ([`Page`], [`page_limit`]), [`at_or_best`] and [`runtime_error`] are
//! shared by the other `healthchain_*` RPC modules.
//!
//! Balances are decimal strings (they exceed JavaScript's safe integers); accounts are SS58
//! strings; kinds, statuses and roles are their names.

use std::{fmt::Display, sync::Arc};

use codec::Codec;
use healthchain_primitives::{Moment, OrganizationId, OrganizationKind, Role};
use jsonrpsee::{
	core::RpcResult,
	proc_macros::rpc,
	types::error::{ErrorObject, ErrorObjectOwned},
};
use pallet_organizations_runtime_api::{Membership, Organization, OrganizationsApi};
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::H256;
use sp_runtime::traits::Block as BlockT;

/// The largest page a paged method returns.
pub const MAX_PAGE: u32 = 1000;
/// The page size when none is given.
pub const DEFAULT_PAGE: u32 = 100;

/// A page of results; pass `next_cursor` as `cursor` to get the next one (`null`: no more).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Page<T, C> {
	pub items: Vec<T>,
	pub next_cursor: Option<C>,
}

/// An organization as JSON.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrganizationView<AccountId> {
	pub id: OrganizationId,
	pub kind: OrganizationKind,
	pub admin: AccountId,
	pub account: AccountId,
	pub metadata_hash: H256,
	pub active: bool,
	pub member_count: u32,
	pub deposit: String,
	pub registered_at: Moment,
}

/// A member of an organization as JSON.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MemberView<AccountId> {
	pub account: AccountId,
	pub roles: Vec<Role>,
	pub expires_at: Option<Moment>,
	pub since: Moment,
	pub deposit: String,
}

/// One organization an account serves, as JSON.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RoleView {
	pub organization: OrganizationId,
	pub kind: OrganizationKind,
	pub organization_active: bool,
	pub roles: Vec<Role>,
	pub expires_at: Option<Moment>,
	pub expired: bool,
}

/// The organizations an account serves, as JSON.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RolesOfView<AccountId> {
	pub account: AccountId,
	pub memberships: Vec<RoleView>,
}

/// The registry's RPC methods.
#[rpc(client, server, namespace = "healthchain")]
pub trait OrganizationsRpc<BlockHash, AccountId> {
	/// The organization `id` (or `null`).
	#[method(name = "organization")]
	fn organization(
		&self,
		id: OrganizationId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<OrganizationView<AccountId>>>;

	/// A page of organizations.
	#[method(name = "organizations")]
	fn organizations(
		&self,
		cursor: Option<OrganizationId>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Page<OrganizationView<AccountId>, OrganizationId>>;

	/// A page of the members of `organization`.
	#[method(name = "members")]
	fn members(
		&self,
		organization: OrganizationId,
		cursor: Option<AccountId>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Page<MemberView<AccountId>, AccountId>>;

	/// The organizations `account` serves and its roles in each.
	#[method(name = "rolesOf")]
	fn roles_of(
		&self,
		account: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<RolesOfView<AccountId>>;
}

/// The methods, over a client that provides the runtime API with the chain's `Balance` type.
pub struct Organizations<C, Block, Balance> {
	client: Arc<C>,
	_marker: std::marker::PhantomData<(Block, Balance)>,
}

impl<C, Block, Balance> Organizations<C, Block, Balance> {
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _marker: Default::default() }
	}
}

impl<C: HeaderBackend<Block>, Block: BlockT, Balance> Organizations<C, Block, Balance> {
	fn at_or_best(&self, at: Option<Block::Hash>) -> Block::Hash {
		at_or_best(&*self.client, at)
	}
}

/// The block to query: the one asked for, else the best block. Shared by every `healthchain_*`
/// RPC module.
pub fn at_or_best<Block: BlockT, C: HeaderBackend<Block>>(
	client: &C,
	at: Option<Block::Hash>,
) -> Block::Hash {
	at.unwrap_or_else(|| client.info().best_hash)
}

/// JSON-RPC error codes of these methods.
pub mod error {
	/// The runtime API call failed (e.g. unknown block).
	pub const RUNTIME_ERROR: i32 = 1;
	/// Invalid parameters (limit above [`super::MAX_PAGE`] or zero).
	pub const INVALID_PARAMS: i32 = -32602;
}

/// The error of a failed runtime API call.
pub fn runtime_error(e: impl std::fmt::Debug) -> ErrorObjectOwned {
	ErrorObject::owned(error::RUNTIME_ERROR, "runtime API call failed", Some(format!("{e:?}")))
}

/// The page size asked for, checked.
pub fn page_limit(limit: Option<u32>) -> RpcResult<u32> {
	match limit.unwrap_or(DEFAULT_PAGE) {
		0 => Err(ErrorObject::owned(error::INVALID_PARAMS, "limit must be at least 1", None::<()>)),
		l if l > MAX_PAGE => Err(ErrorObject::owned(
			error::INVALID_PARAMS,
			format!("limit must be at most {MAX_PAGE}"),
			None::<()>,
		)),
		l => Ok(l),
	}
}

fn org_view<AccountId, Balance: Display>(
	id: OrganizationId,
	o: Organization<AccountId, Balance>,
) -> OrganizationView<AccountId> {
	OrganizationView {
		id,
		kind: o.kind,
		admin: o.admin,
		account: o.account,
		metadata_hash: o.metadata_hash,
		active: o.status == pallet_organizations_runtime_api::OrganizationStatus::Active,
		member_count: o.member_count,
		deposit: o.deposit.to_string(),
		registered_at: o.registered_at,
	}
}

fn member_view<AccountId, Balance: Display>(
	account: AccountId,
	m: Membership<AccountId, Balance>,
) -> MemberView<AccountId> {
	MemberView {
		account,
		roles: m.roles.items().collect(),
		expires_at: m.expires_at,
		since: m.since,
		deposit: m.deposit.to_string(),
	}
}

impl<C, Block, AccountId, Balance> OrganizationsRpcServer<Block::Hash, AccountId>
	for Organizations<C, Block, Balance>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: OrganizationsApi<Block, AccountId, Balance>,
	AccountId: Codec + Clone + Serialize + DeserializeOwned + Send + Sync + 'static,
	Balance: Codec + Display + Send + Sync + 'static,
{
	fn organization(
		&self,
		id: OrganizationId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<OrganizationView<AccountId>>> {
		let at = self.at_or_best(at);
		let org = self.client.runtime_api().organization(at, id).map_err(runtime_error)?;
		Ok(org.map(|o| org_view(id, o)))
	}

	fn organizations(
		&self,
		cursor: Option<OrganizationId>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<Page<OrganizationView<AccountId>, OrganizationId>> {
		let limit = page_limit(limit)?;
		let at = self.at_or_best(at);
		let orgs =
			self.client.runtime_api().organizations(at, cursor, limit).map_err(runtime_error)?;
		let next_cursor =
			if orgs.len() == limit as usize { orgs.last().map(|(id, _)| *id) } else { None };
		Ok(Page { items: orgs.into_iter().map(|(id, o)| org_view(id, o)).collect(), next_cursor })
	}

	fn members(
		&self,
		organization: OrganizationId,
		cursor: Option<AccountId>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<Page<MemberView<AccountId>, AccountId>> {
		let limit = page_limit(limit)?;
		let at = self.at_or_best(at);
		let members = self
			.client
			.runtime_api()
			.members(at, organization, cursor, limit)
			.map_err(runtime_error)?;
		let next_cursor = if members.len() == limit as usize {
			members.last().map(|(who, _)| who.clone())
		} else {
			None
		};
		Ok(Page {
			items: members.into_iter().map(|(who, m)| member_view(who, m)).collect(),
			next_cursor,
		})
	}

	fn roles_of(
		&self,
		account: AccountId,
		at: Option<Block::Hash>,
	) -> RpcResult<RolesOfView<AccountId>> {
		let at = self.at_or_best(at);
		let list =
			self.client.runtime_api().memberships_of(at, account.clone()).map_err(runtime_error)?;
		let memberships = list
			.into_iter()
			.map(|m| RoleView {
				organization: m.organization,
				kind: m.kind,
				organization_active: m.organization_active,
				roles: m.roles.items().collect(),
				expires_at: m.expires_at,
				expired: m.expired,
			})
			.collect();
		Ok(RolesOfView { account, memberships })
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn page_limits_are_checked() {
		assert_eq!(page_limit(None).unwrap(), DEFAULT_PAGE);
		assert_eq!(page_limit(Some(1000)).unwrap(), 1000);
		assert_eq!(page_limit(Some(1001)).unwrap_err().code(), error::INVALID_PARAMS);
		assert_eq!(page_limit(Some(0)).unwrap_err().code(), error::INVALID_PARAMS);
	}
}
