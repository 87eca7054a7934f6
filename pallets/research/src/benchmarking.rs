//! Benchmarks of `pallet-research` at their worst case: studies asking for every data category
//! (a broad-consent check, and an attestation through a research consent, evaluate each),
//! participants attested through such consents, pools closing with a remainder to return, a
//! revoked research consent ending the most participations.

#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

use super::*;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;
use healthchain_primitives::{ConsentRevoked, DuoPermission, PurposeSet};
use sp_runtime::traits::{Bounded, Saturating};

fn funded<T: Config>(name: &'static str, i: u32) -> T::AccountId {
	let who: T::AccountId = account(name, i, 0);
	let _ = T::Currency::set_balance(&who, BalanceOf::<T>::max_value() / 1_000_000u32.into());
	who
}

fn every_category() -> CategorySet {
	CategorySet::from_items(&healthchain_primitives::DataCategory::ALL)
}

fn use_of(permission: DuoPermission) -> DataUse {
	DataUse { permission, modifiers: DuoModifiers(DuoModifiers::PUB), time_limit: None }
}

/// Terms asking for every category (the most a broad-consent check evaluates), k = 1, open-ended.
fn terms_of(permission: DuoPermission) -> StudyTerms {
	StudyTerms {
		protocol_hash: H256::repeat_byte(1),
		data_use: use_of(permission),
		purpose: StudyPurpose { commercial: false, for_profit: false, methods_research: false },
		categories: every_category(),
		min_cohort: 1,
		ends_at: Moment::MAX,
	}
}

struct Setup<T: Config> {
	researcher: T::AccountId,
	institution: OrganizationId,
	reviewer: T::AccountId,
	committee: OrganizationId,
	/// A PrivacyOfficer of `provider`, who attests participants and grants data.
	steward: T::AccountId,
	provider: OrganizationId,
}

/// A funded account `name` with `role` in a new organization of `kind` that the funded account
/// `admin` set up; returns the account and the organization.
fn member<T: Config>(
	name: &'static str,
	role: Role,
	kind: OrganizationKind,
	admin: &'static str,
) -> (T::AccountId, OrganizationId) {
	let who = funded::<T>(name, 0);
	let org = T::Organizations::benchmark_member(kind, funded::<T>(admin, 0), who.clone(), role);
	(who, org)
}

impl<T: Config> Setup<T> {
	/// The researcher, as the origin of a call outside the benchmarked one.
	fn researcher_origin(&self) -> T::RuntimeOrigin {
		RawOrigin::Signed(self.researcher.clone()).into()
	}
}

fn setup<T: Config>() -> Setup<T> {
	// The studies have k = 1 (whatever floor the genesis the benchmarks run on set).
	MinCohortFloor::<T>::put(1);
	let (researcher, institution) = member::<T>(
		"researcher",
		Role::Researcher,
		OrganizationKind::ResearchInstitution,
		"institute admin",
	);
	let (reviewer, committee) =
		member::<T>("reviewer", Role::Reviewer, OrganizationKind::EthicsCommittee, "board admin");
	let (steward, provider) =
		member::<T>("steward", Role::PrivacyOfficer, OrganizationKind::Provider, "hospital admin");
	Setup { researcher, institution, reviewer, committee, steward, provider }
}

/// Lets `organization` read every category of `patient`'s data for research.
fn research_consent<T: Config>(patient: &T::AccountId, organization: OrganizationId) {
	for category in healthchain_primitives::DataCategory::ALL {
		T::Consent::benchmark_permit(
			patient,
			organization,
			Purpose::Research,
			category,
			Action::Read,
		);
	}
}

/// Makes `patient` someone else's registered patient (the institution's), so that a provider
/// attests them only through their research consent: every category evaluated, the costlier
/// way.
fn registered_elsewhere<T: Config>(s: &Setup<T>, patient: &T::AccountId) {
	let genomics = healthchain_primitives::DataCategory::Genomics;
	T::Consent::benchmark_permit(patient, s.institution, Purpose::Research, genomics, Action::Read);
}

/// The set-up's provider attests `patient` in study `id` through their research consent to
/// it (the costlier way: every category evaluated).
fn attested<T: Config>(s: &Setup<T>, id: StudyId, patient: &T::AccountId) {
	registered_elsewhere::<T>(s, patient);
	research_consent::<T>(patient, s.provider);
	Pallet::<T>::attest_participant(
		RawOrigin::Signed(s.steward.clone()).into(),
		id,
		s.provider,
		patient.clone(),
	)
	.expect("attests");
}

/// A study of every category, registered (and, with `activate`, approved and active), k = 1.
fn study<T: Config>(s: &Setup<T>, activate: bool) -> StudyId {
	let id = NextStudyId::<T>::get();
	Pallet::<T>::register_study(
		s.researcher_origin(),
		s.institution,
		terms_of(DuoPermission::HealthMedicalBiomedical),
	)
	.expect("registers");
	if activate {
		approve::<T>(s, id);
		Pallet::<T>::activate_study(s.researcher_origin(), id).expect("activates");
	}
	id
}

/// The set-up's reviewer approves the study `id` for their committee.
fn approve<T: Config>(s: &Setup<T>, id: StudyId) {
	Pallet::<T>::decide_study(RawOrigin::Signed(s.reviewer.clone()).into(), id, s.committee, true)
		.expect("approves");
}

/// A funded patient `i` with a GRU profile and a research consent to the set-up's institution
/// for every category: their broad consent covers its studies.
fn broadly_consenting<T: Config>(s: &Setup<T>, i: u32) -> T::AccountId {
	let patient = funded::<T>("patient", i);
	Pallet::<T>::set_research_profile(
		RawOrigin::Signed(patient.clone()).into(),
		Some(use_of(DuoPermission::GeneralResearchUse)),
	)
	.expect("profile");
	research_consent::<T>(&patient, s.institution);
	patient
}

fn patient_in<T: Config>(study: StudyId, i: u32) -> T::AccountId {
	let patient = funded::<T>("patient", i);
	Pallet::<T>::opt_in(RawOrigin::Signed(patient.clone()).into(), study).expect("opts in");
	patient
}

/// An active study with one participant, attested by the provider: the set-up, the study and
/// the patient.
fn recruited<T: Config>() -> (Setup<T>, StudyId, T::AccountId) {
	let s = setup::<T>();
	let id = study::<T>(&s, true);
	let patient = patient_in::<T>(id, 0);
	attested::<T>(&s, id, &patient);
	(s, id, patient)
}

/// What a pool is funded with: a thousand existential deposits.
fn pool_amount<T: Config>() -> BalanceOf<T> {
	T::Currency::minimum_balance().saturating_mul(1_000u32.into())
}

/// The set-up's provider grants study `study` a dataset of one record.
fn granted<T: Config>(s: &Setup<T>, study: StudyId) -> GrantId {
	let id = NextGrantId::<T>::get();
	Pallet::<T>::grant_data(
		RawOrigin::Signed(s.steward.clone()).into(),
		study,
		s.provider,
		H256::zero(),
		1,
		Moment::MAX,
	)
	.expect("grants");
	id
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_study() {
		let s = setup::<T>();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(s.researcher.clone()),
			s.institution,
			terms_of(DuoPermission::DiseaseSpecific(5148)),
		);

		assert!(Studies::<T>::contains_key(0));
		assert_eq!(StudiesOfInstitution::<T>::get(s.institution), 1);
	}

	#[benchmark]
	fn decide_study() {
		let s = setup::<T>();
		let id = study::<T>(&s, false);

		#[extrinsic_call]
		_(RawOrigin::Signed(s.reviewer.clone()), id, s.committee, true);

		assert_eq!(Studies::<T>::get(id).map(|x| x.status), Some(StudyStatus::Approved));
	}

	#[benchmark]
	fn activate_study() {
		let s = setup::<T>();
		let id = study::<T>(&s, false);
		approve::<T>(&s, id);

		#[extrinsic_call]
		_(RawOrigin::Signed(s.researcher.clone()), id);

		assert_eq!(Studies::<T>::get(id).map(|x| x.status), Some(StudyStatus::Active));
	}

	#[benchmark]
	fn amend_protocol() {
		let s = setup::<T>();
		let id = study::<T>(&s, true);

		#[extrinsic_call]
		_(RawOrigin::Signed(s.researcher.clone()), id, H256::repeat_byte(2));

		assert_eq!(Studies::<T>::get(id).map(|x| x.version), Some(2));
	}

	#[benchmark]
	fn set_research_profile() {
		let patient = funded::<T>("patient", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), Some(use_of(DuoPermission::GeneralResearchUse)));

		assert!(ResearchProfiles::<T>::contains_key(&patient));
	}

	/// Re-consent after an amendment, re-approved (the participation is read and rewritten, and
	/// its attestation counted again).
	#[benchmark]
	fn opt_in() {
		let (s, id, patient) = recruited::<T>();
		Pallet::<T>::amend_protocol(s.researcher_origin(), id, H256::zero()).expect("amends");
		approve::<T>(&s, id);
		Pallet::<T>::activate_study(s.researcher_origin(), id).expect("activates");

		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), id);

		assert_eq!(Studies::<T>::get(id).map(|x| x.cohort), Some(1));
	}

	/// Every category of the study is evaluated against the patient's consents.
	#[benchmark]
	fn join_by_broad_consent() {
		let s = setup::<T>();
		let id = study::<T>(&s, true);
		let patient = broadly_consenting::<T>(&s, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(s.researcher.clone()), id, patient.clone());

		assert!(Participants::<T>::contains_key(id, &patient));
	}

	#[benchmark]
	fn withdraw() {
		let (_, id, patient) = recruited::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), id);

		assert!(!Participants::<T>::contains_key(id, &patient));
	}

	#[benchmark]
	fn grant_data() {
		let (s, id, _) = recruited::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(s.steward.clone()), id, s.provider, H256::zero(), 1, Moment::MAX);

		assert!(Grants::<T>::contains_key(0));
	}

	/// The deposit is returned.
	#[benchmark]
	fn revoke_grant() {
		let (s, id, _) = recruited::<T>();
		let grant = granted::<T>(&s, id);

		#[extrinsic_call]
		_(RawOrigin::Signed(s.steward.clone()), grant);

		assert_eq!(Grants::<T>::get(grant).map(|g| g.revoked), Some(true));
	}

	#[benchmark]
	fn log_access() {
		let (s, id, _) = recruited::<T>();
		let grant = granted::<T>(&s, id);

		#[extrinsic_call]
		_(RawOrigin::Signed(s.researcher.clone()), grant);

		assert_eq!(Grants::<T>::get(grant).map(|g| g.accesses), Some(1));
	}

	/// With a pool whose remainder returns to the funder.
	#[benchmark]
	fn close_study() {
		let s = setup::<T>();
		let id = study::<T>(&s, true);
		for i in 0..3 {
			let patient = patient_in::<T>(id, i);
			attested::<T>(&s, id, &patient);
		}
		let amount = pool_amount::<T>().saturating_add(1u32.into());
		Pallet::<T>::fund_pool(s.researcher_origin(), id, amount).expect("funds");

		#[extrinsic_call]
		_(RawOrigin::Signed(s.researcher.clone()), id);

		assert!(Pools::<T>::get(id).is_some_and(|p| p.share.is_some()));
	}

	#[benchmark]
	fn fund_pool() {
		let s = setup::<T>();
		let id = study::<T>(&s, true);
		let amount = pool_amount::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(s.researcher.clone()), id, amount);

		assert!(Pools::<T>::contains_key(id));
	}

	#[benchmark]
	fn claim_compensation() {
		let (s, id, patient) = recruited::<T>();
		Pallet::<T>::fund_pool(s.researcher_origin(), id, pool_amount::<T>()).expect("funds");
		Pallet::<T>::close_study(s.researcher_origin(), id).expect("closes");

		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), id);

		assert_eq!(Participants::<T>::get(id, &patient).map(|p| p.compensated), Some(true));
	}

	/// Through a research consent: every category evaluated.
	#[benchmark]
	fn attest_participant() {
		let s = setup::<T>();
		let id = study::<T>(&s, true);
		let patient = patient_in::<T>(id, 0);
		registered_elsewhere::<T>(&s, &patient);
		research_consent::<T>(&patient, s.provider);

		#[extrinsic_call]
		_(RawOrigin::Signed(s.steward.clone()), id, s.provider, patient.clone());

		assert_eq!(Studies::<T>::get(id).map(|x| x.cohort), Some(1));
	}

	/// Nothing lapsed: the broad consent and the attestation's research consent are evaluated
	/// in full, category by category (the costliest path; it then fails, changing nothing).
	#[benchmark]
	fn recheck_participant() {
		let s = setup::<T>();
		let id = study::<T>(&s, true);
		let patient = broadly_consenting::<T>(&s, 0);
		Pallet::<T>::join_by_broad_consent(s.researcher_origin(), id, patient.clone())
			.expect("joins");
		attested::<T>(&s, id, &patient);

		#[block]
		{
			let _ = Pallet::<T>::recheck_participant(
				RawOrigin::Signed(s.researcher.clone()).into(),
				id,
				patient.clone(),
			);
		}

		assert!(Participants::<T>::contains_key(id, &patient));
	}

	/// A rejected study's pool goes back to its funder.
	#[benchmark]
	fn reclaim_pool() {
		let s = setup::<T>();
		let id = study::<T>(&s, false);
		Pallet::<T>::fund_pool(s.researcher_origin(), id, pool_amount::<T>()).expect("funds");
		Pallet::<T>::decide_study(
			RawOrigin::Signed(s.reviewer.clone()).into(),
			id,
			s.committee,
			false,
		)
		.expect("rejects");

		#[extrinsic_call]
		_(RawOrigin::Signed(s.researcher.clone()), id);

		assert!(Pools::<T>::get(id).is_some_and(|p| p.paid == p.funded));
	}

	#[benchmark]
	fn set_min_cohort_floor() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, 5);

		assert_eq!(MinCohortFloor::<T>::get(), 5);
		Ok(())
	}

	/// A revoked research consent to the institution ends the patient's broad-consent
	/// participations in `s` of its studies.
	#[benchmark]
	fn consent_revoked(s: Linear<1, { T::MaxStudiesPerPatient::get() }>) {
		let setup = setup::<T>();
		let patient = broadly_consenting::<T>(&setup, 0);
		research_consent::<T>(&patient, setup.provider);
		for _ in 0..s {
			let id = study::<T>(&setup, true);
			Pallet::<T>::join_by_broad_consent(setup.researcher_origin(), id, patient.clone())
				.expect("joins");
			Pallet::<T>::attest_participant(
				RawOrigin::Signed(setup.steward.clone()).into(),
				id,
				setup.provider,
				patient.clone(),
			)
			.expect("attests");
		}
		let research = PurposeSet::from_items(&[Purpose::Research]);

		#[block]
		{
			let _ = <Pallet<T> as ConsentRevoked<T::AccountId>>::consent_revoked(
				&patient,
				setup.institution,
				research,
			);
		}

		assert!(StudiesOf::<T>::get(&patient).is_empty());
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
