//! Benchmarks of `pallet-consortium-nodes`: authorizing into a set one short of full,
//! deauthorizing from a full set (the test suite's mock genesis already holds a node).

#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

use super::*;
use frame_benchmarking::v2::*;
use healthchain_primitives::{OrganizationKind, Role};

/// A well-formed peer id (an identity multihash of an Ed25519 key) numbered `i`.
fn peer(i: u32) -> PeerId {
	let mut bytes = alloc::vec![0x00, 0x24, 0x08, 0x01, 0x12, 0x20];
	bytes.extend_from_slice(&[0u8; 28]);
	bytes.extend_from_slice(&i.to_le_bytes());
	PeerId::from_bytes(&bytes).expect("38 bytes")
}

/// Adds nodes of `organization` until the set holds `n` (whatever genesis put in it).
fn fill<T: Config>(n: u32, organization: OrganizationId) {
	let mut i = 0;
	while Nodes::<T>::count() < n {
		if !Nodes::<T>::contains_key(peer(i)) {
			Nodes::<T>::insert(peer(i), NodeInfo { organization, authorized_at: Zero::zero() });
		}
		i += 1;
	}
}

fn organization<T: Config>() -> OrganizationId {
	T::Organizations::benchmark_member(
		OrganizationKind::Provider,
		account("admin", 0, 0),
		account("member", 0, 0),
		Role::Admin,
	)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn authorize_node() -> Result<(), BenchmarkError> {
		let org = organization::<T>();
		fill::<T>(T::MaxNodes::get() - 1, org);
		let node = peer(u32::MAX);
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, node.clone(), org);

		assert!(Nodes::<T>::contains_key(&node));
		Ok(())
	}

	#[benchmark]
	fn deauthorize_node() -> Result<(), BenchmarkError> {
		let org = organization::<T>();
		fill::<T>(T::MaxNodes::get(), org);
		let node = Nodes::<T>::iter_keys().next().ok_or(BenchmarkError::Stop("an empty set"))?;
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, node.clone());

		assert!(!Nodes::<T>::contains_key(&node));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
