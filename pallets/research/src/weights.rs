//! Interim weights of `pallet_research`: its benchmarks are not written yet (issue 7 in progress),
//! so every call is charged a deliberately high flat weight (1 ms and 20 database accesses, more
//! than any of these calls does). `scripts/benchmark.sh` replaces this file once they are.

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::ParityDbWeight, Weight},
};

/// Weight functions of `pallet_research`.
pub trait WeightInfo {
	fn register_study() -> Weight;
	fn decide_study() -> Weight;
	fn activate_study() -> Weight;
	fn amend_protocol() -> Weight;
	fn set_research_profile() -> Weight;
	fn opt_in() -> Weight;
	fn join_by_broad_consent() -> Weight;
	fn withdraw() -> Weight;
	fn grant_data() -> Weight;
	fn revoke_grant() -> Weight;
	fn log_access() -> Weight;
	fn close_study() -> Weight;
	fn fund_pool() -> Weight;
	fn claim_compensation() -> Weight;
}

/// The flat interim weight with `DbWeight`'s costs.
fn flat<DbWeight: Get<frame_support::weights::RuntimeDbWeight>>() -> Weight {
	Weight::from_parts(1_000_000_000, 20_000).saturating_add(DbWeight::get().reads_writes(20, 20))
}

/// Weights for a runtime, with its own database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn register_study() -> Weight {
		flat::<T::DbWeight>()
	}
	fn decide_study() -> Weight {
		flat::<T::DbWeight>()
	}
	fn activate_study() -> Weight {
		flat::<T::DbWeight>()
	}
	fn amend_protocol() -> Weight {
		flat::<T::DbWeight>()
	}
	fn set_research_profile() -> Weight {
		flat::<T::DbWeight>()
	}
	fn opt_in() -> Weight {
		flat::<T::DbWeight>()
	}
	fn join_by_broad_consent() -> Weight {
		flat::<T::DbWeight>()
	}
	fn withdraw() -> Weight {
		flat::<T::DbWeight>()
	}
	fn grant_data() -> Weight {
		flat::<T::DbWeight>()
	}
	fn revoke_grant() -> Weight {
		flat::<T::DbWeight>()
	}
	fn log_access() -> Weight {
		flat::<T::DbWeight>()
	}
	fn close_study() -> Weight {
		flat::<T::DbWeight>()
	}
	fn fund_pool() -> Weight {
		flat::<T::DbWeight>()
	}
	fn claim_compensation() -> Weight {
		flat::<T::DbWeight>()
	}
}

/// The same with ParityDB's database weights, for tests and mock runtimes.
impl WeightInfo for () {
	fn register_study() -> Weight {
		flat::<ParityDbWeight>()
	}
	fn decide_study() -> Weight {
		flat::<ParityDbWeight>()
	}
	fn activate_study() -> Weight {
		flat::<ParityDbWeight>()
	}
	fn amend_protocol() -> Weight {
		flat::<ParityDbWeight>()
	}
	fn set_research_profile() -> Weight {
		flat::<ParityDbWeight>()
	}
	fn opt_in() -> Weight {
		flat::<ParityDbWeight>()
	}
	fn join_by_broad_consent() -> Weight {
		flat::<ParityDbWeight>()
	}
	fn withdraw() -> Weight {
		flat::<ParityDbWeight>()
	}
	fn grant_data() -> Weight {
		flat::<ParityDbWeight>()
	}
	fn revoke_grant() -> Weight {
		flat::<ParityDbWeight>()
	}
	fn log_access() -> Weight {
		flat::<ParityDbWeight>()
	}
	fn close_study() -> Weight {
		flat::<ParityDbWeight>()
	}
	fn fund_pool() -> Weight {
		flat::<ParityDbWeight>()
	}
	fn claim_compensation() -> Weight {
		flat::<ParityDbWeight>()
	}
}
