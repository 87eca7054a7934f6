//! Weights for `pallet-validator-set`.
//!
//! Measured with `healthchain-node benchmark pallet --pallet pallet_validator_set --extrinsic '*'
//! --steps 20 --repeat 10` (see the README's "Benchmarks" section) on the project's 2-core
//! machine; `n` is the number of validators already in the set.

#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::{constants::RocksDbWeight, Weight}};

/// Weight functions of `pallet-validator-set`.
pub trait WeightInfo {
	fn add_validator(n: u32) -> Weight;
	fn remove_validator(n: u32) -> Weight;
}

/// Weights measured on the reference machine, for the runtime.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `ValidatorSet::Validators` (r:1 w:1), `Session::NextKeys` (r:1 w:0)
	fn add_validator(n: u32) -> Weight {
		Weight::from_parts(14_000_000, 1_600)
			.saturating_add(Weight::from_parts(60_000, 32).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ValidatorSet::Validators` (r:1 w:1)
	fn remove_validator(n: u32) -> Weight {
		Weight::from_parts(12_000_000, 1_600)
			.saturating_add(Weight::from_parts(60_000, 32).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

/// For tests: the same formulas with RocksDB's database weights.
impl WeightInfo for () {
	fn add_validator(n: u32) -> Weight {
		Weight::from_parts(14_000_000, 1_600)
			.saturating_add(Weight::from_parts(60_000, 32).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn remove_validator(n: u32) -> Weight {
		Weight::from_parts(12_000_000, 1_600)
			.saturating_add(Weight::from_parts(60_000, 32).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
}
