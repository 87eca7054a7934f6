//! Benchmarks of `pallet-organizations`, each at its worst case: the reverse index of the
//! member at its largest, deposits held and released, events emitted.

#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

use super::*;
use frame_benchmarking::v2::*;
use frame_support::traits::fungible::{Inspect, Mutate};
use frame_system::RawOrigin;
use sp_runtime::traits::Bounded;

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	let _ = T::Currency::set_balance(&who, BalanceOf::<T>::max_value() / 1_000u32.into());
	who
}

fn governance<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

fn registered<T: Config>(index: u32) -> (OrganizationId, T::AccountId) {
	let admin = funded::<T>("admin", index);
	let id =
		Pallet::<T>::do_register(OrganizationKind::Provider, admin.clone(), H256::repeat_byte(1))
			.expect("registers");
	(id, admin)
}

/// A registered provider (see [`registered`]) and the governance origin that acts on it.
fn governed<T: Config>() -> Result<(OrganizationId, T::RuntimeOrigin), BenchmarkError> {
	let (id, _) = registered::<T>(0);
	Ok((id, governance::<T>()?))
}

fn all_roles() -> RoleSet {
	RoleSet::from_items(&Role::ALL)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_organization() -> Result<(), BenchmarkError> {
		let admin = funded::<T>("admin", 0);
		let id = NextOrganizationId::<T>::get();
		let origin = governance::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, OrganizationKind::Payer, admin.clone(), H256::repeat_byte(7));

		assert_eq!(Organizations::<T>::get(id).map(|o| o.admin), Some(admin));
		Ok(())
	}

	#[benchmark]
	fn suspend_organization() -> Result<(), BenchmarkError> {
		let (id, origin) = governed::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id);

		assert_eq!(
			Organizations::<T>::get(id).map(|o| o.status),
			Some(OrganizationStatus::Suspended)
		);
		Ok(())
	}

	#[benchmark]
	fn reinstate_organization() -> Result<(), BenchmarkError> {
		let (id, origin) = governed::<T>()?;
		Organizations::<T>::mutate(id, |o| {
			if let Some(o) = o {
				o.status = OrganizationStatus::Suspended
			}
		});

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id);

		assert_eq!(Organizations::<T>::get(id).map(|o| o.status), Some(OrganizationStatus::Active));
		Ok(())
	}

	#[benchmark]
	fn remove_organization() -> Result<(), BenchmarkError> {
		// Worst case: nothing refers to it, so every check is made (members, the funds on its
		// account, then each pallet of `Config::References`) before the removal.
		let (id, origin) = governed::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id);

		assert!(!Organizations::<T>::contains_key(id));
		Ok(())
	}

	#[benchmark]
	fn set_admin() -> Result<(), BenchmarkError> {
		let (id, origin) = governed::<T>()?;
		let new_admin: T::AccountId = account("new-admin", 0, 0);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id, new_admin.clone());

		assert_eq!(Organizations::<T>::get(id).map(|o| o.admin), Some(new_admin));
		Ok(())
	}

	#[benchmark]
	fn set_metadata() {
		let (id, admin) = registered::<T>(0);
		// Worst case: the caller is an Admin member, not the admin account (one more read).
		let delegate = funded::<T>("delegate", 0);
		Pallet::<T>::do_add_member(
			&admin,
			id,
			delegate.clone(),
			RoleSet::from_items(&[Role::Admin]),
			None,
		)
		.expect("adds");

		#[extrinsic_call]
		_(RawOrigin::Signed(delegate), id, H256::repeat_byte(9));

		assert_eq!(
			Organizations::<T>::get(id).map(|o| o.metadata_hash),
			Some(H256::repeat_byte(9))
		);
	}

	#[benchmark]
	fn add_member() {
		let (id, admin) = registered::<T>(0);
		let who: T::AccountId = account("member", 0, 0);
		// The new member already serves the most organizations but one.
		for i in 1..T::MaxOrganizationsPerAccount::get() {
			let (other, other_admin) = registered::<T>(i);
			Pallet::<T>::do_add_member(&other_admin, other, who.clone(), all_roles(), None)
				.expect("adds");
		}

		#[extrinsic_call]
		_(RawOrigin::Signed(admin), id, who.clone(), all_roles(), Some(Moment::MAX));

		assert!(Members::<T>::contains_key(id, &who));
	}

	#[benchmark]
	fn update_member() {
		let (id, admin) = registered::<T>(0);
		let who: T::AccountId = account("member", 0, 0);
		Pallet::<T>::do_add_member(
			&admin,
			id,
			who.clone(),
			RoleSet::from_items(&[Role::Billing]),
			None,
		)
		.expect("adds");

		#[extrinsic_call]
		_(RawOrigin::Signed(admin), id, who.clone(), all_roles(), Some(Moment::MAX));

		assert_eq!(Members::<T>::get(id, &who).map(|m| m.roles), Some(all_roles()));
	}

	#[benchmark]
	fn remove_member(m: Linear<1, { T::MaxOrganizationsPerAccount::get() }>) {
		let who: T::AccountId = account("member", 0, 0);
		let mut first = None;
		for i in 0..m {
			let (org, admin) = registered::<T>(i);
			Pallet::<T>::do_add_member(&admin, org, who.clone(), all_roles(), None).expect("adds");
			first.get_or_insert((org, admin));
		}
		// Removing from the first organization joined: the longest search in the reverse index.
		let (org, admin) = first.expect("m >= 1");

		#[extrinsic_call]
		_(RawOrigin::Signed(admin), org, who.clone());

		assert!(!Members::<T>::contains_key(org, &who));
	}

	#[benchmark]
	fn spend() {
		let (id, admin) = registered::<T>(0);
		let from = Pallet::<T>::organization_account(id);
		let to: T::AccountId = account("payee", 0, 0);
		// Worst case: the payee's account is created, and the organization's account is emptied
		// down to dust below the existential deposit, which is reaped and burned.
		let minimum = T::Currency::minimum_balance();
		let amount = minimum * 10u32.into();
		T::Currency::set_balance(&from, amount + minimum - 1u32.into());

		#[extrinsic_call]
		_(RawOrigin::Signed(admin), id, to.clone(), amount);

		assert_eq!(T::Currency::balance(&to), amount);
		assert_eq!(T::Currency::balance(&from), 0u32.into());
	}

	#[benchmark]
	fn set_payout_account() {
		let (id, admin) = registered::<T>(0);
		let payout: T::AccountId = account("payout", 0, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(admin), id, Some(payout.clone()));

		assert_eq!(Organizations::<T>::get(id).and_then(|o| o.payout), Some(payout));
	}

	/// The longest endpoint, set by an admin member (not the admin account): the membership is
	/// read too.
	#[benchmark]
	fn set_endpoint() {
		let (id, admin) = registered::<T>(0);
		let officer = funded::<T>("officer", 0);
		Pallet::<T>::do_add_member(
			&admin,
			id,
			officer.clone(),
			RoleSet::from_items(&[Role::Admin]),
			None,
		)
		.expect("adds");
		// The longest endpoint, all of it host (the costliest part to check): labels of 63
		// letters, joined by dots.
		let mut url = b"https://".to_vec();
		while url.len() < MAX_ENDPOINT_LEN as usize {
			let in_host = url.len() - b"https://".len();
			url.push(if in_host % 64 == 63 { b'.' } else { b'a' });
		}
		let endpoint = Endpoint::truncate_from(url);

		#[extrinsic_call]
		_(RawOrigin::Signed(officer), id, Some(endpoint.clone()));

		assert_eq!(Endpoints::<T>::get(id), Some(endpoint));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
