//! Studies: registration on terms, the ethics decision (never by the study's own institution),
//! activation, amendments and closing, and each status error.

use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use healthchain_primitives::{AccessDenied, CategorySet, DuoModifiers};
use sp_core::H256;

use super::*;
use crate::{Error, Event, HoldReason, Studies, StudyStatus};

/// The board's ethicist decides the first study (`approve`); the event and the stored study then
/// show it `status`, decided by the board's ethicist.
fn assert_decides(approve: bool, status: StudyStatus) {
	assert_ok!(decide(STUDY, approve));
	System::assert_last_event(
		Event::StudyDecided { study: STUDY, committee: BOARD, status }.into(),
	);
	let study = Studies::<Test>::get(STUDY).expect("study");
	assert_eq!((study.status, study.ethics), (status, Some((BOARD, ETHICIST))));
}

/// The last event moved the first study to `status`, and the study is stored so.
fn assert_moved_to(status: StudyStatus) {
	System::assert_last_event(Event::StudyStatusChanged { study: STUDY, status }.into());
	assert_eq!(Studies::<Test>::get(STUDY).map(|s| s.status), Some(status));
}

#[test]
fn a_researcher_registers_a_proposed_study_and_a_deposit_is_held() {
	run_test(|| {
		assert_ok!(register_terms(terms(2)));
		System::assert_last_event(
			Event::StudyRegistered { study: STUDY, institution: INSTITUTE }.into(),
		);
		let study = Studies::<Test>::get(STUDY).expect("registered");
		assert_eq!((study.status, study.version, study.cohort), (StudyStatus::Proposed, 1, 0));
		assert_eq!((study.researcher, study.registered_at), (RESEARCHER, NOW));
		assert_eq!(
			Balances::balance_on_hold(&HoldReason::Deposit.into(), &RESEARCHER),
			STUDY_DEPOSIT
		);
	});
}

#[test]
fn only_a_researcher_of_the_institution_registers() {
	run_test(|| {
		assert_noop!(
			Research::register_study(RuntimeOrigin::signed(FINANCE), INSTITUTE, terms(1)),
			Error::<Test>::AccessDenied(AccessDenied::MissingRole)
		);
	});
}

#[test]
fn undefined_duo_modifiers_are_refused() {
	run_test(|| {
		let mut bad = terms(1);
		bad.data_use.modifiers = DuoModifiers(1 << 12);
		assert_noop!(register_terms(bad), Error::<Test>::InvalidDataUse);
	});
}

#[test]
fn a_study_must_ask_for_a_defined_category() {
	run_test(|| {
		let none = StudyTerms { categories: CategorySet::empty(), ..terms(1) };
		assert_noop!(register_terms(none), Error::<Test>::InvalidDataUse);
		let undefined = StudyTerms { categories: CategorySet(1 << 20), ..terms(1) };
		assert_noop!(register_terms(undefined), Error::<Test>::InvalidDataUse);
	});
}

#[test]
fn a_minimum_cohort_of_zero_is_refused() {
	run_test(|| {
		assert_noop!(register_terms(terms(0)), Error::<Test>::ZeroMinCohort);
	});
}

#[test]
fn a_study_must_end_in_the_future() {
	run_test(|| {
		assert_noop!(
			register_terms(StudyTerms { ends_at: NOW, ..terms(1) }),
			Error::<Test>::EndInPast
		);
		assert_ok!(register_terms(StudyTerms { ends_at: NOW + 1, ..terms(1) }));
	});
}

#[test]
fn registering_fails_cleanly_when_study_ids_are_exhausted() {
	run_test(|| {
		crate::NextStudyId::<Test>::put(u32::MAX);
		assert_noop!(register_terms(terms(1)), Error::<Test>::IdsExhausted);
		crate::NextStudyId::<Test>::put(0);
	});
}

#[test]
fn an_ethics_reviewer_of_another_institution_approves() {
	run_test(|| {
		register(2);
		assert_decides(true, StudyStatus::Approved);
	});
}

#[test]
fn an_ethics_reviewer_rejects() {
	run_test(|| {
		register(2);
		assert_decides(false, StudyStatus::Rejected);
	});
}

#[test]
fn a_member_of_the_study_s_own_institution_cannot_decide_it() {
	run_test(|| {
		register(2);
		// CONFLICTED reviews for the board and researches at the institute.
		assert_noop!(
			Research::decide_study(RuntimeOrigin::signed(CONFLICTED), STUDY, BOARD, true),
			Error::<Test>::SelfApproval
		);
	});
}

#[test]
fn only_a_reviewer_of_an_ethics_committee_decides() {
	run_test(|| {
		register(2);
		assert_noop!(
			Research::decide_study(RuntimeOrigin::signed(RESEARCHER), STUDY, INSTITUTE, true),
			Error::<Test>::AccessDenied(AccessDenied::WrongKind)
		);
	});
}

#[test]
fn deciding_an_unknown_study_fails() {
	run_test(|| {
		assert_noop!(decide(7, true), Error::<Test>::UnknownStudy);
	});
}

#[test]
fn a_decided_study_cannot_be_decided_again() {
	run_test(|| {
		approved(2);
		assert_noop!(decide(STUDY, false), Error::<Test>::StudyNotProposed);
	});
}

#[test]
fn a_proposed_or_already_active_study_cannot_be_activated() {
	for set_up in [register, active] {
		run_test(|| {
			let id = set_up(2);
			assert_noop!(activate(RESEARCHER, id), Error::<Test>::StudyNotApproved);
		});
	}
}

#[test]
fn only_the_researcher_activates_an_approved_study() {
	run_test(|| {
		approved(2);
		assert_noop!(activate(CONFLICTED, STUDY), Error::<Test>::NotResearcher);
		assert_ok!(activate(RESEARCHER, STUDY));
		assert_moved_to(StudyStatus::Active);
	});
}

#[test]
fn only_the_researcher_amends_the_protocol() {
	run_test(|| {
		active(2);
		assert_noop!(amend(CONFLICTED, H256::repeat_byte(9)), Error::<Test>::NotResearcher);
	});
}

#[test]
fn an_amendment_is_a_new_version_whose_cohort_starts_at_zero() {
	run_test(|| {
		active_with(2, &[P1, P2]);
		assert_ok!(amend(RESEARCHER, H256::repeat_byte(9)));
		System::assert_last_event(
			Event::ProtocolAmended {
				study: STUDY,
				version: 2,
				protocol_hash: H256::repeat_byte(9),
			}
			.into(),
		);
		let study = Studies::<Test>::get(STUDY).expect("study");
		assert_eq!((study.version, study.cohort, study.attested), (2, 0, 2));
		assert_eq!(study.protocol_hash, H256::repeat_byte(9));
		// Back to its ethics committee (security review M-3).
		assert_eq!((study.status, study.ethics), (StudyStatus::Proposed, None));
		reapproved(STUDY);
		assert_eq!(Studies::<Test>::get(STUDY).map(|s| s.status), Some(StudyStatus::Active));
	});
}

#[test]
fn a_rejected_study_cannot_be_amended() {
	run_test(|| {
		rejected(1);
		assert_noop!(amend(RESEARCHER, H256::zero()), Error::<Test>::StudyRejected);
	});
}

#[test]
fn a_closed_study_cannot_be_amended() {
	run_test(|| {
		closed_with(&[]);
		assert_noop!(amend(RESEARCHER, H256::zero()), Error::<Test>::StudyClosed);
	});
}

#[test]
fn the_researcher_closes_an_active_study() {
	run_test(|| {
		active(1);
		assert_noop!(
			Research::close_study(RuntimeOrigin::signed(CONFLICTED), STUDY),
			Error::<Test>::NotResearcher
		);
		assert_ok!(close(STUDY));
		assert_moved_to(StudyStatus::Closed);
	});
}

#[test]
fn only_an_active_study_is_closed() {
	run_test(|| {
		approved(1);
		assert_noop!(close(STUDY), Error::<Test>::StudyNotActive);
		assert_ok!(activate(RESEARCHER, STUDY));
		assert_ok!(close(STUDY));
		assert_noop!(close(STUDY), Error::<Test>::StudyNotActive);
	});
}
