//! Issue #15 rules beyond the attacks: who attests whom, k per provider and the consortium's
//! floor, sticky withdrawals and revocations, grants bound to the protocol and the study's end,
//! the pool's way back, role re-checks and the deposits' way back.

use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use healthchain_primitives::{
	fakes::{FakeConsent, FakeOrganizations},
	AccessDenied, Action, DataCategory, DuoPermission, OrganizationKind, Purpose, Role,
};

use super::*;
use crate::{Error, Event, HoldReason, Participants, StudiesOf, StudyStatus, Withdrawn};

/// A second data-holding provider, and its clinician.
const CLINIC: u32 = 13;
const CLINIC_DOCTOR: u64 = 25;

fn clinic() {
	FakeOrganizations::add_organization(CLINIC, OrganizationKind::Provider, 1003);
	FakeOrganizations::add_member(CLINIC, CLINIC_DOCTOR, &[Role::Clinician]);
}

/// `who` of `provider` attests `patient` in the first study.
fn attest_as(who: u64, provider: u32, patient: u64) -> sp_runtime::DispatchResult {
	Research::attest_participant(RuntimeOrigin::signed(who), STUDY, provider, patient)
}

fn held(reason: HoldReason, who: u64) -> u64 {
	Balances::balance_on_hold(&reason.into(), &who)
}

#[test]
fn only_a_providers_clinician_or_privacy_officer_attests_its_own_patients() {
	run_test(|| {
		active(1);
		clinic();
		assert_ok!(opt_in(P1, STUDY));
		// Not the provider's patient: neither registered by it nor consenting to it.
		assert_noop!(attest_as(STEWARD, HOSPITAL, P1), Error::<Test>::NotProvidersPatient);
		// Registered by the clinic: the clinic attests, the hospital still cannot.
		FakeConsent::register(P1, CLINIC);
		assert_noop!(attest_as(STEWARD, HOSPITAL, P1), Error::<Test>::NotProvidersPatient);
		assert_noop!(
			attest_as(RESEARCHER, CLINIC, P1),
			Error::<Test>::AccessDenied(AccessDenied::NotAMember)
		);
		assert_ok!(attest_as(CLINIC_DOCTOR, CLINIC, P1));
		System::assert_last_event(
			Event::Attested { study: STUDY, provider: CLINIC, patient: P1, cohort: 1 }.into(),
		);
		assert_noop!(attest_as(CLINIC_DOCTOR, CLINIC, P1), Error::<Test>::AlreadyAttested);
		// Through a research consent to the hospital for the study's categories.
		FakeConsent::permit(P1, HOSPITAL, Purpose::Research, DataCategory::Genomics, Action::Read);
		assert_ok!(attest_as(STEWARD, HOSPITAL, P1));
		// Counted once in the study, once per provider.
		assert_eq!(cohort(), 1);
		assert_eq!(Research::cohort_of_provider(STUDY, HOSPITAL).map(|c| c.cohort), Some(1));
		assert_eq!(Research::cohort_of_provider(STUDY, CLINIC).map(|c| c.cohort), Some(1));
		// A non-participant is not attested.
		FakeConsent::register(P2, HOSPITAL);
		assert_noop!(attest_as(STEWARD, HOSPITAL, P2), Error::<Test>::NotParticipating);
	});
}

#[test]
fn k_is_counted_per_granting_provider() {
	run_test(|| {
		active(2);
		clinic();
		// Two participants, both the clinic's; the hospital attests only one.
		for patient in [P1, P2] {
			assert_ok!(opt_in(patient, STUDY));
			FakeConsent::register(patient, CLINIC);
			assert_ok!(attest_as(CLINIC_DOCTOR, CLINIC, patient));
		}
		FakeConsent::permit(P1, HOSPITAL, Purpose::Research, DataCategory::Genomics, Action::Read);
		assert_ok!(attest_as(STEWARD, HOSPITAL, P1));
		assert_eq!(cohort(), 2);
		// The hospital's dataset would cover one real patient: refused.
		assert_noop!(grant(NOW + YEAR / 2), Error::<Test>::CohortTooSmall);
		assert_eq!(Research::cohort_of_provider(STUDY, CLINIC).map(|c| c.cohort), Some(2));
	});
}

#[test]
fn the_consortium_floor_is_set_by_governance_and_binds_every_study() {
	run_test(|| {
		active_with(2, &[P1, P2]);
		assert_noop!(
			Research::set_min_cohort_floor(RuntimeOrigin::signed(RESEARCHER), 5),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_noop!(
			Research::set_min_cohort_floor(RuntimeOrigin::root(), 0),
			Error::<Test>::ZeroMinCohort
		);
		assert_ok!(grant(NOW + YEAR / 2));
		set_min_cohort_floor(3);
		System::assert_last_event(Event::MinCohortFloorSet { k: 3 }.into());
		// The study's own k of 2 no longer suffices: no new grant, no access.
		assert_noop!(grant(NOW + YEAR / 2), Error::<Test>::CohortTooSmall);
		assert_noop!(log_access(0), Error::<Test>::CohortTooSmall);
		assert_noop!(register_terms(terms(2)), Error::<Test>::MinCohortBelowFloor);
		assert_ok!(register_terms(terms(3)));
	});
}

#[test]
fn a_withdrawal_sticks_until_the_patient_joins_again() {
	run_test(|| {
		active_with(1, &[P1]);
		assert_ok!(withdraw(P1, STUDY));
		assert!(Withdrawn::<Test>::contains_key(STUDY, P1));
		assert!(StudiesOf::<Test>::get(P1).is_empty());
		assert_eq!(cohort(), 0);
		// Their own opt-in lifts it; the hospital attests them again.
		assert_ok!(opt_in(P1, STUDY));
		assert!(!Withdrawn::<Test>::contains_key(STUDY, P1));
		assert_eq!(cohort(), 0, "not counted before a provider attests again");
		attest(P1, STUDY);
		assert_eq!(cohort(), 1);
	});
}

#[test]
fn a_patient_joins_a_bounded_number_of_studies() {
	run_test(|| {
		let ids: Vec<_> = (0..=MAX_STUDIES_PER_PATIENT).map(|_| active(1)).collect();
		for id in &ids[..MAX_STUDIES_PER_PATIENT as usize] {
			assert_ok!(opt_in(P1, *id));
		}
		let last = ids[MAX_STUDIES_PER_PATIENT as usize];
		assert_noop!(opt_in(P1, last), Error::<Test>::TooManyStudies);
	});
}

/// P1's broad consent (GRU, and genomics for research to the institute) and the hospital's
/// attestation through a research consent to it.
fn broadly_consented_and_attested() {
	active(1);
	super::participation::consent_broadly(P1, DuoPermission::GeneralResearchUse, 0);
	FakeConsent::permit(P1, HOSPITAL, Purpose::Research, DataCategory::Genomics, Action::Read);
	assert_ok!(Research::join_by_broad_consent(RuntimeOrigin::signed(RESEARCHER), STUDY, P1));
	assert_ok!(attest_as(STEWARD, HOSPITAL, P1));
	assert_eq!(cohort(), 1);
}

#[test]
fn revoking_the_research_consent_to_the_provider_ends_its_attestation() {
	run_test(|| {
		broadly_consented_and_attested();
		revoke_consents(P1, HOSPITAL);
		System::assert_last_event(
			Event::AttestationEnded { study: STUDY, provider: HOSPITAL, patient: P1 }.into(),
		);
		assert_eq!(
			(cohort(), Research::cohort_of_provider(STUDY, HOSPITAL).map(|c| c.cohort)),
			(0, Some(0))
		);
		assert!(Participants::<Test>::contains_key(STUDY, P1), "still a participant");
	});
}

#[test]
fn a_registered_patients_attestation_outlives_a_revoked_research_consent() {
	run_test(|| {
		active_with(1, &[P1]);
		// The hospital onboarded P1: that, not a consent, is the attestation's basis.
		revoke_consents(P1, HOSPITAL);
		assert_eq!(cohort(), 1);
	});
}

#[test]
fn a_lapsed_broad_consent_is_ended_by_anyone_and_a_valid_one_is_not() {
	run_test(|| {
		broadly_consented_and_attested();
		assert_noop!(
			Research::recheck_participant(RuntimeOrigin::signed(P3), STUDY, P1),
			Error::<Test>::ParticipationStillValid
		);
		// The consent to the institute lapsed (in the fake, as if expired).
		FakeConsent::revoke_all(P1, INSTITUTE);
		assert_ok!(Research::recheck_participant(RuntimeOrigin::signed(P3), STUDY, P1));
		System::assert_last_event(
			Event::ParticipationEnded { study: STUDY, patient: P1, cohort: 0 }.into(),
		);
		assert!(!Participants::<Test>::contains_key(STUDY, P1));
		// Not a withdrawal: once consenting again, the recruiter counts them in again.
		assert!(!Withdrawn::<Test>::contains_key(STUDY, P1));
		FakeConsent::permit(P1, INSTITUTE, Purpose::Research, DataCategory::Genomics, Action::Read);
		assert_ok!(Research::join_by_broad_consent(RuntimeOrigin::signed(RESEARCHER), STUDY, P1));
	});
}

#[test]
fn grants_follow_the_protocol_and_the_studys_end() {
	run_test(|| {
		active_with(1, &[P1]);
		assert_noop!(grant(NOW + YEAR + 1), Error::<Test>::GrantBeyondStudyEnd);
		assert_ok!(grant(NOW + YEAR));
		assert_eq!(crate::Grants::<Test>::get(0).map(|g| g.version), Some(1));
		assert_ok!(log_access(0));
		// An amendment: the old grant gives no access, even once re-approved and re-consented.
		assert_ok!(amend(RESEARCHER, H256::repeat_byte(9)));
		reapproved(STUDY);
		assert_ok!(opt_in(P1, STUDY));
		assert_noop!(log_access(0), Error::<Test>::GrantOfOldProtocol);
		assert_ok!(grant(NOW + YEAR));
		assert_ok!(log_access(1));
		// After the study's end nothing is joined, granted or accessed.
		Timestamp::set_timestamp(NOW + YEAR);
		assert_noop!(log_access(1), Error::<Test>::StudyEnded);
		assert_noop!(opt_in(P2, STUDY), Error::<Test>::StudyEnded);
		// k is checked again at each access.
		Timestamp::set_timestamp(NOW);
		assert_ok!(withdraw(P1, STUDY));
		assert_noop!(log_access(1), Error::<Test>::CohortTooSmall);
	});
}

#[test]
fn the_pool_comes_back_to_the_funder_only_when_nobody_can_claim_it() {
	run_test(|| {
		active_with(1, &[P1, P2]);
		assert_ok!(fund(STUDY, 100));
		let reclaim = || Research::reclaim_pool(RuntimeOrigin::signed(FINANCE), STUDY);
		assert_noop!(reclaim(), Error::<Test>::PoolNotReclaimable);
		assert_noop!(
			Research::reclaim_pool(RuntimeOrigin::signed(RESEARCHER), STUDY),
			Error::<Test>::NotFunder
		);
		assert_ok!(close(STUDY));
		assert!(Research::has_claim(STUDY, &P1), "a participant's claim is feeless");
		assert!(!Research::has_claim(STUDY, &P3), "a stranger's is not");
		assert_ok!(claim(P1, STUDY));
		assert!(!Research::has_claim(STUDY, &P1), "claimed once");
		assert_noop!(reclaim(), Error::<Test>::PoolNotReclaimable);
		// After the claim window P2 can no longer claim; the funder takes the rest back.
		Timestamp::set_timestamp(NOW + CLAIM_WINDOW);
		assert_noop!(claim(P2, STUDY), Error::<Test>::NothingToClaim);
		assert_ok!(reclaim());
		System::assert_last_event(Event::PoolReclaimed { study: STUDY, amount: 50 }.into());
		assert_eq!(held(HoldReason::CompensationPool, FINANCE), 0);
		assert_noop!(reclaim(), Error::<Test>::NothingToClaim);
	});
}

#[test]
fn a_pool_of_a_study_never_activated_comes_back_after_its_end() {
	run_test(|| {
		let id = approved(1);
		assert_ok!(fund(id, 100));
		let reclaim = || Research::reclaim_pool(RuntimeOrigin::signed(FINANCE), id);
		assert_noop!(reclaim(), Error::<Test>::PoolNotReclaimable);
		Timestamp::set_timestamp(NOW + YEAR);
		assert_ok!(reclaim());
		assert_eq!(held(HoldReason::CompensationPool, FINANCE), 0);
	});
}

#[test]
fn a_study_past_its_end_is_closed_by_anyone() {
	run_test(|| {
		active_with(1, &[P1]);
		assert_ok!(fund(STUDY, 100));
		assert_noop!(
			Research::close_study(RuntimeOrigin::signed(P3), STUDY),
			Error::<Test>::NotResearcher
		);
		Timestamp::set_timestamp(NOW + YEAR);
		assert_ok!(Research::close_study(RuntimeOrigin::signed(P3), STUDY));
		assert_eq!(Studies::<Test>::get(STUDY).map(|s| s.status), Some(StudyStatus::Closed));
		assert_ok!(claim(P1, STUDY));
	});
}

#[test]
fn the_researcher_never_decides_their_own_study() {
	run_test(|| {
		// CONFLICTED researches at the institute and reviews for the board.
		let id = crate::NextStudyId::<Test>::get();
		assert_ok!(Research::register_study(
			RuntimeOrigin::signed(CONFLICTED),
			INSTITUTE,
			terms(1)
		));
		let decide_as = |who| Research::decide_study(RuntimeOrigin::signed(who), id, BOARD, true);
		assert_noop!(decide_as(CONFLICTED), Error::<Test>::SelfApproval);
		// An institute member who leaves stays conflicted.
		FakeOrganizations::add_member(BOARD, FINANCE, &[Role::Reviewer]);
		FakeOrganizations::remove_member(INSTITUTE, FINANCE);
		assert_noop!(decide_as(FINANCE), Error::<Test>::SelfApproval);
		assert_ok!(decide_as(ETHICIST));
	});
}

#[test]
fn an_expired_researcher_credential_runs_no_study() {
	run_test(|| {
		approved(1);
		FakeOrganizations::expire_member(INSTITUTE, RESEARCHER);
		assert_noop!(
			activate(RESEARCHER, STUDY),
			Error::<Test>::AccessDenied(AccessDenied::CredentialExpired)
		);
	});
}

#[test]
fn deposits_come_back_when_studies_and_grants_end() {
	run_test(|| {
		let id = register(1);
		assert_eq!(held(HoldReason::Deposit, RESEARCHER), STUDY_DEPOSIT);
		assert_ok!(decide(id, false));
		assert_eq!(held(HoldReason::Deposit, RESEARCHER), 0, "a rejected study's");
		let id = active_with(1, &[P1]);
		assert_ok!(grant_to(id, NOW + 1_000));
		Timestamp::set_timestamp(NOW + 2_000);
		// An expired grant is revoked to take its deposit back.
		assert_ok!(Research::revoke_grant(RuntimeOrigin::signed(STEWARD), 0));
		assert_eq!(held(HoldReason::Deposit, STEWARD), 0);
		assert_eq!(crate::Grants::<Test>::get(0).map(|g| g.deposit), Some(0));
	});
}
