//! Tests of `pallet-research`, one file per feature (as `features/`), plus the queries and the
//! storage migration. The set-up they share lives here: a disease-specific genomics study of the
//! institute (id [`STUDY`]), registered, approved, rejected, active or closed, and a grant of the
//! hospital.

#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

mod attacks;
mod attestation;
mod compensation;
mod grants;
mod migrations;
mod participation;
mod queries;
mod references;
mod studies;
mod suspension;

use frame_support::assert_ok;
use healthchain_primitives::{
	CategorySet, DataCategory, DataUse, DuoModifiers, DuoPermission, StudyPurpose,
};
use sp_core::H256;

use crate::{mock::*, Studies, StudyId, StudyTerms};

/// The first study's id.
const STUDY: StudyId = 0;
/// A disease code (Huntington's disease).
const HD: u32 = 399;

fn data_use(permission: DuoPermission, modifiers: u16) -> DataUse {
	DataUse { permission, modifiers: DuoModifiers(modifiers), time_limit: None }
}

fn plain() -> StudyPurpose {
	StudyPurpose { commercial: false, for_profit: false, methods_research: false }
}

/// A disease-specific (HD) genomics study committing to publish, with k = `k`, ending in a year.
fn terms(k: u32) -> StudyTerms {
	StudyTerms {
		protocol_hash: H256::repeat_byte(1),
		data_use: data_use(DuoPermission::DiseaseSpecific(HD), DuoModifiers::PUB),
		purpose: plain(),
		categories: CategorySet::from_items(&[DataCategory::Genomics]),
		min_cohort: k,
		ends_at: NOW + YEAR,
	}
}

/// The researcher registers `terms`.
fn register_terms(terms: StudyTerms) -> sp_runtime::DispatchResult {
	Research::register_study(RuntimeOrigin::signed(RESEARCHER), INSTITUTE, terms)
}

/// The researcher registers the HD study with k = `k`; returns its id.
fn register(k: u32) -> StudyId {
	let id = crate::NextStudyId::<Test>::get();
	assert_ok!(register_terms(terms(k)));
	id
}

/// The board's ethicist decides study `id`.
fn decide(id: StudyId, approve: bool) -> sp_runtime::DispatchResult {
	Research::decide_study(RuntimeOrigin::signed(ETHICIST), id, BOARD, approve)
}

/// A registered and approved study with k = `k`; returns its id.
fn approved(k: u32) -> StudyId {
	let id = register(k);
	assert_ok!(decide(id, true));
	id
}

/// A registered study with k = `k` that the board rejected; returns its id.
fn rejected(k: u32) -> StudyId {
	let id = register(k);
	assert_ok!(decide(id, false));
	id
}

/// `who` activates study `id`.
fn activate(who: u64, id: StudyId) -> sp_runtime::DispatchResult {
	Research::activate_study(RuntimeOrigin::signed(who), id)
}

/// A registered, approved and active study with k = `k`; returns its id.
fn active(k: u32) -> StudyId {
	let id = approved(k);
	assert_ok!(activate(RESEARCHER, id));
	id
}

/// `who` amends the first study's protocol to `hash`.
fn amend(who: u64, hash: H256) -> sp_runtime::DispatchResult {
	Research::amend_protocol(RuntimeOrigin::signed(who), STUDY, hash)
}

/// An active study with k = `k` that `patients` opted in to, each attested by the hospital;
/// returns its id.
fn active_with(k: u32, patients: &[u64]) -> StudyId {
	let id = active(k);
	for patient in patients {
		assert_ok!(opt_in(*patient, id));
		attest(*patient, id);
	}
	id
}

/// The board approves the amended protocol of study `id` and the researcher activates it
/// again.
fn reapproved(id: StudyId) {
	assert_ok!(decide(id, true));
	assert_ok!(activate(RESEARCHER, id));
}

/// The researcher closes study `id`.
fn close(id: StudyId) -> sp_runtime::DispatchResult {
	Research::close_study(RuntimeOrigin::signed(RESEARCHER), id)
}

/// A study with k = 1 that `patients` opted in to, closed by the researcher; returns its id.
fn closed_with(patients: &[u64]) -> StudyId {
	let id = active_with(1, patients);
	assert_ok!(close(id));
	id
}

/// `patient` opts in to study `id`.
fn opt_in(patient: u64, id: StudyId) -> sp_runtime::DispatchResult {
	Research::opt_in(RuntimeOrigin::signed(patient), id)
}

/// `patient` withdraws from study `id`.
fn withdraw(patient: u64, id: StudyId) -> sp_runtime::DispatchResult {
	Research::withdraw(RuntimeOrigin::signed(patient), id)
}

/// The first study's cohort.
fn cohort() -> u32 {
	Studies::<Test>::get(STUDY).expect("study").cohort
}

/// The hospital's steward grants the first study a dataset until `expires_at`.
fn grant(expires_at: u64) -> sp_runtime::DispatchResult {
	grant_to(STUDY, expires_at)
}

/// The hospital's steward grants study `id` a dataset of one record until `expires_at`.
fn grant_to(id: StudyId, expires_at: u64) -> sp_runtime::DispatchResult {
	grant_records(id, 1, expires_at)
}

/// The institute's finance officer funds the pool of study `id` with `amount`.
fn fund(id: StudyId, amount: u64) -> sp_runtime::DispatchResult {
	Research::fund_pool(RuntimeOrigin::signed(FINANCE), id, amount)
}

/// `patient` claims their compensation from study `id`.
fn claim(patient: u64, id: StudyId) -> sp_runtime::DispatchResult {
	Research::claim_compensation(RuntimeOrigin::signed(patient), id)
}

/// The hospital's steward grants study `id` a dataset of `records` records until `expires_at`.
fn grant_records(id: StudyId, records: u32, expires_at: u64) -> sp_runtime::DispatchResult {
	Research::grant_data(
		RuntimeOrigin::signed(STEWARD),
		id,
		HOSPITAL,
		H256::repeat_byte(2),
		records,
		expires_at,
	)
}

/// The institute's researcher logs an access to grant `grant`.
fn log_access(grant: crate::GrantId) -> sp_runtime::DispatchResult {
	Research::log_access(RuntimeOrigin::signed(RESEARCHER), grant)
}

/// The hospital's steward attests that `patient`, a participant of study `id`, is the
/// hospital's patient (the hospital onboarded them).
fn attest(patient: u64, id: StudyId) {
	healthchain_primitives::fakes::FakeConsent::register(patient, HOSPITAL);
	assert_ok!(Research::attest_participant(RuntimeOrigin::signed(STEWARD), id, HOSPITAL, patient));
}

/// Governance sets the consortium's minimum k.
fn set_min_cohort_floor(k: u32) {
	assert_ok!(Research::set_min_cohort_floor(RuntimeOrigin::root(), k));
}

/// `patient` revokes their research consents to `organization` in the Consent pallet, which
/// tells the research pallet (the runtime's `OnRevoke`).
fn revoke_consents(patient: u64, organization: u32) {
	use healthchain_primitives::{ConsentRevoked, Purpose, PurposeSet};
	healthchain_primitives::fakes::FakeConsent::revoke_all(patient, organization);
	let research = PurposeSet::from_items(&[Purpose::Research]);
	let _ = <Research as ConsentRevoked<u64>>::consent_revoked(&patient, organization, research);
}

/// The funder of study `id`'s pool takes back what no participant can claim any more.
fn reclaim_pool(id: StudyId) {
	assert_ok!(Research::reclaim_pool(RuntimeOrigin::signed(FINANCE), id));
}
