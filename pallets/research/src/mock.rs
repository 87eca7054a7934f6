//! A minimal runtime for the tests: System, Balances, Timestamp and this pallet; the organization
//! and consent registries are fakes.

#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

use frame_support::{parameter_types, traits::ConstU64};
use healthchain_primitives::{
	fakes::{FakeConsent, FakeOrganizations},
	OrganizationKind, Role,
};

use crate as pallet_research;

healthchain_primitives::impl_mock_runtime!(runtime: Test, pallet: Research: pallet_research);

pub const STUDY_DEPOSIT: u64 = 20;
pub const GRANT_DEPOSIT: u64 = 7;
/// The runtime's scan budget of a study listing.
pub const STUDY_SCAN: u32 = 10_000;
/// Shares are claimed within 90 days of the close.
pub const CLAIM_WINDOW: u64 = 90 * 86_400_000;
pub const MAX_STUDIES_PER_PATIENT: u32 = 4;

parameter_types! {
	/// The scan budget of a study listing: [`STUDY_SCAN`], lowered by the paging tests.
	pub static MaxStudyScan: u32 = STUDY_SCAN;
}

impl pallet_research::Config for Test {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type Organizations = FakeOrganizations;
	type Consent = FakeConsent;
	type Time = Timestamp;
	type StudyDeposit = ConstU64<STUDY_DEPOSIT>;
	type GrantDeposit = ConstU64<GRANT_DEPOSIT>;
	type GovernanceOrigin = frame_system::EnsureRoot<u64>;
	type DefaultMinCohort = frame_support::traits::ConstU32<1>;
	type ClaimWindow = ConstU64<CLAIM_WINDOW>;
	type MaxStudiesPerPatient = frame_support::traits::ConstU32<MAX_STUDIES_PER_PATIENT>;
	type MaxStudyScan = MaxStudyScan;
	type WeightInfo = ();
}

/// Patients.
pub const P1: u64 = 1;
pub const P2: u64 = 2;
pub const P3: u64 = 3;
/// The institute's researcher and its finance officer (a Billing member); the ethics board's
/// reviewer; a reviewer of the board who is also a researcher at the institute; the hospital's
/// data steward.
pub const RESEARCHER: u64 = 20;
pub const FINANCE: u64 = 21;
pub const ETHICIST: u64 = 22;
pub const CONFLICTED: u64 = 23;
pub const STEWARD: u64 = 24;
pub const INSTITUTE: u32 = 10;
pub const BOARD: u32 = 11;
pub const HOSPITAL: u32 = 12;
pub const NOW: u64 = 1_000_000;
pub const YEAR: u64 = 365 * 86_400_000;
pub const INITIAL_BALANCE: u64 = 10_000;

/// The organizations of the tests (all active): an institute, an ethics board and a hospital,
/// with their own accounts.
pub const ORGANIZATIONS: [(u32, OrganizationKind, u64); 3] = [
	(INSTITUTE, OrganizationKind::ResearchInstitution, 1000),
	(BOARD, OrganizationKind::EthicsCommittee, 1001),
	(HOSPITAL, OrganizationKind::Provider, 1002),
];

/// Their members: the institute's researchers and finance officer, the board's reviewers (one
/// of them also a researcher at the institute), the hospital's data steward.
pub const MEMBERS: [(u32, u64, &[Role]); 6] = [
	(INSTITUTE, RESEARCHER, &[Role::Researcher]),
	(INSTITUTE, FINANCE, &[Role::Billing]),
	(INSTITUTE, CONFLICTED, &[Role::Researcher]),
	(BOARD, ETHICIST, &[Role::Reviewer]),
	(BOARD, CONFLICTED, &[Role::Reviewer]),
	(HOSPITAL, STEWARD, &[Role::PrivacyOfficer]),
];

/// Governance removes `org` from the registry: the registry starts afresh with the other
/// organizations and their members (all active again).
pub fn remove_organization(org: u32) {
	let organizations: Vec<_> = ORGANIZATIONS.into_iter().filter(|(id, ..)| *id != org).collect();
	let members: Vec<_> = MEMBERS.into_iter().filter(|(id, ..)| *id != org).collect();
	FakeOrganizations::setup(&organizations, &members);
}

/// An institute (researchers, finance), an ethics board (reviewers), a hospital (data steward);
/// everyone funded; the default scan budget; time at [`NOW`], block 1.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let funded = [P1, P2, P3, RESEARCHER, FINANCE, ETHICIST, CONFLICTED, STEWARD];
	test_ext(funded, INITIAL_BALANCE, || {
		FakeConsent::reset();
		MaxStudyScan::set(STUDY_SCAN);
		FakeOrganizations::setup(&ORGANIZATIONS, &MEMBERS);
		Timestamp::set_timestamp(NOW);
	})
}
