//! Organizations and roles: the types and the [`OrganizationInspect`] trait.

use codec::{Decode, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

use crate::bit_set::{bit_set, code_enum};

/// The identifier of a registered organization, assigned in order of registration.
pub type OrganizationId = u32;

code_enum! {
	/// What an organization is. It decides which roles make sense and what the organization may do
	/// in the other pallets (only a Provider anchors records, only a Payer publishes plans, ...).
	pub enum OrganizationKind {
		/// A healthcare provider: hospital, clinic, laboratory, practice.
		Provider,
		/// A payer: insurer or health plan.
		Payer,
		/// A research institution.
		ResearchInstitution,
		/// An ethics committee / institutional review board.
		EthicsCommittee,
		/// A regulator or public health authority.
		Regulator,
	}
}

code_enum! {
	/// A role a member holds in an organization.
	pub enum Role {
		/// Manages the organization's members (besides the organization's admin account).
		Admin,
		/// Treats patients: reads and writes clinical records under consent; opens emergency access.
		Clinician,
		/// Submits claims.
		Billing,
		/// Works on studies and accesses research datasets.
		Researcher,
		/// Reviews claims (payers) or studies (ethics committees).
		Reviewer,
		/// Reviews emergency accesses and answers patients' privacy questions.
		PrivacyOfficer,
	}
}

impl Role {
	/// Every role, in bit order.
	pub const ALL: [Role; 6] = [
		Role::Admin,
		Role::Clinician,
		Role::Billing,
		Role::Researcher,
		Role::Reviewer,
		Role::PrivacyOfficer,
	];

	/// The role's bit in a [`RoleSet`].
	pub const fn bit(self) -> u8 {
		1 << (self as u8)
	}
}

bit_set!(
	/// A set of [`Role`]s, one bit each.
	RoleSet(u8) of Role, valid = (1 << Role::ALL.len()) - 1
);

code_enum! {
	/// Why an account may not act for an organization. Pallets carry it in their errors
	/// (`Error::AccessDenied(AccessDenied)`, a `PalletError`), so a caller learns exactly what is
	/// missing.
	#[derive(frame_support::PalletError)]
	pub enum AccessDenied {
		/// No organization has this id.
		UnknownOrganization,
		/// The organization is suspended: none of its members may act for it.
		OrganizationSuspended,
		/// The organization is of another kind than the action needs.
		WrongKind,
		/// The account is not a member of the organization.
		NotAMember,
		/// The account is a member but does not hold the role.
		MissingRole,
		/// The member's credential has expired.
		CredentialExpired,
	}
}

/// What other pallets learn about an organization.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct OrganizationSummary<AccountId> {
	/// Its kind.
	pub kind: OrganizationKind,
	/// Whether it is active (not suspended).
	pub active: bool,
	/// Its own account (a keyless sub-account its admin spends from).
	pub account: AccountId,
	/// Where payments to the organization go: the payout account its admin named, or else
	/// [`Self::account`].
	pub payout: AccountId,
}

code_enum! {
	/// What still refers to an organization, so that it cannot be removed yet. Organizations
	/// answer it for their own items; every pallet that stores references to organizations
	/// answers it for its items through [`OrganizationReferences`].
	#[derive(frame_support::PalletError)]
	pub enum OrganizationUse {
		/// It still has members.
		Members,
		/// Its own account still holds funds (spend them first).
		Funds,
		/// A payer's health plans (claims) refer to it.
		Plans,
		/// A payer's escrow is still held.
		Escrow,
		/// A research institution's studies refer to it.
		Studies,
		/// Patients' consents are held by it.
		Consents,
	}
}

/// Implemented by every pallet that stores references to organizations: whether `org` is still
/// referred to, and by what. The registry refuses to remove an organization while any answers
/// `Some` (`remove_organization` fails with the answer). Tuples ask each member in order.
pub trait OrganizationReferences {
	/// The first kind of item that still refers to `org`, if any.
	fn in_use(org: OrganizationId) -> Option<OrganizationUse>;
}

/// How many items refer to each organization, from the organization each item names (e.g. the
/// payer of every plan): what a pallet's per-organization counter must hold, for its storage
/// migration and its `try_state` check.
pub fn count_per_organization(
	organizations: impl Iterator<Item = OrganizationId>,
) -> alloc::collections::BTreeMap<OrganizationId, u32> {
	let mut counts = alloc::collections::BTreeMap::<OrganizationId, u32>::new();
	for organization in organizations {
		let count = counts.entry(organization).or_default();
		*count = count.saturating_add(1);
	}
	counts
}

impl OrganizationReferences for () {
	fn in_use(_org: OrganizationId) -> Option<OrganizationUse> {
		None
	}
}

#[impl_trait_for_tuples::impl_for_tuples(1, 8)]
impl OrganizationReferences for Tuple {
	fn in_use(org: OrganizationId) -> Option<OrganizationUse> {
		for_tuples!( #( if let Some(used) = Tuple::in_use(org) { return Some(used); } )* );
		None
	}
}

/// The one rule behind every role check, shared by the registry and its fakes: the
/// organization must exist, be active and be of `kind`; the account must be a member whose
/// credential has not expired and who holds `role`. Checked in that order, so the reason names
/// the first thing missing.
///
/// - `organization`: the organization's kind and whether it is active, if it exists;
/// - `membership`: the member's roles and whether the credential has expired, if a member.
pub fn evaluate_access(
	organization: Option<(OrganizationKind, bool)>,
	kind: OrganizationKind,
	membership: Option<(RoleSet, bool)>,
	role: Role,
) -> Result<(), AccessDenied> {
	evaluate_organization(organization, kind)?;
	if !evaluate_credential(membership)?.names(role) {
		return Err(AccessDenied::MissingRole);
	}
	Ok(())
}

/// Whether an account may act for an organization of any kind, in any of its roles: the
/// organization exists and is active, the account is a member whose credential has not expired.
/// Returns the organization's kind.
pub fn evaluate_member(
	organization: Option<(OrganizationKind, bool)>,
	membership: Option<(RoleSet, bool)>,
) -> Result<OrganizationKind, AccessDenied> {
	let (kind, active) = organization.ok_or(AccessDenied::UnknownOrganization)?;
	if !active {
		return Err(AccessDenied::OrganizationSuspended);
	}
	evaluate_credential(membership)?;
	Ok(kind)
}

/// The membership half of the checks: a member, with a credential that has not expired.
fn evaluate_credential(membership: Option<(RoleSet, bool)>) -> Result<RoleSet, AccessDenied> {
	let (roles, expired) = membership.ok_or(AccessDenied::NotAMember)?;
	if expired {
		return Err(AccessDenied::CredentialExpired);
	}
	Ok(roles)
}

/// The organization half of [`evaluate_access`]: exists, is active, is of `kind`.
pub fn evaluate_organization(
	organization: Option<(OrganizationKind, bool)>,
	kind: OrganizationKind,
) -> Result<(), AccessDenied> {
	let (actual, active) = organization.ok_or(AccessDenied::UnknownOrganization)?;
	if !active {
		return Err(AccessDenied::OrganizationSuspended);
	}
	if actual != kind {
		return Err(AccessDenied::WrongKind);
	}
	Ok(())
}

/// The registry's answer to "who is this?", for the other pallets.
///
/// Every check uses the state and the time of the current block: a suspension or an expired
/// credential takes effect at once, without any sweep.
pub trait OrganizationInspect<AccountId> {
	/// The organization `org`, if registered.
	fn organization(org: OrganizationId) -> Option<OrganizationSummary<AccountId>>;

	/// `Ok` if `org` exists, is active and is of kind `kind`.
	fn ensure_active(org: OrganizationId, kind: OrganizationKind) -> Result<(), AccessDenied>;

	/// `Ok` if `who` is a member of the active organization `org` of kind `kind`, holds `role`
	/// and their credential has not expired.
	fn ensure_role(
		org: OrganizationId,
		who: &AccountId,
		kind: OrganizationKind,
		role: Role,
	) -> Result<(), AccessDenied>;

	/// [`Self::ensure_role`] for what a suspended organization may still do (a suspended payer
	/// takes back the escrow no pending claim needs): `Ok` if `org` exists, active or
	/// suspended, is of kind `kind`, and `who` holds `role` with an unexpired credential.
	fn ensure_role_even_if_suspended(
		org: OrganizationId,
		who: &AccountId,
		kind: OrganizationKind,
		role: Role,
	) -> Result<(), AccessDenied>;

	/// Whether `who` may act for `org` at all: an active organization (of any kind), a member
	/// with an unexpired credential in any role. Returns the organization's kind.
	fn ensure_member(
		org: OrganizationId,
		who: &AccountId,
	) -> Result<OrganizationKind, AccessDenied>;

	/// Whether `who` is a member of `org` in any role, whatever the organization's status or the
	/// credential's expiry, or was one and was removed (or left): for conflicts of interest that
	/// leaving does not end, e.g. an ethics reviewer deciding a study of their former
	/// institution.
	fn is_or_was_member(org: OrganizationId, who: &AccountId) -> bool;

	/// Who appointed `who` as a member of `org` (the account that added them and paid their
	/// member deposit), if `who` is a member: separation of duties, e.g. a clinician cannot be
	/// reviewed by a privacy officer they appointed.
	fn appointed_by(org: OrganizationId, who: &AccountId) -> Option<AccountId>;

	/// [`Self::ensure_role`] as a boolean.
	fn has_role(org: OrganizationId, who: &AccountId, kind: OrganizationKind, role: Role) -> bool {
		Self::ensure_role(org, who, kind, role).is_ok()
	}

	/// Registers an active organization of `kind` administered by `admin` and makes `member` a
	/// member with `role`, for other pallets' benchmarks.
	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_member(
		kind: OrganizationKind,
		admin: AccountId,
		member: AccountId,
		role: Role,
	) -> OrganizationId;

	/// For benchmarks: adds `member` with `role` to the existing organization `org`.
	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_add_member(org: OrganizationId, member: AccountId, role: Role);
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn role_sets_hold_exactly_their_roles() {
		let set = RoleSet::from_items(&[Role::Clinician, Role::PrivacyOfficer]);
		assert!(set.names(Role::Clinician));
		assert!(set.names(Role::PrivacyOfficer));
		assert!(!set.names(Role::Admin));
		assert_eq!(set.items().collect::<Vec<_>>(), vec![Role::Clinician, Role::PrivacyOfficer]);
		assert!(set.is_valid());
		assert!(RoleSet::empty().is_empty());
	}

	#[test]
	fn access_is_evaluated_in_order_and_names_the_first_missing_thing() {
		use AccessDenied::*;
		use OrganizationKind::*;
		let clinician = Some((RoleSet::from_items(&[Role::Clinician]), false));
		let check = |org, member, role| evaluate_access(org, Provider, member, role);
		assert_eq!(check(None, clinician, Role::Clinician), Err(UnknownOrganization));
		assert_eq!(
			check(Some((Payer, false)), clinician, Role::Clinician),
			Err(OrganizationSuspended)
		);
		assert_eq!(check(Some((Payer, true)), clinician, Role::Clinician), Err(WrongKind));
		assert_eq!(check(Some((Provider, true)), None, Role::Clinician), Err(NotAMember));
		let expired = Some((RoleSet::from_items(&[Role::Clinician]), true));
		assert_eq!(check(Some((Provider, true)), expired, Role::Billing), Err(CredentialExpired));
		assert_eq!(check(Some((Provider, true)), clinician, Role::Billing), Err(MissingRole));
		assert_eq!(check(Some((Provider, true)), clinician, Role::Clinician), Ok(()));
	}

	#[test]
	fn bits_outside_the_roles_are_invalid() {
		assert!(RoleSet(RoleSet::VALID_BITS).is_valid());
		assert!(!RoleSet(0b0100_0000).is_valid());
		assert!(!RoleSet(0b1000_0001).is_valid());
	}
}
