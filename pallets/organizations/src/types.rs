//! The data the registry stores and serves. Only codes, accounts, hashes and times: names,
//! addresses and credentials of organizations and people live off chain, behind
//! `metadata_hash`.
//!
//! Every type a query returns serializes (serde, `std`) the way the `healthchain_*` JSON-RPC
//! shows it: camelCase fields, kinds, statuses and roles as names, balances as decimal strings.

use alloc::vec::Vec;
use codec::MaxEncodedLen;
use frame_support::{traits::ConstU32, BoundedVec};
use healthchain_primitives::SaltedHash;
use healthchain_primitives::{Moment, OrganizationId, OrganizationKind, RoleSet};
#[cfg(feature = "std")]
use {core::fmt::Display, healthchain_primitives::serde_display, serde::Serialize};

healthchain_primitives::scale_codes! {
	/// Whether an organization may act. In JSON: `"Active"` or `"Suspended"`.
	#[cfg_attr(feature = "std", derive(serde::Serialize))]
	pub enum OrganizationStatus {
		/// Its members act for it.
		Active,
		/// Suspended by governance: every check fails for its members until it is reinstated.
		Suspended,
	}
}

healthchain_primitives::client_types! {
	/// A registered organization.
	///
	/// In JSON (with its id, as the queries return it): `{ "id", "kind", "admin", "metadataHash",
	/// "status", "account", "depositor", "deposit": "100", "memberCount", "registeredAt",
	/// "payout" }` (`payout` is `null` until the admin names a payout account).
	///
	/// Fields are only ever appended, so that clients reading an older layout keep working; each
	/// change comes with its storage migration ([`crate::migrations`]).
	#[derive(MaxEncodedLen)]
	#[cfg_attr(feature = "std", serde(bound = "AccountId: Serialize, Balance: Display"))]
	pub struct Organization<AccountId, Balance> {
		/// What it is (provider, payer, ...).
		pub kind: OrganizationKind,
		/// The account that manages its members, appointed by governance; the only account that
		/// spends from `account` ([`crate::Pallet::spend`]) and names `payout`.
		pub admin: AccountId,
		/// Hash of the off-chain document naming and credentialing the organization.
		pub metadata_hash: SaltedHash,
		/// Active or suspended.
		pub status: OrganizationStatus,
		/// Its own account, for payments to and from it (unless `payout` names another account
		/// for payments to it); derived from the pallet id and its id, nobody holds its key. Its
		/// admin spends from it with [`crate::Pallet::spend`].
		pub account: AccountId,
		/// Who paid the registration deposit (the admin at registration); it is returned to them.
		pub depositor: AccountId,
		/// The registration deposit held from `depositor`.
		#[cfg_attr(feature = "std", serde(serialize_with = "serde_display"))]
		pub deposit: Balance,
		/// How many members it has.
		pub member_count: u32,
		/// When it was registered.
		pub registered_at: Moment,
		/// The payout account its admin named ([`crate::Pallet::set_payout_account`]): where
		/// other pallets pay the organization (claim payments, for instance). `None`: they pay
		/// `account`. Added in storage version 3 ([`crate::migrations::MigrateToV3`]).
		pub payout: Option<AccountId>,
	}

	/// A member's place in an organization.
	///
	/// In JSON (with the member's account as its id, as [`crate::Pallet::members`] returns it):
	/// `{ "id", "roles": ["Clinician"], "expiresAt", "depositor", "deposit": "10", "since" }`.
	#[derive(MaxEncodedLen)]
	#[cfg_attr(feature = "std", serde(bound = "AccountId: Serialize, Balance: Display"))]
	pub struct Membership<AccountId, Balance> {
		/// The roles the member holds.
		pub roles: RoleSet,
		/// When the member's credential expires, if it does; from then on every check fails.
		pub expires_at: Option<Moment>,
		/// Who paid the member deposit; it is returned to them on removal.
		pub depositor: AccountId,
		/// The member deposit held from `depositor`.
		#[cfg_attr(feature = "std", serde(serialize_with = "serde_display"))]
		pub deposit: Balance,
		/// When the member was added.
		pub since: Moment,
	}

	/// One organization an account serves, as [`crate::Pallet::memberships_of`] reports it.
	pub struct AccountMembership {
		/// The organization.
		pub organization: OrganizationId,
		/// Its kind.
		pub kind: OrganizationKind,
		/// Whether the organization is active.
		pub organization_active: bool,
		/// The roles held.
		pub roles: RoleSet,
		/// When the credential expires, if it does.
		pub expires_at: Option<Moment>,
		/// Whether the credential has expired at the queried block.
		pub expired: bool,
	}

	/// Every organization an account serves, with its roles in each, in the order it joined them:
	/// the answer of [`crate::Pallet::memberships_of`].
	///
	/// In JSON: `{ "account", "memberships": [{ "organization", "kind", "organizationActive",
	/// "roles", "expiresAt", "expired" }] }`.
	pub struct AccountMemberships<AccountId> {
		/// The account asked about.
		pub account: AccountId,
		/// The organizations it serves (empty if none).
		pub memberships: Vec<AccountMembership>,
	}
}

/// The longest gateway endpoint URL the registry stores (bytes).
pub const MAX_ENDPOINT_LEN: u32 = 256;

/// An organization's gateway endpoint: the base URL (`https://…`) where other organizations'
/// gateways fetch the records it holds ([`crate::Pallet::set_endpoint`]). ASCII; an
/// organization's address, never a person's.
pub type Endpoint = BoundedVec<u8, ConstU32<MAX_ENDPOINT_LEN>>;

/// Whether `url` is an endpoint the registry accepts: `https://` and a host, or `http://` only
/// to this machine (`127.0.0.1`, `localhost`, `[::1]`: development and tests), then an optional
/// port (1–65535) and path; only printable ASCII without spaces, no user info (`@`), fragment
/// (`#`) or query (`?`), not ending in `/` (paths are appended to it). A host is a DNS name
/// (labels of letters, digits and inner hyphens, joined by dots), an IPv4 address, or an IPv6
/// address in brackets. Records and their salts travel to it: never in clear over a network.
pub fn is_valid_endpoint(url: &[u8]) -> bool {
	let printable =
		url.iter().all(|byte| byte.is_ascii_graphic() && !matches!(byte, b'#' | b'?' | b'@'));
	if !printable || url.ends_with(b"/") {
		return false;
	}
	let (rest, tls) = match (url.strip_prefix(b"https://"), url.strip_prefix(b"http://")) {
		(Some(rest), _) => (rest, true),
		(None, Some(rest)) => (rest, false),
		(None, None) => return false,
	};
	let authority = rest.split(|byte| *byte == b'/').next().unwrap_or_default();
	let Some((host, port)) = split_authority(authority) else { return false };
	if !is_valid_host(host) || !port.is_none_or(is_valid_port) {
		return false;
	}
	tls || [&b"127.0.0.1"[..], b"localhost", b"[::1]"].contains(&host)
}

/// `host` and `port` of `host[:port]` or `[ipv6][:port]`; `None` when anything follows a
/// bracketed host but a port.
fn split_authority(authority: &[u8]) -> Option<(&[u8], Option<&[u8]>)> {
	if authority.starts_with(b"[") {
		let close = authority.iter().position(|byte| *byte == b']')?;
		let (host, after) = authority.split_at(close + 1);
		match after {
			[] => Some((host, None)),
			[b':', port @ ..] => Some((host, Some(port))),
			_ => None,
		}
	} else {
		match authority.iter().position(|byte| *byte == b':') {
			Some(colon) => Some((&authority[..colon], Some(&authority[colon + 1..]))),
			None => Some((authority, None)),
		}
	}
}

/// A DNS name (IPv4 addresses are among them), or an IPv6 address in brackets.
fn is_valid_host(host: &[u8]) -> bool {
	match host {
		[b'[', address @ .., b']'] => {
			address.contains(&b':')
				&& address
					.iter()
					.all(|byte| byte.is_ascii_hexdigit() || matches!(byte, b':' | b'.'))
		},
		_ => {
			!host.is_empty()
				&& host.split(|byte| *byte == b'.').all(|label| {
					(1..=63).contains(&label.len())
						&& label.iter().all(|byte| byte.is_ascii_alphanumeric() || *byte == b'-')
						&& !label.starts_with(b"-")
						&& !label.ends_with(b"-")
				})
		},
	}
}

/// A decimal port from 1 to 65535.
fn is_valid_port(port: &[u8]) -> bool {
	(1..=5).contains(&port.len())
		&& port.iter().all(u8::is_ascii_digit)
		&& (1..=65_535).contains(&port.iter().fold(0u32, |n, digit| {
			n.saturating_mul(10).saturating_add(u32::from(digit.saturating_sub(b'0')))
		}))
}
