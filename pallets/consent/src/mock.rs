//! A minimal runtime for the tests: System, Timestamp and this pallet; the organization registry
//! is [`FakeOrganizations`].

#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

use frame_support::derive_impl;
use healthchain_primitives::{fakes::FakeOrganizations, OrganizationKind};
use sp_runtime::BuildStorage;

use crate as pallet_consent;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Timestamp: pallet_timestamp,
		Consent: pallet_consent,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

#[derive_impl(pallet_timestamp::config_preludes::TestDefaultConfig)]
impl pallet_timestamp::Config for Test {}

impl pallet_consent::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Organizations = FakeOrganizations;
	type Time = Timestamp;
	type MaxConsentsPerPatient = frame_support::traits::ConstU32<4>;
	type WeightInfo = ();
}

/// Patients.
pub const PATIENT: u64 = 1;
pub const OTHER_PATIENT: u64 = 2;
/// Organizations of the fake registry.
pub const HOSPITAL: u32 = 10;
pub const INSURER: u32 = 11;
pub const SUSPENDED_CLINIC: u32 = 12;
/// Test start time, ms.
pub const NOW: u64 = 1_000_000;

/// A hospital, an insurer and a suspended clinic; time at [`NOW`]; block 1.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let storage = frame_system::GenesisConfig::<Test>::default().build_storage().expect("genesis");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		FakeOrganizations::reset();
		FakeOrganizations::add_organization(HOSPITAL, OrganizationKind::Provider, 1000);
		FakeOrganizations::add_organization(INSURER, OrganizationKind::Payer, 1001);
		FakeOrganizations::add_organization(SUSPENDED_CLINIC, OrganizationKind::Provider, 1002);
		FakeOrganizations::set_active(SUSPENDED_CLINIC, false);
		System::set_block_number(1);
		Timestamp::set_timestamp(NOW);
	});
	ext
}

/// Runs `test` and checks the pallet's invariants afterwards.
pub fn run_test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Consent::do_try_state().expect("invariants hold after the test");
	});
}
