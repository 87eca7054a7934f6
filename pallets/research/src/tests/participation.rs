//! Participation: opt-ins and withdrawals move the cohort counter, amendments need re-consent,
//! and a broad consent counts only when its DUO profile matches and the consent permits.

use frame_support::{assert_noop, assert_ok};
use healthchain_primitives::{
	fakes::FakeConsent, Action, DataCategory, DuoMismatch, DuoModifiers, DuoPermission, Purpose,
};
use sp_core::H256;

use super::*;
use crate::{Basis, Error, Event, Participants, ResearchProfiles, Studies};

/// `patient` opts in to version `version` of the first study (the hospital attests them if it
/// has not yet: an attestation carries over to a re-consent), which then counts `cohort`.
fn assert_opts_in(patient: u64, version: u32, cohort: u32) {
	assert_ok!(opt_in(patient, STUDY));
	let joined = System::events().into_iter().rev().find_map(|r| match r.event {
		RuntimeEvent::Research(Event::Joined { patient: p, version: v, basis, .. })
			if p == patient =>
		{
			Some((v, basis))
		},
		_ => None,
	});
	assert_eq!(joined, Some((version, Basis::OptIn)));
	if !Participants::<Test>::get(STUDY, patient).is_some_and(|p| p.is_attested()) {
		attest(patient, STUDY);
	}
	assert_eq!(super::cohort(), cohort);
}

#[test]
fn opt_ins_count_in_the_cohort() {
	run_test(|| {
		active(2);
		assert_opts_in(P1, 1, 1);
		assert_opts_in(P2, 1, 2);
	});
}

#[test]
fn a_patient_counts_once_per_version() {
	run_test(|| {
		active_with(2, &[P1]);
		assert_noop!(opt_in(P1, STUDY), Error::<Test>::AlreadyParticipating);
	});
}

#[test]
fn an_approved_study_recruits_before_it_is_active() {
	run_test(|| {
		approved(1);
		assert_opts_in(P1, 1, 1);
	});
}

#[test]
fn patients_cannot_join_a_proposed_rejected_or_closed_study() {
	let not_recruiting: [fn() -> StudyId; 3] =
		[|| register(1), || rejected(1), || closed_with(&[P1])];
	for set_up in not_recruiting {
		run_test(|| {
			let id = set_up();
			assert_noop!(opt_in(P3, id), Error::<Test>::StudyNotRecruiting);
		});
	}
}

#[test]
fn opting_in_to_an_unknown_study_fails() {
	run_test(|| {
		assert_noop!(opt_in(P1, 7), Error::<Test>::UnknownStudy);
	});
}

#[test]
fn a_withdrawal_uncounts_at_once() {
	run_test(|| {
		active_with(2, &[P1, P2]);
		assert_ok!(withdraw(P2, STUDY));
		System::assert_last_event(Event::Withdrew { study: STUDY, patient: P2, cohort: 1 }.into());
		assert!(!Participants::<Test>::contains_key(STUDY, P2));
		assert_eq!(cohort(), 1);
	});
}

#[test]
fn a_withdrawn_patient_may_opt_in_again() {
	run_test(|| {
		active_with(2, &[P1, P2]);
		assert_ok!(withdraw(P2, STUDY));
		assert_opts_in(P2, 1, 2);
	});
}

#[test]
fn only_a_participant_withdraws() {
	run_test(|| {
		active_with(2, &[P1]);
		assert_noop!(withdraw(P2, STUDY), Error::<Test>::NotParticipating);
		assert_noop!(withdraw(P2, 7), Error::<Test>::UnknownStudy);
	});
}

#[test]
fn after_an_amendment_patients_count_again_once_they_re_consent() {
	run_test(|| {
		active_with(2, &[P1, P2]);
		assert_ok!(amend(RESEARCHER, H256::repeat_byte(9)));
		assert_eq!(cohort(), 0);
		reapproved(STUDY);
		assert_opts_in(P1, 2, 1);
		assert_eq!(Participants::<Test>::get(STUDY, P1).map(|p| p.version), Some(2));
	});
}

#[test]
fn withdrawing_a_stale_participation_leaves_the_cohort_alone() {
	run_test(|| {
		active_with(2, &[P1, P2]);
		assert_ok!(amend(RESEARCHER, H256::repeat_byte(9)));
		reapproved(STUDY);
		assert_ok!(opt_in(P1, STUDY));
		// P2 consented to version 1 only.
		assert_ok!(withdraw(P2, STUDY));
		assert_eq!(cohort(), 1);
	});
}

fn set_profile(patient: u64, profile: Option<DataUse>) -> sp_runtime::DispatchResult {
	Research::set_research_profile(RuntimeOrigin::signed(patient), profile)
}

fn join(patient: u64) -> sp_runtime::DispatchResult {
	Research::join_by_broad_consent(RuntimeOrigin::signed(RESEARCHER), STUDY, patient)
}

fn permit_genomics(patient: u64) {
	FakeConsent::permit(
		patient,
		INSTITUTE,
		Purpose::Research,
		DataCategory::Genomics,
		Action::Read,
	);
}

/// `patient` gives a broad research consent: a profile of `permission` with `modifiers`, and a
/// consent that lets the institute read their genomics for research.
pub(super) fn consent_broadly(patient: u64, permission: DuoPermission, modifiers: u16) {
	assert_ok!(set_profile(patient, Some(data_use(permission, modifiers))));
	permit_genomics(patient);
}

#[test]
fn a_patient_sets_and_clears_a_research_profile() {
	run_test(|| {
		let profile = data_use(DuoPermission::HealthMedicalBiomedical, DuoModifiers::PUB);
		assert_ok!(set_profile(P1, Some(profile)));
		System::assert_last_event(Event::ResearchProfileSet { patient: P1, active: true }.into());
		assert_eq!(ResearchProfiles::<Test>::get(P1), Some(profile));
		assert_ok!(set_profile(P1, None));
		System::assert_last_event(Event::ResearchProfileSet { patient: P1, active: false }.into());
		assert_eq!(ResearchProfiles::<Test>::get(P1), None);
	});
}

#[test]
fn a_profile_with_undefined_modifiers_is_refused() {
	run_test(|| {
		assert_noop!(
			set_profile(P3, Some(data_use(DuoPermission::GeneralResearchUse, 1 << 15))),
			Error::<Test>::InvalidDataUse
		);
	});
}

#[test]
fn joining_on_broad_consent_needs_a_research_profile() {
	run_test(|| {
		active(1);
		assert_noop!(join(P1), Error::<Test>::NoResearchProfile);
	});
}

#[test]
fn joining_an_unknown_study_on_broad_consent_fails() {
	run_test(|| {
		assert_noop!(
			Research::join_by_broad_consent(RuntimeOrigin::signed(P1), 7, P1),
			Error::<Test>::UnknownStudy
		);
	});
}

#[test]
fn a_profile_of_another_permission_does_not_match() {
	run_test(|| {
		active(1);
		// POA does not cover a disease-specific study.
		consent_broadly(P2, DuoPermission::PopulationOriginsAncestry, 0);
		assert_noop!(join(P2), Error::<Test>::DuoMismatch(DuoMismatch::Permission));
	});
}

#[test]
fn a_matching_profile_also_needs_the_research_consent() {
	run_test(|| {
		active(1);
		// HMB covers a DS-HD study, but the HRESCH consent for genomics must permit too.
		assert_ok!(set_profile(
			P1,
			Some(data_use(DuoPermission::HealthMedicalBiomedical, DuoModifiers::PUB))
		));
		assert_noop!(join(P1), Error::<Test>::NoResearchConsent);
	});
}

#[test]
fn a_matching_profile_and_consent_count_the_patient_in() {
	run_test(|| {
		active(1);
		consent_broadly(P1, DuoPermission::HealthMedicalBiomedical, DuoModifiers::PUB);
		assert_ok!(join(P1));
		// Counted once a data-holding provider attests them.
		System::assert_last_event(
			Event::Joined {
				study: STUDY,
				patient: P1,
				version: 1,
				basis: Basis::BroadConsent,
				cohort: 0,
			}
			.into(),
		);
		attest(P1, STUDY);
		System::assert_last_event(
			Event::Attested { study: STUDY, provider: HOSPITAL, patient: P1, cohort: 1 }.into(),
		);
		assert_eq!(
			Participants::<Test>::get(STUDY, P1).map(|p| p.basis),
			Some(Basis::BroadConsent)
		);
		assert_eq!(cohort(), 1);
		assert_noop!(join(P1), Error::<Test>::AlreadyParticipating);
	});
}

#[test]
fn a_broad_consent_does_not_join_a_closed_study() {
	run_test(|| {
		active(1);
		consent_broadly(P1, DuoPermission::GeneralResearchUse, 0);
		assert_ok!(close(STUDY));
		// Closed is not approved: a profile without IRB still matches, the status does not.
		assert_noop!(join(P1), Error::<Test>::StudyNotRecruiting);
	});
}

#[test]
fn a_profile_requiring_collaboration_needs_a_study_committed_to_it() {
	run_test(|| {
		active(1);
		consent_broadly(P3, DuoPermission::GeneralResearchUse, DuoModifiers::COL);
		assert_noop!(join(P3), Error::<Test>::DuoMismatch(DuoMismatch::NoCollaboration));
	});
}

#[test]
fn a_cleared_profile_no_longer_matches() {
	run_test(|| {
		active(1);
		consent_broadly(P3, DuoPermission::GeneralResearchUse, 0);
		assert_ok!(set_profile(P3, None));
		assert_noop!(join(P3), Error::<Test>::NoResearchProfile);
	});
}

#[test]
fn try_state_detects_a_drifting_cohort_counter() {
	run_test(|| {
		active_with(1, &[P1]);
		Studies::<Test>::mutate(STUDY, |s| s.as_mut().map(|s| s.cohort = 2));
		assert!(Research::do_try_state().is_err());
		Studies::<Test>::mutate(STUDY, |s| s.as_mut().map(|s| s.cohort = 1));
	});
}
