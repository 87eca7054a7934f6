//! A minimal runtime for the tests: System, Balances (escrow, payments, deposits), Timestamp and
//! this pallet; the organization and record registries are fakes; governance is Root.

#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

use frame_support::{
	traits::{ConstU32, ConstU64},
	BoundedVec,
};
use healthchain_primitives::{
	fakes::{FakeOrganizations, FakeRecords},
	OrganizationKind, Role,
};
use sp_runtime::Permill;

use crate::{self as pallet_claims, CoverageRule, PlanTermsOf};

healthchain_primitives::impl_mock_runtime!(runtime: Test, pallet: Claims: pallet_claims);

pub const PLAN_DEPOSIT: u64 = 50;
pub const CLAIM_DEPOSIT: u64 = 5;
pub const PRIOR_AUTH_DEPOSIT: u64 = 3;
/// Prior authorizations authorize services for 90 days after approval.
pub const PRIOR_AUTH_VALIDITY: u64 = 90 * DAY;
pub const MAX_COVERAGE_PERIODS: u32 = 3;
/// The most a claim line bills.
pub const MAX_LINE_AMOUNT: u64 = 1_000_000;

impl pallet_claims::Config for Test {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type Organizations = FakeOrganizations;
	type Records = FakeRecords;
	type GovernanceOrigin = frame_system::EnsureRoot<u64>;
	type Time = Timestamp;
	type MaxRules = ConstU32<8>;
	type MaxPlanVersions = ConstU32<3>;
	type MaxLines = ConstU32<4>;
	type MaxEvidence = ConstU32<3>;
	type MaxLineAmount = ConstU64<MAX_LINE_AMOUNT>;
	type PlanDeposit = ConstU64<PLAN_DEPOSIT>;
	type ClaimDeposit = ConstU64<CLAIM_DEPOSIT>;
	type PriorAuthDeposit = ConstU64<PRIOR_AUTH_DEPOSIT>;
	type PriorAuthValidity = ConstU64<PRIOR_AUTH_VALIDITY>;
	type MaxCoveragePeriods = ConstU32<MAX_COVERAGE_PERIODS>;
	type WeightInfo = ();
}

/// Patients.
pub const PATIENT: u64 = 1;
pub const OTHER_PATIENT: u64 = 2;
/// The hospital's billing clerk and clinician; another clinic's billing clerk.
pub const BILLING: u64 = 30;
pub const CLINICIAN: u64 = 31;
pub const CLINIC_BILLING: u64 = 32;
/// The insurer's admin, reviewer and treasury (funds the escrow).
pub const ADMIN: u64 = 40;
pub const REVIEWER: u64 = 41;
/// Organizations and their own accounts.
pub const HOSPITAL: u32 = 10;
pub const HOSPITAL_ACCOUNT: u64 = 1000;
pub const INSURER: u32 = 11;
pub const INSURER_ACCOUNT: u64 = 1001;
pub const CLINIC: u32 = 13;
/// Records: the patient's at the hospital (100, 101), another patient's (102), the patient's at
/// the clinic (103), the patient's own (104), an erased one (105).
pub const RECORD: u64 = 100;
pub const RECORD_2: u64 = 101;

/// Service codes of the test plan: an office visit (covered up to 500, 20 % patient share), an
/// MRI (covered up to 1,000, prior authorization), a cosmetic procedure (not covered).
pub const VISIT: u32 = 99213;
pub const MRI: u32 = 70553;
pub const COSMETIC: u32 = 15780;
pub const ANNUAL_LIMIT: u64 = 2_000;
pub const AUTO_APPROVE: u64 = 800;

/// 2026-06-01T00:00:00Z, ms.
pub const NOW: u64 = 1_780_272_000_000;
pub const DAY: u64 = 86_400_000;
pub const INITIAL_BALANCE: u64 = 100_000;

/// The test plan's terms, in force from `effective_from`.
pub fn terms(effective_from: u64) -> PlanTermsOf<Test> {
	let rule = |code, covered, max, share, prior| CoverageRule {
		service_code: code,
		covered,
		max_allowed: max,
		patient_share: Permill::from_percent(share),
		prior_auth_required: prior,
	};
	crate::PlanTerms {
		rules: BoundedVec::truncate_from(vec![
			rule(COSMETIC, false, 0, 0, false),
			rule(MRI, true, 1_000, 0, true),
			rule(VISIT, true, 500, 20, false),
		]),
		annual_limit: ANNUAL_LIMIT,
		auto_approve_up_to: AUTO_APPROVE,
		effective_from,
	}
}

/// The organizations of the tests (all active): a hospital, an insurer and a clinic, with their
/// own accounts.
pub const ORGANIZATIONS: [(u32, OrganizationKind, u64); 3] = [
	(HOSPITAL, OrganizationKind::Provider, HOSPITAL_ACCOUNT),
	(INSURER, OrganizationKind::Payer, INSURER_ACCOUNT),
	(CLINIC, OrganizationKind::Provider, 1003),
];

/// Their staff: the hospital's billing clerk and clinician, the clinic's billing clerk, the
/// insurer's admin and reviewer.
pub const MEMBERS: [(u32, u64, &[Role]); 5] = [
	(HOSPITAL, BILLING, &[Role::Billing]),
	(HOSPITAL, CLINICIAN, &[Role::Clinician]),
	(CLINIC, CLINIC_BILLING, &[Role::Billing]),
	(INSURER, ADMIN, &[Role::Admin]),
	(INSURER, REVIEWER, &[Role::Reviewer]),
];

/// Governance removes `org` from the registry: the registry starts afresh with the other
/// organizations and their staff (all active again).
pub fn remove_organization(org: u32) {
	let organizations: Vec<_> = ORGANIZATIONS.into_iter().filter(|(id, ..)| *id != org).collect();
	let members: Vec<_> = MEMBERS.into_iter().filter(|(id, ..)| *id != org).collect();
	FakeOrganizations::setup(&organizations, &members);
}

/// A hospital (billing, clinician), an insurer (admin, reviewer) and a clinic (billing); the
/// staff and `PATIENT` funded; the test records; time at [`NOW`], block 1.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let funded = [PATIENT, BILLING, CLINICIAN, CLINIC_BILLING, ADMIN, REVIEWER];
	test_ext(funded, INITIAL_BALANCE, || {
		FakeRecords::reset();
		FakeOrganizations::setup(&ORGANIZATIONS, &MEMBERS);
		FakeRecords::add(RECORD, PATIENT, Some(HOSPITAL));
		FakeRecords::add(RECORD_2, PATIENT, Some(HOSPITAL));
		FakeRecords::add(102, OTHER_PATIENT, Some(HOSPITAL));
		FakeRecords::add(103, PATIENT, Some(CLINIC));
		FakeRecords::add(104, PATIENT, None);
		FakeRecords::add(105, PATIENT, Some(HOSPITAL));
		FakeRecords::erase(105);
		Timestamp::set_timestamp(NOW);
	})
}
