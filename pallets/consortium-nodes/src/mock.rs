//! A minimal runtime for the tests: System and this pallet; the organization registry is
//! [`FakeOrganizations`], governance is Root.

#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

use frame_support::parameter_types;
use healthchain_primitives::{fakes::FakeOrganizations, OrganizationKind};

use crate as pallet_consortium_nodes;
use crate::PeerId;

healthchain_primitives::impl_mock_runtime! {
	runtime: Test,
	pallets: [ConsortiumNodes: pallet_consortium_nodes],
	try_state: ConsortiumNodes,
}

parameter_types! {
	pub const MaxNodes: u32 = 4;
}

impl pallet_consortium_nodes::Config for Test {
	type GovernanceOrigin = frame_system::EnsureRoot<u64>;
	type Organizations = FakeOrganizations;
	type MaxNodes = MaxNodes;
	type WeightInfo = ();
}

/// The hospital (organization 0) and the insurer (organization 1), both active.
pub const HOSPITAL: u32 = 0;
pub const INSURER: u32 = 1;

/// A well-formed peer id numbered `i`: the identity multihash of an Ed25519 key, as Substrate
/// nodes have.
pub fn peer(i: u8) -> PeerId {
	let mut bytes = vec![0x00, 0x24, 0x08, 0x01, 0x12, 0x20];
	bytes.extend_from_slice(&[i; 32]);
	PeerId::from_bytes(&bytes).expect("38 bytes")
}

/// A chain with the hospital's node 1 in the set when `genesis_nodes`, else an empty set.
pub fn new_test_ext_with(genesis_nodes: bool) -> sp_io::TestExternalities {
	let genesis = RuntimeGenesisConfig {
		system: Default::default(),
		consortium_nodes: pallet_consortium_nodes::GenesisConfig {
			nodes: if genesis_nodes { vec![(peer(1), HOSPITAL)] } else { vec![] },
			_config: Default::default(),
		},
	};
	test_ext(genesis, || {
		FakeOrganizations::reset();
		FakeOrganizations::add_organization(HOSPITAL, OrganizationKind::Provider, 100);
		FakeOrganizations::add_organization(INSURER, OrganizationKind::Payer, 101);
	})
}

/// A chain with the hospital's node 1 authorized at genesis.
#[cfg_attr(not(feature = "runtime-benchmarks"), allow(dead_code))]
pub fn new_test_ext() -> sp_io::TestExternalities {
	new_test_ext_with(true)
}
