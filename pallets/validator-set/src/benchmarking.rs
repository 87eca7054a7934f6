//! Benchmarks of `pallet-validator-set`, with the set at its largest.

#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

use super::*;
use frame_benchmarking::v2::*;

fn fill<T: Config>(n: u32) {
	let validators: Vec<T::AccountId> =
		(0..n).map(|i| account::<T::AccountId>("validator", i, 0)).collect();
	for who in &validators {
		T::BenchmarkHelper::register_keys(who);
	}
	Validators::<T>::put(BoundedVec::truncate_from(validators));
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn add_validator(n: Linear<1, { T::MaxValidators::get() - 1 }>) -> Result<(), BenchmarkError> {
		fill::<T>(n);
		let who: T::AccountId = account("candidate", 0, 0);
		T::BenchmarkHelper::register_keys(&who);
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert!(Validators::<T>::get().contains(&who));
		Ok(())
	}

	#[benchmark]
	fn remove_validator(
		n: Linear<{ T::MinValidators::get() + 1 }, { T::MaxValidators::get() }>,
	) -> Result<(), BenchmarkError> {
		fill::<T>(n);
		// The last one: the longest search.
		let who: T::AccountId = account("validator", n - 1, 0);
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert!(!Validators::<T>::get().contains(&who));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
