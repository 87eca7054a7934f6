//! Benchmarks of `pallet-research` at their worst case: studies asking for every data category
//! (a broad-consent check evaluates each), pools closing with a remainder to return.

#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

use super::*;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;
use healthchain_primitives::DuoPermission;
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
	let (researcher, institution) = member::<T>(
		"researcher",
		Role::Researcher,
		OrganizationKind::ResearchInstitution,
		"institute admin",
	);
	let (reviewer, committee) =
		member::<T>("reviewer", Role::Reviewer, OrganizationKind::EthicsCommittee, "board admin");
	Setup { researcher, institution, reviewer, committee }
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

fn patient_in<T: Config>(study: StudyId, i: u32) -> T::AccountId {
	let patient = funded::<T>("patient", i);
	Pallet::<T>::opt_in(RawOrigin::Signed(patient.clone()).into(), study).expect("opts in");
	patient
}

/// An active study with one participant: the set-up, the study and the patient.
fn recruited<T: Config>() -> (Setup<T>, StudyId, T::AccountId) {
	let s = setup::<T>();
	let id = study::<T>(&s, true);
	let patient = patient_in::<T>(id, 0);
	(s, id, patient)
}

/// What a pool is funded with: a thousand existential deposits.
fn pool_amount<T: Config>() -> BalanceOf<T> {
	T::Currency::minimum_balance().saturating_mul(1_000u32.into())
}

/// A provider member; returns them and the provider.
fn steward<T: Config>() -> (T::AccountId, OrganizationId) {
	member::<T>("steward", Role::PrivacyOfficer, OrganizationKind::Provider, "hospital admin")
}

fn granted<T: Config>(study: StudyId) -> (T::AccountId, GrantId) {
	let (who, provider) = steward::<T>();
	let id = NextGrantId::<T>::get();
	Pallet::<T>::grant_data(
		RawOrigin::Signed(who.clone()).into(),
		study,
		provider,
		H256::zero(),
		10,
		Moment::MAX,
	)
	.expect("grants");
	(who, id)
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

	/// Re-consent after an amendment (the participation is read and rewritten).
	#[benchmark]
	fn opt_in() {
		let (s, id, patient) = recruited::<T>();
		Pallet::<T>::amend_protocol(s.researcher_origin(), id, H256::zero()).expect("amends");

		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), id);

		assert_eq!(Studies::<T>::get(id).map(|x| x.cohort), Some(1));
	}

	/// Every category of the study is evaluated against the patient's consents.
	#[benchmark]
	fn join_by_broad_consent() {
		let s = setup::<T>();
		let id = study::<T>(&s, true);
		let patient = funded::<T>("patient", 0);
		Pallet::<T>::set_research_profile(
			RawOrigin::Signed(patient.clone()).into(),
			Some(use_of(DuoPermission::GeneralResearchUse)),
		)
		.expect("profile");
		for category in healthchain_primitives::DataCategory::ALL {
			T::Consent::benchmark_permit(
				&patient,
				s.institution,
				Purpose::Research,
				category,
				Action::Read,
			);
		}

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
		let (_, id, _) = recruited::<T>();
		let (who, provider) = steward::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(who), id, provider, H256::zero(), 10, Moment::MAX);

		assert!(Grants::<T>::contains_key(0));
	}

	#[benchmark]
	fn revoke_grant() {
		let (_, id, _) = recruited::<T>();
		let (who, grant) = granted::<T>(id);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), grant);

		assert_eq!(Grants::<T>::get(grant).map(|g| g.revoked), Some(true));
	}

	#[benchmark]
	fn log_access() {
		let (s, id, _) = recruited::<T>();
		let (_, grant) = granted::<T>(id);

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
			patient_in::<T>(id, i);
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

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
