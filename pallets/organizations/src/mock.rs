//! A minimal runtime for the tests: System, Balances (deposits), Timestamp (expiry) and this
//! pallet; governance is Root or account [`GOVERNOR`].

#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

use frame_support::{parameter_types, traits::EitherOfDiverse, PalletId};
use frame_system::{EnsureRoot, EnsureSignedBy};

use crate as pallet_organizations;

healthchain_primitives::impl_mock_runtime! {
	runtime: Test,
	pallet: Organizations: pallet_organizations,
	system: {
		/// 16 bytes, so that organization sub-accounts (`modl` + pallet id + organization id) are
		/// distinct; a `u64` would truncate them all to the same account.
		type AccountId = u128;
		type Lookup = sp_runtime::traits::IdentityLookup<u128>;
	},
}

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
	type References = healthchain_primitives::fakes::FakeReferences;
	type WeightInfo = ();
}

/// Funds for ALICE..DAVE and the governor, time at [`NOW`], block 1, no organization.
pub fn new_test_ext() -> sp_io::TestExternalities {
	test_ext([ALICE, BOB, CHARLIE, DAVE, GOVERNOR], INITIAL_BALANCE, || {
		Timestamp::set_timestamp(NOW)
	})
}
