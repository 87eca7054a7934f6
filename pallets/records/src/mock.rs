//! A minimal runtime for the tests: System, Balances (deposits), Timestamp and this pallet; the
//! organization and consent registries are [`FakeOrganizations`] and [`FakeConsent`].

#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

use frame_support::traits::{ConstU32, ConstU64};
use healthchain_primitives::{
	fakes::{FakeConsent, FakeOrganizations},
	Action, DataCategory, OrganizationKind, Purpose, Role,
};

use crate as pallet_records;

healthchain_primitives::impl_mock_runtime!(runtime: Test, pallet: Records: pallet_records);

pub const RECORD_DEPOSIT: u64 = 10;
pub const BATCH_DEPOSIT: u64 = 15;
pub const MAX_VERSIONS: u32 = 3;

impl pallet_records::Config for Test {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type Organizations = FakeOrganizations;
	type Consent = FakeConsent;
	type Time = Timestamp;
	type RecordDeposit = ConstU64<RECORD_DEPOSIT>;
	type BatchDeposit = ConstU64<BATCH_DEPOSIT>;
	type MaxVersions = ConstU32<MAX_VERSIONS>;
	type WeightInfo = ();
}

/// A patient (funded, to anchor their own records) and one without funds.
pub const PATIENT: u64 = 1;
pub const OTHER_PATIENT: u64 = 2;
/// Hospital staff (funded) and a member without funds.
pub const CLINICIAN: u64 = 20;
pub const CLERK: u64 = 21;
pub const PAUPER: u64 = 22;
/// An insurer's reviewer (funded) and a clinician of a suspended clinic.
pub const REVIEWER: u64 = 23;
pub const CLINIC_CLINICIAN: u64 = 24;
/// The hospital's privacy officer (no clinical role).
pub const PRIVACY_OFFICER: u64 = 25;
pub const HOSPITAL: u32 = 10;
pub const INSURER: u32 = 11;
pub const SUSPENDED_CLINIC: u32 = 12;
pub const NOW: u64 = 1_000_000;
pub const INITIAL_BALANCE: u64 = 1_000;

/// A hospital (clinician, billing clerk, pauper clinician, privacy officer), an insurer (reviewer), a suspended clinic; `PATIENT`
/// permits the hospital to write lab results and imaging for treatment; time at [`NOW`].
pub fn new_test_ext() -> sp_io::TestExternalities {
	test_ext([PATIENT, CLINICIAN, CLERK, REVIEWER, CLINIC_CLINICIAN], INITIAL_BALANCE, || {
		FakeConsent::reset();
		FakeOrganizations::setup(
			&[
				(HOSPITAL, OrganizationKind::Provider, 1000),
				(INSURER, OrganizationKind::Payer, 1001),
				(SUSPENDED_CLINIC, OrganizationKind::Provider, 1002),
			],
			&[
				(HOSPITAL, CLINICIAN, &[Role::Clinician]),
				(HOSPITAL, CLERK, &[Role::Billing]),
				(HOSPITAL, PAUPER, &[Role::Clinician]),
				(HOSPITAL, PRIVACY_OFFICER, &[Role::PrivacyOfficer]),
				(INSURER, REVIEWER, &[Role::Reviewer]),
				(SUSPENDED_CLINIC, CLINIC_CLINICIAN, &[Role::Clinician]),
			],
		);
		FakeOrganizations::set_active(SUSPENDED_CLINIC, false);
		for category in [DataCategory::LabResults, DataCategory::Imaging] {
			FakeConsent::permit(PATIENT, HOSPITAL, Purpose::Treatment, category, Action::Write);
		}
		Timestamp::set_timestamp(NOW);
	})
}
