//! Fakes of the traits in this crate (the organization, consent and record registries), for the
//! mock runtimes of pallets that depend on them. They keep their state in thread-locals: each
//! test (one thread) starts from an empty registry and sets up exactly what it needs.
//!
//! Also the set-up every mock runtime shares (`frame_system`, `pallet_balances` and
//! `pallet_timestamp` configs, a test-externalities builder, `run_test` with `try_state`):
//! [`impl_mock_runtime!`](crate::impl_mock_runtime).

use core::cell::RefCell;
use std::collections::BTreeMap;

use crate::{
	evaluate_access, evaluate_member, evaluate_organization, AccessDenied, Action, ConsentId,
	ConsentInspect, DataCategory, Decision, DenyReason, OrganizationId, OrganizationInspect,
	OrganizationKind, OrganizationSummary, Purpose, RecordFacts, RecordId, RecordStatus,
	RecordsInspect, Role, RoleSet,
};

#[derive(Clone)]
struct FakeOrganization {
	kind: OrganizationKind,
	active: bool,
	account: u64,
	payout: Option<u64>,
	members: BTreeMap<u64, (RoleSet, bool)>,
	appointers: BTreeMap<u64, u64>,
	/// Accounts removed from the organization.
	former: alloc::collections::BTreeSet<u64>,
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

	/// Starts the registry afresh with `organizations` (id, kind, own account; all active) and
	/// `members` (organization, account, roles): a mock's whole registry in one table.
	pub fn setup(
		organizations: &[(OrganizationId, OrganizationKind, u64)],
		members: &[(OrganizationId, u64, &[Role])],
	) {
		Self::reset();
		for (org, kind, account) in organizations {
			Self::add_organization(*org, *kind, *account);
		}
		for (org, who, roles) in members {
			Self::add_member(*org, *who, roles);
		}
	}

	/// Registers an active organization with its own `account`.
	pub fn add_organization(org: OrganizationId, kind: OrganizationKind, account: u64) {
		ORGANIZATIONS.with(|orgs| {
			orgs.borrow_mut().insert(
				org,
				FakeOrganization {
					kind,
					active: true,
					account,
					payout: None,
					members: BTreeMap::new(),
					appointers: BTreeMap::new(),
					former: Default::default(),
				},
			)
		});
	}

	/// Names (`Some`) or clears (`None`) the account payments to `org` go to.
	pub fn set_payout(org: OrganizationId, payout: Option<u64>) {
		Self::with_org(org, |o| o.payout = payout);
	}

	/// The role check of [`OrganizationInspect::ensure_role`], with a suspended organization
	/// counting as active when `suspended_ok`.
	fn check_role(
		org: OrganizationId,
		who: &u64,
		kind: OrganizationKind,
		role: Role,
		suspended_ok: bool,
	) -> Result<(), AccessDenied> {
		let o = Self::get(org);
		let membership = o.as_ref().and_then(|o| o.members.get(who).copied());
		evaluate_access(o.map(|o| (o.kind, o.active || suspended_ok)), kind, membership, role)
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

	/// Records that `by` appointed (added) the member `who` of `org`.
	pub fn set_appointer(org: OrganizationId, who: u64, by: u64) {
		Self::with_org(org, |o| {
			o.appointers.insert(who, by);
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
			if o.members.remove(&who).is_some() {
				o.former.insert(who);
			}
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
			payout: o.payout.unwrap_or(o.account),
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
		Self::check_role(org, who, kind, role, false)
	}

	fn ensure_role_even_if_suspended(
		org: OrganizationId,
		who: &u64,
		kind: OrganizationKind,
		role: Role,
	) -> Result<(), AccessDenied> {
		Self::check_role(org, who, kind, role, true)
	}

	fn ensure_member(org: OrganizationId, who: &u64) -> Result<OrganizationKind, AccessDenied> {
		let o = Self::get(org);
		let membership = o.as_ref().and_then(|o| o.members.get(who).copied());
		evaluate_member(o.map(|o| (o.kind, o.active)), membership)
	}

	fn is_or_was_member(org: OrganizationId, who: &u64) -> bool {
		Self::get(org).is_some_and(|o| o.members.contains_key(who) || o.former.contains(who))
	}

	fn appointed_by(org: OrganizationId, who: &u64) -> Option<u64> {
		Self::get(org).and_then(|o| o.appointers.get(who).copied())
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
	static REGISTERED: RefCell<BTreeMap<u64, OrganizationId>> =
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
	/// The most consents a patient holds in the real registry's runtime configuration
	/// (`MaxConsentsPerPatient`), which `benchmark_fill` fills up to.
	pub const MAX_PER_PATIENT: u32 = 32;

	/// Forgets every consent and registration.
	pub fn reset() {
		CONSENTS.with(|c| c.borrow_mut().clear());
		REGISTERED.with(|r| r.borrow_mut().clear());
	}

	/// `organization` onboarded `patient` (the registry's `register_patient`).
	pub fn register(patient: u64, organization: OrganizationId) {
		REGISTERED.with(|r| r.borrow_mut().insert(patient, organization));
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

/// The most consents a [`FakeConsent`] evaluation is assumed to read.
pub const FAKE_MAX_CONSENTS: u32 = 32;
/// The weight (ref time) of reading one consent in a [`FakeConsent`] evaluation.
pub const FAKE_EVALUATION_WEIGHT: u64 = 1_000_000;

impl ConsentInspect<u64> for FakeConsent {
	/// Reads one "consent" per evaluation, of [`FAKE_EVALUATION_WEIGHT`] each (at most
	/// [`FAKE_MAX_CONSENTS`]), so that callers' refunds can be tested.
	fn evaluate_counted(
		patient: &u64,
		organization: OrganizationId,
		purpose: Purpose,
		category: DataCategory,
		action: Action,
	) -> (Decision, u32) {
		let decision = CONSENTS.with(|c| {
			c.borrow()
				.get(&(*patient, organization))
				.and_then(|terms| {
					terms.iter().find(|t| {
						t.purpose == purpose && t.category == category && t.action == action
					})
				})
				.map_or(Decision::Deny(DenyReason::NoConsent), |t| Decision::Permit(t.id))
		});
		(decision, 1)
	}

	fn max_consents_read() -> u32 {
		FAKE_MAX_CONSENTS
	}

	fn evaluation_weight(read: u32) -> frame_support::weights::Weight {
		frame_support::weights::Weight::from_parts(
			FAKE_EVALUATION_WEIGHT.saturating_mul(u64::from(read)),
			0,
		)
	}

	fn registered_by(patient: &u64) -> Option<OrganizationId> {
		REGISTERED.with(|r| r.borrow().get(patient).copied())
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

	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_fill(patient: &u64, organization: OrganizationId) {
		for _ in 1..FakeConsent::MAX_PER_PATIENT {
			Self::permit(
				*patient,
				organization,
				Purpose::Research,
				DataCategory::Genomics,
				Action::Read,
			);
		}
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

	/// Adds record `id` of `patient` anchored by `organization` (`None`: by the patient), current.
	pub fn add(id: RecordId, patient: u64, organization: Option<OrganizationId>) {
		RECORDS.with(|r| {
			let status = RecordStatus::Current;
			r.borrow_mut().insert(id, RecordFacts { patient, organization, status })
		});
	}

	/// Sets the status of record `id` (superseded, entered in error, erased).
	pub fn set_status(id: RecordId, status: RecordStatus) {
		RECORDS.with(|r| {
			if let Some(facts) = r.borrow_mut().get_mut(&id) {
				facts.status = status;
			}
		});
	}

	/// Marks record `id` as erased.
	pub fn erase(id: RecordId) {
		Self::set_status(id, RecordStatus::Erased);
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

/// The set-up every HealthChain mock runtime shares, for a `construct_runtime!` runtime
/// `$runtime` whose pallets are `frame_system` and, optionally, `pallet_balances` and
/// `pallet_timestamp` (their instances may have any names):
///
/// - `impl frame_system::Config` from `TestDefaultConfig` with the mock block, plus `system: { … }`
///   (extra items, e.g. `type AccountId = u128;`) and, with `balances`, `pallet_balances`'s
///   account data;
/// - with `balances: $balance`, `impl pallet_balances::Config` from `TestDefaultConfig` with that
///   balance type, storing accounts in `frame_system` and holding for `RuntimeHoldReason`;
/// - with `timestamp: $moment`, `impl pallet_timestamp::Config` from `TestDefaultConfig` with that
///   moment type;
/// - `pub fn test_ext(…) -> sp_io::TestExternalities`: a fresh chain (the `frame_system` genesis,
///   with `balances` each funded account holding the balance given) at block 1, where `setup` has
///   run. With `balances` its arguments are `(funded: impl IntoIterator<Item = AccountId>,
///   balance: $balance, setup: impl FnOnce())`; without, `(genesis: impl sp_runtime::BuildStorage,
///   setup: impl FnOnce())`, the `genesis` (e.g. the `RuntimeGenesisConfig`) added to the
///   `frame_system` one;
/// - `pub fn run_test(test: impl FnOnce())`: runs `test` on the mock's own `new_test_ext()` and
///   then checks `$pallet::do_try_state()` (the invariants of the pallet under test).
///
/// It expands in the calling crate, which therefore needs `frame-support`, `frame-system`,
/// `sp-io`, `sp-runtime` and, when named, `pallet-balances` and `pallet-timestamp` (as
/// dev-dependencies). The arguments come in this order; `system`, `balances` and `timestamp` may
/// be left out:
///
/// The usual mock (System, Balances and Timestamp with `u64` balances and moments, and the pallet
/// under test) has a short form: `impl_mock_runtime!(runtime: Test, pallet: Records:
/// pallet_records);`, optionally with `system: { … }`. The long form:
///
/// ```ignore
/// healthchain_primitives::impl_mock_runtime! {
///     runtime: Test,
///     pallets: [Balances: pallet_balances, Timestamp: pallet_timestamp, Records: pallet_records],
///     system: { type DbWeight = frame_support::weights::constants::ParityDbWeight; },
///     balances: u64,
///     timestamp: u64,
///     try_state: Records,
/// }
///
/// /// Two funded accounts, time at 1,000,000 ms, block 1.
/// pub fn new_test_ext() -> sp_io::TestExternalities {
///     test_ext([1, 2], 1_000, || Timestamp::set_timestamp(1_000_000))
/// }
///
/// #[test]
/// fn anchoring_works() {
///     run_test(|| { /* … */ });
/// }
/// ```
#[macro_export]
macro_rules! impl_mock_runtime {
	// The usual mock: System, Balances and Timestamp (`u64` balances and moments) and the pallet
	// under test, whose invariants `run_test` checks.
	(
		runtime: $runtime:ident,
		pallet: $name:ident: $pallet:ident
		$(, system: { $($system:tt)* })? $(,)?
	) => {
		$crate::impl_mock_runtime! {
			runtime: $runtime,
			pallets: [Balances: pallet_balances, Timestamp: pallet_timestamp, $name: $pallet],
			$(system: { $($system)* },)?
			balances: u64,
			timestamp: u64,
			try_state: $name,
		}
	};
	(
		runtime: $runtime:ident,
		pallets: [$($pallet_name:ident: $pallet_crate:ident),* $(,)?],
		$(system: { $($system:tt)* },)?
		$(balances: $balance:ty,)?
		$(timestamp: $moment:ty,)?
		try_state: $pallet:ident $(,)?
	) => {
		frame_support::construct_runtime!(
			pub enum $runtime {
				System: frame_system,
				$($pallet_name: $pallet_crate,)*
			}
		);

		// In a block of its own: `derive_impl` expands to itself by its bare name.
		const _: () = {
			use frame_support::derive_impl;

			#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
			impl frame_system::Config for $runtime {
				type Block = frame_system::mocking::MockBlock<$runtime>;
				$(type AccountData = pallet_balances::AccountData<$balance>;)?
				$($($system)*)?
			}

			$(
				#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
				impl pallet_balances::Config for $runtime {
					type Balance = $balance;
					type AccountStore = frame_system::Pallet<$runtime>;
					type RuntimeHoldReason = RuntimeHoldReason;
				}
			)?

			$(
				#[derive_impl(pallet_timestamp::config_preludes::TestDefaultConfig)]
				impl pallet_timestamp::Config for $runtime {
					type Moment = $moment;
				}
			)?
		};

		$crate::impl_mock_runtime!(@test_ext $runtime $(, $balance)?);

		#[doc = concat!(
			"Runs `test` on [`new_test_ext`] and checks the invariants of `",
			stringify!($pallet),
			"` afterwards."
		)]
		pub fn run_test(test: impl FnOnce()) {
			new_test_ext().execute_with(|| {
				test();
				$pallet::do_try_state().expect("invariants hold after the test");
			});
		}
	};
	// Internal: the test-externalities builder, with and without balances.
	(@test_ext $runtime:ident, $balance:ty) => {
		/// A fresh chain at block 1 where each of `funded` holds `balance`, after `setup` ran.
		pub fn test_ext(
			funded: impl IntoIterator<Item = <$runtime as frame_system::Config>::AccountId>,
			balance: $balance,
			setup: impl FnOnce(),
		) -> sp_io::TestExternalities {
			use sp_runtime::BuildStorage as _;
			let mut storage = frame_system::GenesisConfig::<$runtime>::default()
				.build_storage()
				.expect("system genesis");
			pallet_balances::GenesisConfig::<$runtime> {
				balances: funded.into_iter().map(|who| (who, balance)).collect(),
				..Default::default()
			}
			.assimilate_storage(&mut storage)
			.expect("balances genesis");
			$crate::impl_mock_runtime!(@at_block_one $runtime, storage, setup)
		}
	};
	(@test_ext $runtime:ident) => {
		/// A fresh chain at block 1 from `genesis` (added to `frame_system`'s), after `setup` ran.
		pub fn test_ext(
			genesis: impl sp_runtime::BuildStorage,
			setup: impl FnOnce(),
		) -> sp_io::TestExternalities {
			use sp_runtime::BuildStorage as _;
			let mut storage = frame_system::GenesisConfig::<$runtime>::default()
				.build_storage()
				.expect("system genesis");
			genesis.assimilate_storage(&mut storage).expect("genesis");
			$crate::impl_mock_runtime!(@at_block_one $runtime, storage, setup)
		}
	};
	// Internal: the externalities of `$storage` at block 1, after `$setup` ran.
	(@at_block_one $runtime:ident, $storage:ident, $setup:ident) => {{
		let mut ext = sp_io::TestExternalities::new($storage);
		ext.execute_with(|| {
			frame_system::Pallet::<$runtime>::set_block_number(1u32.into());
			$setup();
		});
		ext
	}};
}

thread_local! {
	static REFERENCES: RefCell<BTreeMap<OrganizationId, crate::OrganizationUse>> =
		const { RefCell::new(BTreeMap::new()) };
}

/// [`crate::OrganizationReferences`] with answers a test sets: what other pallets would say
/// still refers to an organization.
pub struct FakeReferences;

impl FakeReferences {
	/// Makes `org` referred to by `used` (`Some`) or by nothing (`None`).
	pub fn set(org: OrganizationId, used: Option<crate::OrganizationUse>) {
		REFERENCES.with(|refs| match used {
			Some(used) => refs.borrow_mut().insert(org, used),
			None => refs.borrow_mut().remove(&org),
		});
	}
}

impl crate::OrganizationReferences for FakeReferences {
	fn in_use(org: OrganizationId) -> Option<crate::OrganizationUse> {
		REFERENCES.with(|refs| refs.borrow().get(&org).copied())
	}
}
