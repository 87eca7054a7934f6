//! Tests of `pallet-organizations`, one file per feature: the registry of organizations
//! (`registry.rs`), removal while something still refers to an organization (`removal.rs`),
//! members (`members.rs`), spending the organization's account (`funds.rs`), the payout account
//! (`payout.rs`), the checks other pallets rely on (`checks.rs`), the queries clients use
//! (`queries.rs`), genesis and the invariants (`genesis.rs`), and the storage migrations
//! (`migrations.rs`). The set-up every file shares is here.

#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

mod checks;
mod endpoint;
mod funds;
mod genesis;
mod members;
mod migrations;
mod payout;
mod queries;
mod registry;
mod removal;

use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use healthchain_primitives::{
	AccessDenied, OrganizationInspect, OrganizationKind, Page, Role, RoleSet, WithId,
};
use sp_core::H256;
use sp_runtime::{DispatchError, DispatchResult};

use crate::{mock::*, Error, HoldReason, NextOrganizationId};

/// The metadata hash of the organizations the tests register.
pub(crate) const META: H256 = H256::repeat_byte(0xab);

/// The roles of a member in most tests.
pub(crate) const BILLING: &[Role] = &[Role::Billing];

/// The role set of `r`.
pub(crate) fn roles(r: &[Role]) -> RoleSet {
	RoleSet::from_items(r)
}

/// The governance origin (the council's stand-in).
pub(crate) fn gov() -> RuntimeOrigin {
	RuntimeOrigin::signed(GOVERNOR)
}

/// Registers a Provider administered by ALICE; returns its id.
pub(crate) fn hospital() -> u32 {
	let id = NextOrganizationId::<Test>::get();
	assert_ok!(Organizations::register_organization(
		gov(),
		OrganizationKind::Provider,
		ALICE,
		META
	));
	id
}

/// `caller` adds `who` to `org` with `roles`, expiring at `expires_at`.
pub(crate) fn add(
	caller: u128,
	org: u32,
	who: u128,
	roles: RoleSet,
	expires_at: Option<u64>,
) -> DispatchResult {
	Organizations::add_member(RuntimeOrigin::signed(caller), org, who, roles, expires_at)
}

/// `caller` adds `who` to `org` with the roles `r`, no expiry.
pub(crate) fn add_member_as(caller: u128, org: u32, who: u128, r: &[Role]) -> DispatchResult {
	add(caller, org, who, roles(r), None)
}

/// ALICE (the hospital's admin in most tests) adds `who` to `org` with `r`, no expiry.
pub(crate) fn add_by_alice(org: u32, who: u128, r: &[Role]) {
	assert_ok!(add_member_as(ALICE, org, who, r));
}

/// Registers a hospital (see [`hospital`]) where ALICE adds `who` with the roles `r`; returns
/// its id.
pub(crate) fn hospital_with(who: u128, r: &[Role]) -> u32 {
	let h = hospital();
	add_by_alice(h, who, r);
	h
}

/// Registers a hospital where ALICE adds `who` with the roles `r` and a credential that expires
/// at `expires_at`; returns its id.
pub(crate) fn hospital_with_credential(who: u128, r: &[Role], expires_at: u64) -> u32 {
	let h = hospital();
	assert_ok!(add(ALICE, h, who, roles(r), Some(expires_at)));
	h
}

/// Checks what every governance call on an organization checks first: an unknown id fails with
/// `UnknownOrganization` and a signed origin with `BadOrigin`, changing nothing. Returns the id
/// of a newly registered hospital to go on with.
pub(crate) fn assert_governance_checks(call: impl Fn(RuntimeOrigin, u32) -> DispatchResult) -> u32 {
	let unknown = NextOrganizationId::<Test>::get() + 7;
	assert_noop!(call(gov(), unknown), Error::<Test>::UnknownOrganization);
	let h = hospital();
	assert_noop!(call(RuntimeOrigin::signed(ALICE), h), DispatchError::BadOrigin);
	h
}

/// [`MAX_MEMBERS`] distinct accounts below 256, out of order. Below 256 an account's
/// little-endian encoding (its key in `Members`) sorts as the numbers do.
pub(crate) fn scattered_accounts() -> Vec<u128> {
	(0..MAX_MEMBERS as u128).map(|i| (i * 37) % 251 + 5).collect()
}

/// Registers a hospital (see [`hospital`]) where ALICE adds each of `accounts` as a Billing
/// member, in this order; returns its id.
pub(crate) fn hospital_with_members(accounts: impl IntoIterator<Item = u128>) -> u32 {
	let h = hospital();
	for who in accounts {
		add_by_alice(h, who, BILLING);
	}
	h
}

/// What `who` has on hold for `reason`.
pub(crate) fn held(reason: HoldReason, who: u128) -> u64 {
	Balances::balance_on_hold(&reason.into(), &who)
}

/// Whether `who` holds `role` in the Provider `org` (the hospital of most tests).
pub(crate) fn provider_role(org: u32, who: u128, role: Role) -> bool {
	provider_check(org, who, role).is_ok()
}

/// The check other pallets make: may `who` act for the Provider `org` in `role`?
pub(crate) fn provider_check(org: u32, who: u128, role: Role) -> Result<(), AccessDenied> {
	Organizations::ensure_role(org, &who, OrganizationKind::Provider, role)
}

/// Every page of a list query from the start, `limit` items at a time, asserting that each
/// page but the last is full and ends at its cursor; returns the ids in the order served.
pub(crate) fn all_pages<Id: Clone + PartialEq + core::fmt::Debug, V>(
	limit: usize,
	mut page: impl FnMut(Option<Id>) -> Page<WithId<Id, V>, Id>,
) -> Vec<Id> {
	let mut served = Vec::new();
	let mut cursor = None;
	loop {
		let Page { items, next_cursor } = page(cursor);
		let ids: Vec<Id> = items.into_iter().map(|item| item.id).collect();
		served.extend(ids.iter().cloned());
		match next_cursor {
			Some(next) => {
				assert_eq!(ids.len(), limit, "only the last page may be short");
				assert_eq!(ids.last(), Some(&next), "the cursor is the page's last id");
				cursor = Some(next);
			},
			None => return served,
		}
	}
}
