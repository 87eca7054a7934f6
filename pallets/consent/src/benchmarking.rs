//! Benchmarks of `pallet-consent` at their worst case: the patient holds the most consents
//! (evaluation and revocation read or search all of them), the permitting consent is the last
//! one read, pruning removes the most entries.

#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

use super::*;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;
use sp_core::H256;
use sp_runtime::traits::Bounded;

/// A new provider with `member` in `role`; returns its id.
fn organization<T: Config>(member: &T::AccountId, role: Role) -> OrganizationId {
	T::Organizations::benchmark_member(
		OrganizationKind::Provider,
		account("admin", 0, 0),
		member.clone(),
		role,
	)
}

/// Gives `who` plenty of funds for deposits (a millionth of the largest balance, so that
/// hundreds of funded accounts fit in the total issuance).
fn fund<T: Config>(who: &T::AccountId) {
	let _ = T::Currency::set_balance(who, BalanceOf::<T>::max_value() / 1_000_000u32.into());
}

/// The account `name`, funded (see [`fund`]), as the `role` member of a new provider; returns
/// it and the provider's id.
fn funded_member<T: Config>(name: &'static str, role: Role) -> (T::AccountId, OrganizationId) {
	let member: T::AccountId = account(name, 0, 0);
	fund::<T>(&member);
	let org = organization::<T>(&member, role);
	(member, org)
}

/// The patient every benchmark acts for, registered (by a member of a provider of its own).
fn patient<T: Config>() -> T::AccountId {
	let patient: T::AccountId = account("patient", 0, 0);
	if !Patients::<T>::contains_key(&patient) {
		let (registrar, org) = funded_member::<T>("registrar", Role::Clinician);
		Pallet::<T>::do_register_patient(&registrar, org, patient.clone()).expect("registers");
	}
	patient
}

/// Terms with every field set and every bit named: the largest to decode and check.
fn largest_terms() -> ConsentTerms {
	ConsentTerms {
		valid_until: Some(Moment::MAX),
		max_accesses: Some(u32::MAX),
		erase_by: Some(Moment::MAX),
		..ConsentTerms::new(
			PurposeSet::from_items(&Purpose::ALL),
			CategorySet(CategorySet::VALID_BITS),
			ActionSet::from_items(&[Action::Read, Action::Write]),
			H256::repeat_byte(2),
		)
	}
}

/// `patient`'s guardian, set by the patient.
fn guardian<T: Config>(patient: &T::AccountId) -> T::AccountId {
	let guardian: T::AccountId = account("guardian", 0, 0);
	Pallet::<T>::set_guardian(
		RawOrigin::Signed(patient.clone()).into(),
		patient.clone(),
		Some(guardian.clone()),
	)
	.expect("sets the guardian");
	guardian
}

/// `patient` grants `organization` reads of all standard categories for `purpose`; returns the
/// consent's id.
fn grant<T: Config>(
	patient: &T::AccountId,
	organization: OrganizationId,
	purpose: Purpose,
) -> ConsentId {
	let id = NextConsentId::<T>::get();
	let terms = ConsentTerms::new(
		PurposeSet::from_items(&[purpose]),
		CategorySet::all_standard(),
		ActionSet::from_items(&[Action::Read]),
		H256::repeat_byte(1),
	);
	Pallet::<T>::grant_consent(RawOrigin::Signed(patient.clone()).into(), organization, terms)
		.expect("grants");
	id
}

/// `patient` grants `organization` `n` treatment consents (see [`grant`]); returns the first
/// one's id.
fn grants<T: Config>(patient: &T::AccountId, organization: OrganizationId, n: u32) -> ConsentId {
	let first = NextConsentId::<T>::get();
	for _ in 0..n {
		grant::<T>(patient, organization, Purpose::Treatment);
	}
	first
}

/// A clinician of a new provider, funded, with an open emergency access to `patient`.
fn emergency<T: Config>(patient: &T::AccountId) -> (T::AccountId, OrganizationId, EmergencyId) {
	let (clinician, org) = funded_member::<T>("clinician", Role::Clinician);
	let id = NextEmergencyId::<T>::get();
	Pallet::<T>::open_emergency_access(
		RawOrigin::Signed(clinician.clone()).into(),
		org,
		patient.clone(),
		EmergencyReason::PatientIncapacitated,
		H256::repeat_byte(3),
	)
	.expect("opens");
	(clinician, org, id)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn grant_consent() {
		let org = organization::<T>(&account("clinician", 0, 0), Role::Clinician);
		let patient = patient::<T>();
		grants::<T>(&patient, org, T::MaxConsentsPerPatient::get() - 1);

		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), org, largest_terms());

		assert_eq!(ConsentsOf::<T>::get(&patient).len() as u32, T::MaxConsentsPerPatient::get());
	}

	#[benchmark]
	fn revoke_consent() {
		let org = organization::<T>(&account("clinician", 0, 0), Role::Clinician);
		let patient = patient::<T>();
		let first = grants::<T>(&patient, org, T::MaxConsentsPerPatient::get());

		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), first);

		assert!(Consents::<T>::get(first).is_none());
	}

	/// Every consent is read: all but the last are for another purpose.
	#[benchmark]
	fn record_access() {
		let (accessor, org) = funded_member::<T>("clinician", Role::Clinician);
		let patient = patient::<T>();
		for _ in 1..T::MaxConsentsPerPatient::get() {
			grant::<T>(&patient, org, Purpose::Research);
		}
		let last = grant::<T>(&patient, org, Purpose::Treatment);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(accessor),
			org,
			patient.clone(),
			Purpose::Treatment,
			DataCategory::LabResults,
			None,
		);

		assert_eq!(Consents::<T>::get(last).map(|c| c.accesses), Some(1));
		assert_eq!(AccessLogBounds::<T>::get(&patient).next, 1);
	}

	/// A reader's disclosure request recorded by a member of the holder: the signature is
	/// checked, every consent is read (the permitting one last) and the ring slot taken holds
	/// an expired request, which is forgotten.
	#[benchmark]
	fn record_disclosure() {
		let validity = T::DisclosureValidity::get();
		T::BenchmarkHelper::set_time(validity.saturating_mul(2).saturating_add(T::Time::now()));
		let now = T::Time::now();
		let reader = T::BenchmarkHelper::new_signer();
		fund::<T>(&reader);
		let org = organization::<T>(&reader, Role::Clinician);
		let (holder_member, holder) = funded_member::<T>("holder", Role::Clinician);
		let patient = patient::<T>();
		for _ in 1..T::MaxConsentsPerPatient::get() {
			grant::<T>(&patient, org, Purpose::Research);
		}
		let last = grant::<T>(&patient, org, Purpose::Treatment);
		let expired = DisclosureId::repeat_byte(9);
		Disclosures::<T>::insert(expired, now.saturating_sub(validity.saturating_mul(2)));
		DisclosureRing::<T>::insert(0, expired);
		let request = DisclosureRequest {
			holder,
			reader: reader.clone(),
			organization: org,
			patient: patient.clone(),
			purpose: Purpose::Treatment,
			category: DataCategory::LabResults,
			record: H256::repeat_byte(5),
			issued_at: now,
			nonce: 1,
		};
		let signature =
			T::BenchmarkHelper::sign_as(&reader, &Pallet::<T>::disclosure_message(&request));
		let id = Pallet::<T>::disclosure_id(&request);

		#[extrinsic_call]
		_(RawOrigin::Signed(holder_member), request, signature);

		assert_eq!(Consents::<T>::get(last).map(|c| c.accesses), Some(1));
		assert!(Disclosures::<T>::contains_key(id));
		assert!(!Disclosures::<T>::contains_key(expired));
	}

	/// One evaluation that reads `c` consents of the patient to the organization, all of them
	/// checked to the purpose and refused but the last: what a call refunds for the consents
	/// it did not read ([`ConsentInspect::unused_evaluation_weight`]).
	#[benchmark]
	fn evaluate_consents(c: Linear<1, { T::MaxConsentsPerPatient::get() }>) {
		let (_, org) = funded_member::<T>("clinician", Role::Clinician);
		let patient = patient::<T>();
		for _ in 1..c {
			grant::<T>(&patient, org, Purpose::Research);
		}
		let last = grant::<T>(&patient, org, Purpose::Treatment);
		let now = T::Time::now();
		let decision;

		#[block]
		{
			decision = Pallet::<T>::evaluate_counted(
				&patient,
				org,
				Purpose::Treatment,
				DataCategory::LabResults,
				Action::Read,
				now,
			);
		}

		assert_eq!(decision, (Decision::Permit(last), c));
	}

	#[benchmark]
	fn open_emergency_access() {
		let (clinician, org) = funded_member::<T>("clinician", Role::Clinician);
		let patient = patient::<T>();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(clinician),
			org,
			patient.clone(),
			EmergencyReason::LifeThreatening,
			H256::repeat_byte(3),
		);

		assert!(PendingReviews::<T>::contains_key(org, SortKey(0)));
		assert_eq!(AccessLogBounds::<T>::get(&patient).next, 1);
	}

	#[benchmark]
	fn review_emergency_access() {
		let patient = patient::<T>();
		let (_, org, id) = emergency::<T>(&patient);
		let officer: T::AccountId = account("officer", 0, 0);
		T::Organizations::benchmark_add_member(org, officer.clone(), Role::PrivacyOfficer);

		// Misuse burns the deposit (the issuance changes too): the costlier verdict.
		#[extrinsic_call]
		_(RawOrigin::Signed(officer), id, ReviewVerdict::Misuse, H256::repeat_byte(4));

		assert!(!PendingReviews::<T>::contains_key(org, SortKey(id)));
	}

	#[benchmark]
	fn register_patient() {
		let (member, org) = funded_member::<T>("clerk", Role::Billing);
		let (patient, signature) =
			T::BenchmarkHelper::sign(&Pallet::<T>::registration_message(org));

		#[extrinsic_call]
		_(RawOrigin::Signed(member), org, patient.clone(), signature);

		assert!(Patients::<T>::contains_key(&patient));
	}

	/// Every entry was recorded by a different member, so every release touches another
	/// account's holds.
	#[benchmark]
	fn prune_access_log(n: Linear<1, MAX_PRUNE>) {
		let patient = patient::<T>();
		let (_, org) = funded_member::<T>("reader", Role::Clinician);
		grant::<T>(&patient, org, Purpose::Treatment);
		for i in 0..n {
			let reader: T::AccountId = account("reader", i, 0);
			if i > 0 {
				fund::<T>(&reader);
				T::Organizations::benchmark_add_member(org, reader.clone(), Role::Clinician);
			}
			Pallet::<T>::record_access(
				RawOrigin::Signed(reader).into(),
				org,
				patient.clone(),
				Purpose::Treatment,
				DataCategory::LabResults,
				None,
			)
			.expect("records");
		}
		T::BenchmarkHelper::set_time(T::AccessLogRetention::get().saturating_add(T::Time::now()));
		let caller: T::AccountId = account("anyone", 0, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), patient.clone(), n);

		assert_eq!(AccessLogBounds::<T>::get(&patient).first, n);
	}

	/// A member of the onboarding organization (not the patient) sets the guardian: the
	/// membership is checked.
	#[benchmark]
	fn set_guardian() {
		let patient = patient::<T>();
		let registrar: T::AccountId = account("registrar", 0, 0);
		let guardian: T::AccountId = account("guardian", 0, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(registrar), patient.clone(), Some(guardian.clone()));

		assert_eq!(Guardians::<T>::get(&patient), Some(guardian));
	}

	#[benchmark]
	fn grant_consent_for() {
		let org = organization::<T>(&account("clinician", 0, 0), Role::Clinician);
		let patient = patient::<T>();
		grants::<T>(&patient, org, T::MaxConsentsPerPatient::get() - 1);
		let guardian = guardian::<T>(&patient);

		#[extrinsic_call]
		_(RawOrigin::Signed(guardian), patient.clone(), org, largest_terms());

		assert_eq!(ConsentsOf::<T>::get(&patient).len() as u32, T::MaxConsentsPerPatient::get());
	}

	#[benchmark]
	fn revoke_consent_for() {
		let org = organization::<T>(&account("clinician", 0, 0), Role::Clinician);
		let patient = patient::<T>();
		let first = grants::<T>(&patient, org, T::MaxConsentsPerPatient::get());
		let guardian = guardian::<T>(&patient);

		#[extrinsic_call]
		_(RawOrigin::Signed(guardian), patient.clone(), first);

		assert!(Consents::<T>::get(first).is_none());
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
