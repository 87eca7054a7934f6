//! Benchmarks of `pallet-consent` at their worst case: the patient holds the most consents
//! (the evaluation and revocation read or search all of them).

#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

use super::*;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;
use healthchain_primitives::{OrganizationKind, Role};

fn organization<T: Config>() -> OrganizationId {
	T::Organizations::benchmark_member(
		OrganizationKind::Provider,
		account("admin", 0, 0),
		account("clinician", 0, 0),
		Role::Clinician,
	)
}

fn grant<T: Config>(patient: &T::AccountId, organization: OrganizationId) -> ConsentId {
	let id = NextConsentId::<T>::get();
	Pallet::<T>::grant_consent(
		RawOrigin::Signed(patient.clone()).into(),
		organization,
		PurposeSet::from_items(&[Purpose::Treatment]),
		CategorySet(CategorySet::ALL_STANDARD),
		ActionSet::from_items(&[Action::Read]),
		None,
		None,
		None,
		None,
		H256::repeat_byte(1),
	)
	.expect("grants");
	id
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn grant_consent() {
		let org = organization::<T>();
		let patient: T::AccountId = account("patient", 0, 0);
		for _ in 1..T::MaxConsentsPerPatient::get() {
			grant::<T>(&patient, org);
		}

		#[extrinsic_call]
		_(
			RawOrigin::Signed(patient.clone()),
			org,
			PurposeSet::from_items(&Purpose::ALL),
			CategorySet(CategorySet::VALID_BITS),
			ActionSet::from_items(&[Action::Read, Action::Write]),
			None,
			Some(Moment::MAX),
			Some(u32::MAX),
			Some(Moment::MAX),
			H256::repeat_byte(2),
		);

		assert_eq!(ConsentsOf::<T>::get(&patient).len() as u32, T::MaxConsentsPerPatient::get());
	}

	#[benchmark]
	fn revoke_consent() {
		let org = organization::<T>();
		let patient: T::AccountId = account("patient", 0, 0);
		let first = grant::<T>(&patient, org);
		for _ in 1..T::MaxConsentsPerPatient::get() {
			grant::<T>(&patient, org);
		}

		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), first);

		assert!(Consents::<T>::get(first).is_none());
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
