//! A minimal runtime for the tests: System and this pallet; session-key registration is a fake
//! (a set of registered accounts), governance is Root.

#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

use core::cell::RefCell;
use std::collections::BTreeSet;

use frame_support::{parameter_types, traits::ValidatorRegistration};

use crate as pallet_validator_set;

healthchain_primitives::impl_mock_runtime! {
	runtime: Test,
	pallets: [ValidatorSet: pallet_validator_set],
	try_state: ValidatorSet,
}

thread_local! {
	static REGISTERED: RefCell<BTreeSet<u64>> = const { RefCell::new(BTreeSet::new()) };
}

/// Fake of pallet-session's key registry.
pub struct FakeSessionKeys;
impl FakeSessionKeys {
	pub fn register(who: u64) {
		REGISTERED.with(|r| r.borrow_mut().insert(who));
	}
}
impl ValidatorRegistration<u64> for FakeSessionKeys {
	fn is_registered(id: &u64) -> bool {
		REGISTERED.with(|r| r.borrow().contains(id))
	}
}
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for FakeSessionKeys {
	fn register_keys(who: &u64) {
		Self::register(*who)
	}
}

parameter_types! {
	pub const MaxValidators: u32 = 8;
	pub const MinValidators: u32 = 2;
	pub const DefaultSessionLength: u64 = 600;
}

impl pallet_validator_set::Config for Test {
	type GovernanceOrigin = frame_system::EnsureRoot<u64>;
	type ValidatorRegistration = FakeSessionKeys;
	type MaxValidators = MaxValidators;
	type MinValidators = MinValidators;
	type DefaultSessionLength = DefaultSessionLength;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = FakeSessionKeys;
}

/// Genesis validators 1, 2, 3 (registered); account 4 registered, not a validator; sessions of
/// the default length.
pub fn new_test_ext() -> sp_io::TestExternalities {
	new_test_ext_with_sessions(None)
}

/// As [`new_test_ext`], with sessions of `session_length` blocks set in genesis.
pub fn new_test_ext_with_sessions(session_length: Option<u64>) -> sp_io::TestExternalities {
	REGISTERED.with(|r| r.borrow_mut().clear());
	for who in 1..=4 {
		FakeSessionKeys::register(who);
	}
	let genesis = RuntimeGenesisConfig {
		system: Default::default(),
		validator_set: pallet_validator_set::GenesisConfig {
			initial_validators: vec![1, 2, 3],
			session_length,
		},
	};
	test_ext(genesis, || {})
}
