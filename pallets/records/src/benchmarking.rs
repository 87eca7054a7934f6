//! Benchmarks of `pallet-records` at their worst case: anchoring and amending as a provider (the
//! role check and the consent evaluation reading every consent the patient may hold, the
//! permitting one last), amending the last allowed version, erasing as a provider's Clinician
//! (the role check), a records batch (role and consent checks like a record); a patient's own
//! record (no checks, its own weight).

#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

use super::*;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;
use healthchain_primitives::Role;
use sp_runtime::traits::Bounded;

/// A funded clinician of a new provider; returns them and the provider's id.
fn clinician<T: Config>() -> (T::AccountId, OrganizationId) {
	let who: T::AccountId = account("clinician", 0, 0);
	let _ = T::Currency::set_balance(&who, BalanceOf::<T>::max_value() / 1_000_000u32.into());
	let org = T::Organizations::benchmark_member(
		OrganizationKind::Provider,
		account("admin", 0, 0),
		who.clone(),
		Role::Clinician,
	);
	(who, org)
}

/// A funded clinician of a new provider and a patient whose consent lets that provider write
/// lab results for treatment: the worst case of the evaluation, where the patient holds the most
/// consents, none of the others permits the write and the permitting one is read last.
fn consented_clinician<T: Config>() -> (T::AccountId, OrganizationId, T::AccountId) {
	let (who, org) = clinician::<T>();
	let patient: T::AccountId = account("patient", 0, 0);
	T::Consent::benchmark_fill(&patient, org);
	T::Consent::benchmark_permit(
		&patient,
		org,
		Purpose::Treatment,
		DataCategory::LabResults,
		Action::Write,
	);
	(who, org, patient)
}

fn commitment(i: u32) -> H256 {
	use sp_runtime::traits::Hash;
	sp_runtime::traits::BlakeTwo256::hash_of(&i)
}

/// A consented clinician (see [`consented_clinician`]) and a record they anchored for the
/// patient; returns the clinician and the record's id.
fn anchored<T: Config>() -> (T::AccountId, RecordId) {
	let (who, org, patient) = consented_clinician::<T>();
	let id = Pallet::<T>::do_anchor(
		&who,
		patient,
		Some((org, Purpose::Treatment)),
		DataCategory::LabResults,
		commitment(0),
		None,
		None,
	)
	.expect("anchors")
	.0;
	(who, id)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn anchor_record() {
		let (who, org, patient) = consented_clinician::<T>();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(who),
			org,
			patient.clone(),
			Purpose::Treatment,
			DataCategory::LabResults,
			commitment(0),
			Some(FhirResourceType::Observation),
		);

		assert!(RecordByCommitment::<T>::contains_key(&patient, commitment(0)));
	}

	/// A patient's own record: no role or consent check.
	#[benchmark]
	fn anchor_own_record() {
		let patient: T::AccountId = account("patient", 0, 0);
		let _ =
			T::Currency::set_balance(&patient, BalanceOf::<T>::max_value() / 1_000_000u32.into());

		#[extrinsic_call]
		_(
			RawOrigin::Signed(patient.clone()),
			DataCategory::VitalSigns,
			commitment(0),
			Some(FhirResourceType::Observation),
		);

		assert!(RecordByCommitment::<T>::contains_key(&patient, commitment(0)));
	}

	/// The last version the chain allows.
	#[benchmark]
	fn amend_record() {
		let (who, mut current) = anchored::<T>();
		for i in 1..T::MaxVersions::get().saturating_sub(1) {
			Pallet::<T>::amend_record(
				RawOrigin::Signed(who.clone()).into(),
				current,
				commitment(i),
				None,
			)
			.expect("amends");
			current = NextRecordId::<T>::get() - 1;
		}
		let last = commitment(T::MaxVersions::get());

		#[extrinsic_call]
		_(RawOrigin::Signed(who), current, last, None);

		assert_eq!(Records::<T>::get(current).map(|r| r.status), Some(RecordStatus::Superseded));
	}

	#[benchmark]
	fn mark_entered_in_error() {
		let (who, id) = anchored::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(who), id);

		assert_eq!(Records::<T>::get(id).map(|r| r.status), Some(RecordStatus::EnteredInError));
	}

	#[benchmark]
	fn erase_record() {
		let (who, id) = anchored::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(who), id);

		assert_eq!(Records::<T>::get(id).map(|r| r.status), Some(RecordStatus::Erased));
	}

	/// A records batch: the role check and the worst-case consent evaluation (an audit batch
	/// checks only the membership).
	#[benchmark]
	fn anchor_batch() {
		let (who, org, patient) = consented_clinician::<T>();
		let scope = BatchScope::Records {
			patient,
			purpose: Purpose::Treatment,
			category: DataCategory::LabResults,
		};

		#[extrinsic_call]
		_(RawOrigin::Signed(who), org, commitment(7), MAX_BATCH_LEAVES, scope);

		assert!(BatchByRoot::<T>::contains_key(org, commitment(7)));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
