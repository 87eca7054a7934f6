//! Fakes of the traits in this crate (the organization, consent and record registries), for the
//! mock runtimes of pallets that depend on them. They keep their state in thread-locals: each
//! test (one thread) starts from an empty registry and sets up exactly what it needs.

use core::cell::RefCell;
use std::collections::BTreeMap;

use crate::{
	evaluate_access, evaluate_member, evaluate_organization, AccessDenied, Action, ConsentId,
	ConsentInspect, DataCategory, Decision, DenyReason, OrganizationId, OrganizationInspect,
	OrganizationKind, OrganizationSummary, Purpose, RecordFacts, RecordId, RecordsInspect, Role,
	RoleSet,
};

#[derive(Clone)]
struct FakeOrganization {
	kind: OrganizationKind,
	active: bool,
	account: u64,
	members: BTreeMap<u64, (RoleSet, bool)>,
}

thread_local! {
	static ORGANIZATIONS: RefCell<BTreeMap<OrganizationId, FakeOrganization>> =
		const { RefCell::new(BTreeMap::new()) };
}

/// An in-memory organization registry for mock runtimes whose `AccountId` is `u64`.
///
/// ```
/// use healthchain_primitives::{fakes::FakeOrganizations, *};
/// FakeOrganizations::reset();
/// FakeOrganizations::add_organization(7, OrganizationKind::Provider, 700);
/// FakeOrganizations::add_member(7, 1, &[Role::Clinician]);
/// assert!(FakeOrganizations::has_role(7, &1, OrganizationKind::Provider, Role::Clinician));
/// FakeOrganizations::set_active(7, false);
/// assert_eq!(
///     FakeOrganizations::ensure_role(7, &1, OrganizationKind::Provider, Role::Clinician),
///     Err(AccessDenied::OrganizationSuspended),
/// );
/// ```
pub struct FakeOrganizations;

impl FakeOrganizations {
	/// Forgets every organization.
	pub fn reset() {
		ORGANIZATIONS.with(|orgs| orgs.borrow_mut().clear());
	}

	/// Registers an active organization with its own `account`.
	pub fn add_organization(org: OrganizationId, kind: OrganizationKind, account: u64) {
		ORGANIZATIONS.with(|orgs| {
			orgs.borrow_mut().insert(
				org,
				FakeOrganization { kind, active: true, account, members: BTreeMap::new() },
			)
		});
	}

	/// Suspends (`false`) or reinstates (`true`) an organization.
	pub fn set_active(org: OrganizationId, active: bool) {
		Self::with_org(org, |o| o.active = active);
	}

	/// Makes `who` a member of `org` with `roles` (replacing earlier roles).
	pub fn add_member(org: OrganizationId, who: u64, roles: &[Role]) {
		Self::with_org(org, |o| {
			o.members.insert(who, (RoleSet::from_items(roles), false));
		});
	}

	/// Marks the credential of `who` in `org` as expired.
	pub fn expire_member(org: OrganizationId, who: u64) {
		Self::with_org(org, |o| {
			if let Some(member) = o.members.get_mut(&who) {
				member.1 = true;
			}
		});
	}

	/// Removes `who` from `org`.
	pub fn remove_member(org: OrganizationId, who: u64) {
		Self::with_org(org, |o| {
			o.members.remove(&who);
		});
	}

	fn with_org(org: OrganizationId, f: impl FnOnce(&mut FakeOrganization)) {
		ORGANIZATIONS.with(|orgs| {
			if let Some(o) = orgs.borrow_mut().get_mut(&org) {
				f(o)
			}
		});
	}

	fn get(org: OrganizationId) -> Option<FakeOrganization> {
		ORGANIZATIONS.with(|orgs| orgs.borrow().get(&org).cloned())
	}
}

impl OrganizationInspect<u64> for FakeOrganizations {
	fn organization(org: OrganizationId) -> Option<OrganizationSummary<u64>> {
		Self::get(org).map(|o| OrganizationSummary {
			kind: o.kind,
			active: o.active,
			account: o.account,
		})
	}

	fn ensure_active(org: OrganizationId, kind: OrganizationKind) -> Result<(), AccessDenied> {
		evaluate_organization(Self::get(org).map(|o| (o.kind, o.active)), kind)
	}

	fn ensure_role(
		org: OrganizationId,
		who: &u64,
		kind: OrganizationKind,
		role: Role,
	) -> Result<(), AccessDenied> {
		let o = Self::get(org);
		let membership = o.as_ref().and_then(|o| o.members.get(who).copied());
		evaluate_access(o.map(|o| (o.kind, o.active)), kind, membership, role)
	}

	fn ensure_member(org: OrganizationId, who: &u64) -> Result<OrganizationKind, AccessDenied> {
		let o = Self::get(org);
		let membership = o.as_ref().and_then(|o| o.members.get(who).copied());
		evaluate_member(o.map(|o| (o.kind, o.active)), membership)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_member(
		kind: OrganizationKind,
		admin: u64,
		member: u64,
		role: Role,
	) -> OrganizationId {
		let org = ORGANIZATIONS.with(|orgs| orgs.borrow().keys().last().map_or(0, |id| id + 1));
		Self::add_organization(org, kind, admin);
		Self::add_member(org, member, &[role]);
		org
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_add_member(org: OrganizationId, member: u64, role: Role) {
		Self::add_member(org, member, &[role]);
	}
}

thread_local! {
	static CONSENTS: RefCell<BTreeMap<(u64, OrganizationId), Vec<FakeConsentTerms>>> =
		const { RefCell::new(BTreeMap::new()) };
}

#[derive(Clone, Copy)]
struct FakeConsentTerms {
	id: ConsentId,
	purpose: Purpose,
	category: DataCategory,
	action: Action,
}

/// An in-memory consent registry for mock runtimes whose `AccountId` is `u64`: it permits
/// exactly the (patient, organization, purpose, category, action) tuples it was given and denies
/// everything else with `NoConsent`.
///
/// ```
/// use healthchain_primitives::{fakes::FakeConsent, *};
/// FakeConsent::reset();
/// FakeConsent::permit(1, 7, Purpose::Treatment, DataCategory::LabResults, Action::Write);
/// let eval = |c| FakeConsent::evaluate(&1, 7, Purpose::Treatment, c, Action::Write);
/// assert!(matches!(eval(DataCategory::LabResults), Decision::Permit(_)));
/// assert_eq!(eval(DataCategory::Imaging), Decision::Deny(DenyReason::NoConsent));
/// ```
pub struct FakeConsent;

impl FakeConsent {
	/// Forgets every consent.
	pub fn reset() {
		CONSENTS.with(|c| c.borrow_mut().clear());
	}

	/// Permits `action` on `category` for `purpose` by `organization` on `patient`'s data;
	/// returns the consent id it reports.
	pub fn permit(
		patient: u64,
		organization: OrganizationId,
		purpose: Purpose,
		category: DataCategory,
		action: Action,
	) -> ConsentId {
		CONSENTS.with(|c| {
			let mut c = c.borrow_mut();
			let id = c.values().map(|v| v.len() as ConsentId).sum();
			c.entry((patient, organization)).or_default().push(FakeConsentTerms {
				id,
				purpose,
				category,
				action,
			});
			id
		})
	}

	/// Revokes everything `patient` permitted `organization`.
	pub fn revoke_all(patient: u64, organization: OrganizationId) {
		CONSENTS.with(|c| {
			c.borrow_mut().remove(&(patient, organization));
		});
	}
}

impl ConsentInspect<u64> for FakeConsent {
	fn evaluate(
		patient: &u64,
		organization: OrganizationId,
		purpose: Purpose,
		category: DataCategory,
		action: Action,
	) -> Decision {
		CONSENTS.with(|c| {
			c.borrow()
				.get(&(*patient, organization))
				.and_then(|terms| {
					terms.iter().find(|t| {
						t.purpose == purpose && t.category == category && t.action == action
					})
				})
				.map_or(Decision::Deny(DenyReason::NoConsent), |t| Decision::Permit(t.id))
		})
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_permit(
		patient: &u64,
		organization: OrganizationId,
		purpose: Purpose,
		category: DataCategory,
		action: Action,
	) {
		Self::permit(*patient, organization, purpose, category, action);
	}
}

thread_local! {
	static RECORDS: RefCell<BTreeMap<RecordId, RecordFacts<u64>>> =
		const { RefCell::new(BTreeMap::new()) };
}

/// An in-memory record registry for mock runtimes whose `AccountId` is `u64`.
pub struct FakeRecords;

impl FakeRecords {
	/// Forgets every record.
	pub fn reset() {
		RECORDS.with(|r| r.borrow_mut().clear());
	}

	/// Adds record `id` of `patient` anchored by `organization` (`None`: by the patient).
	pub fn add(id: RecordId, patient: u64, organization: Option<OrganizationId>) {
		RECORDS.with(|r| {
			r.borrow_mut().insert(id, RecordFacts { patient, organization, erased: false })
		});
	}

	/// Marks record `id` as erased.
	pub fn erase(id: RecordId) {
		RECORDS.with(|r| {
			if let Some(facts) = r.borrow_mut().get_mut(&id) {
				facts.erased = true;
			}
		});
	}
}

impl RecordsInspect<u64> for FakeRecords {
	fn record_facts(id: RecordId) -> Option<RecordFacts<u64>> {
		RECORDS.with(|r| r.borrow().get(&id).cloned())
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_record(patient: &u64, organization: OrganizationId) -> RecordId {
		let id = RECORDS.with(|r| r.borrow().keys().last().map_or(0, |id| id + 1));
		Self::add(id, *patient, Some(organization));
		id
	}
}
