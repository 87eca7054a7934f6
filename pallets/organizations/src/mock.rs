//! A minimal runtime for the tests: System, Balances (deposits), Timestamp (expiry) and this
//! pallet; governance is Root or account [`GOVERNOR`].

#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

use frame_support::{derive_impl, parameter_types, traits::EitherOfDiverse, PalletId};
use frame_system::{EnsureRoot, EnsureSignedBy};
use sp_runtime::BuildStorage;

use crate as pallet_organizations;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Timestamp: pallet_timestamp,
		Organizations: pallet_organizations,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u64>;
	/// 16 bytes, so that organization sub-accounts (`modl` + pallet id + organization id) are
	/// distinct; a `u64` would truncate them all to the same account.
	type AccountId = u128;
	type Lookup = sp_runtime::traits::IdentityLookup<u128>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

#[derive_impl(pallet_timestamp::config_preludes::TestDefaultConfig)]
impl pallet_timestamp::Config for Test {}

/// An account that acts as the governance origin (stands for the council).
pub const GOVERNOR: u128 = 100;
/// Accounts with funds.
pub const ALICE: u128 = 1;
pub const BOB: u128 = 2;
pub const CHARLIE: u128 = 3;
pub const DAVE: u128 = 4;
/// An account without funds.
pub const PAUPER: u128 = 99;

/// The most members an organization has in the tests (enough for pages of members).
pub const MAX_MEMBERS: u32 = 20;
pub const ORG_DEPOSIT: u64 = 100;
pub const MEMBER_DEPOSIT: u64 = 10;
pub const INITIAL_BALANCE: u64 = 10_000;
/// Genesis time of the tests: 1,000,000 ms after the epoch.
pub const NOW: u64 = 1_000_000;

parameter_types! {
pub const OrganizationsPalletId: PalletId = PalletId(*b"hc/orgns");
}

pub struct GovernorAccount;
impl frame_support::traits::SortedMembers<u128> for GovernorAccount {
	fn sorted_members() -> Vec<u128> {
		vec![GOVERNOR]
	}
}

impl pallet_organizations::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type GovernanceOrigin =
		EitherOfDiverse<EnsureRoot<u128>, EnsureSignedBy<GovernorAccount, u128>>;
	type Time = Timestamp;
	type PalletId = OrganizationsPalletId;
	type OrganizationDeposit = frame_support::traits::ConstU64<ORG_DEPOSIT>;
	type MemberDeposit = frame_support::traits::ConstU64<MEMBER_DEPOSIT>;
	type MaxMembersPerOrganization = frame_support::traits::ConstU32<MAX_MEMBERS>;
	type MaxOrganizationsPerAccount = frame_support::traits::ConstU32<3>;
	type WeightInfo = ();
}

/// Funds for ALICE..DAVE and the governor, time at [`NOW`], block 1, no organization.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage =
		frame_system::GenesisConfig::<Test>::default().build_storage().expect("genesis");
	pallet_balances::GenesisConfig::<Test> {
		balances: [ALICE, BOB, CHARLIE, DAVE, GOVERNOR]
			.into_iter()
			.map(|who| (who, INITIAL_BALANCE))
			.collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.expect("balances genesis");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		Timestamp::set_timestamp(NOW);
	});
	ext
}

/// Runs `test` on a fresh chain and checks the pallet's invariants afterwards.
pub fn run_test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Organizations::do_try_state().expect("invariants hold after the test");
	});
}
