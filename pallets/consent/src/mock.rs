//! A minimal runtime for the tests: System, Balances (deposits), Timestamp and this pallet; the
//! organization registry is [`FakeOrganizations`].

#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

use frame_support::traits::{ConstU32, ConstU64};
use healthchain_primitives::{fakes::FakeOrganizations, OrganizationKind, Role};
pub use sp_runtime::testing::{TestSignature, UintAuthorityId};

use crate as pallet_consent;

healthchain_primitives::impl_mock_runtime! {
	runtime: Test,
	pallet: Consent: pallet_consent,
	system: {
		/// The node's database (ParityDB) costs.
		type DbWeight = frame_support::weights::constants::ParityDbWeight;
	},
}

pub const ACCESS_DEPOSIT: u64 = 10;
pub const EMERGENCY_DEPOSIT: u64 = 50;
pub const PATIENT_DEPOSIT: u64 = 20;
/// Log entries are kept at least this long (ms).
pub const RETENTION: u64 = 100_000;
/// Emergency accesses last this long (ms).
pub const EMERGENCY_DURATION: u64 = 3_600_000;
/// Emergency accesses per clinician per [`EMERGENCY_WINDOW`] blocks.
pub const MAX_EMERGENCIES: u32 = 2;
pub const EMERGENCY_WINDOW: u64 = 100;
/// Free consent calls per patient per [`FREE_CALL_WINDOW`] blocks.
pub const FREE_CALLS: u32 = 3;
pub const FREE_CALL_WINDOW: u64 = 10;
/// How long (ms) a disclosure request can be recorded after it was issued.
pub const DISCLOSURE_VALIDITY: u64 = 600_000;
/// How many recorded disclosure requests the chain remembers.
pub const DISCLOSURE_MEMORY: u32 = 3;
/// Blocks a feeless consent transaction stays in the pool.
pub const FREE_CALL_LONGEVITY: u64 = 8;

impl pallet_consent::Config for Test {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type Organizations = FakeOrganizations;
	type Time = Timestamp;
	type MaxConsentsPerPatient = ConstU32<4>;
	type AccessDeposit = ConstU64<ACCESS_DEPOSIT>;
	type AccessLogRetention = ConstU64<RETENTION>;
	type EmergencyDeposit = ConstU64<EMERGENCY_DEPOSIT>;
	type EmergencyAccessDuration = ConstU64<EMERGENCY_DURATION>;
	type MaxEmergencyAccesses = ConstU32<MAX_EMERGENCIES>;
	type EmergencyWindow = ConstU64<EMERGENCY_WINDOW>;
	type PatientDeposit = ConstU64<PATIENT_DEPOSIT>;
	type FreeCalls = ConstU32<FREE_CALLS>;
	type FreeCallWindow = ConstU64<FREE_CALL_WINDOW>;
	type FreeCallLongevity = ConstU64<FREE_CALL_LONGEVITY>;
	type DisclosureValidity = ConstU64<DISCLOSURE_VALIDITY>;
	type DisclosureMemory = ConstU32<DISCLOSURE_MEMORY>;
	type PatientSignature = TestSignature;
	type PatientSigner = UintAuthorityId;
	type OnRevoke = ();
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockTime;
}

/// Sets the mock's time for the benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct MockTime;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64, TestSignature> for MockTime {
	fn set_time(now: u64) {
		Timestamp::set_timestamp(now);
	}

	fn new_signer() -> u64 {
		9_999
	}

	fn sign_as(signer: &u64, message: &[u8]) -> TestSignature {
		TestSignature(*signer, message.to_vec())
	}
}

/// `patient`'s signature of their onboarding by `organization`.
pub fn registration_signature(patient: u64, organization: u32) -> TestSignature {
	TestSignature(patient, Consent::registration_message(organization))
}

/// Patients (no funds), registered by [`REGISTRAR`] for the hospital.
pub const PATIENT: u64 = 1;
pub const OTHER_PATIENT: u64 = 2;
/// An account nobody registered (no funds).
pub const SYBIL: u64 = 3;
/// The hospital's admin (funded), who registered [`PATIENT`] and [`OTHER_PATIENT`].
pub const REGISTRAR: u64 = 26;
/// Hospital staff (funded): clinicians, a privacy officer, a billing clerk.
pub const CLINICIAN: u64 = 20;
pub const OTHER_CLINICIAN: u64 = 21;
pub const OFFICER: u64 = 22;
pub const CLERK: u64 = 23;
/// An insurer's reviewer (funded).
pub const REVIEWER: u64 = 24;
/// A hospital member without funds.
pub const PAUPER_CLINICIAN: u64 = 25;
/// Organizations of the fake registry.
pub const HOSPITAL: u32 = 10;
pub const INSURER: u32 = 11;
pub const SUSPENDED_CLINIC: u32 = 12;
/// Test start time, ms.
pub const NOW: u64 = 1_000_000;
pub const INITIAL_BALANCE: u64 = 1_000;

/// A hospital (with staff), an insurer (with a reviewer) and a suspended clinic (where
/// [`OTHER_CLINICIAN`] also works); time at [`NOW`]; block 1.
pub fn new_test_ext() -> sp_io::TestExternalities {
	test_ext(
		[CLINICIAN, OTHER_CLINICIAN, OFFICER, CLERK, REVIEWER, REGISTRAR],
		INITIAL_BALANCE,
		|| {
			FakeOrganizations::setup(
				&[
					(HOSPITAL, OrganizationKind::Provider, 1000),
					(INSURER, OrganizationKind::Payer, 1001),
					(SUSPENDED_CLINIC, OrganizationKind::Provider, 1002),
				],
				&[
					(HOSPITAL, CLINICIAN, &[Role::Clinician]),
					(HOSPITAL, OTHER_CLINICIAN, &[Role::Clinician]),
					(HOSPITAL, OFFICER, &[Role::PrivacyOfficer, Role::Clinician]),
					(HOSPITAL, CLERK, &[Role::Billing]),
					(HOSPITAL, PAUPER_CLINICIAN, &[Role::Clinician]),
					(HOSPITAL, REGISTRAR, &[Role::Admin]),
					(INSURER, REVIEWER, &[Role::Reviewer]),
					(SUSPENDED_CLINIC, OTHER_CLINICIAN, &[Role::Clinician]),
				],
			);
			FakeOrganizations::set_active(SUSPENDED_CLINIC, false);
			Timestamp::set_timestamp(NOW);
			for patient in [PATIENT, OTHER_PATIENT] {
				Consent::do_register_patient(&REGISTRAR, HOSPITAL, patient).expect("registers");
			}
		},
	)
}
