//! The attacks of the security review on research (H-2, M-2, M-3, M-4, M-5, L-9), each by a
//! hostile researcher, funder or reviewer against the test study. Each test is named after its
//! attack and asserts that it fails: written first against the code before issue #15, where
//! every one of them succeeded (the test failed), then made to pass by the fix.

use frame_support::{
	assert_ok,
	traits::fungible::{InspectHold, Mutate},
};
use healthchain_primitives::{fakes::FakeOrganizations, DuoPermission};

use super::*;
use crate::HoldReason;

/// The funds held from `who` for `reason`.
fn held(reason: HoldReason, who: u64) -> u64 {
	Balances::balance_on_hold(&reason.into(), &who)
}

/// `patient`'s broad consent: a GRU profile and a consent letting the institute read genomics
/// for research.
fn broad_consent(patient: u64) {
	super::participation::consent_broadly(patient, DuoPermission::GeneralResearchUse, 0);
}

/// H-2: the researcher makes k accounts of their own and opts them in; the hospital's dataset
/// then counts as covering k patients. Unattested accounts count for nothing.
#[test]
fn attack_sockpuppets_reach_k_and_a_grant() {
	run_test(|| {
		active(10);
		for sockpuppet in 100..110u64 {
			Balances::set_balance(&sockpuppet, 100);
			assert_ok!(opt_in(sockpuppet, STUDY));
		}
		assert_eq!(cohort(), 0, "sockpuppets count");
		assert!(grant(NOW + YEAR / 2).is_err(), "the grant was made on sockpuppets");
	});
}

/// H-2: a dataset "of 5,000 records" is granted on a cohort of one attested patient.
#[test]
fn attack_grant_counts_more_records_than_the_providers_cohort() {
	run_test(|| {
		active(1);
		assert_ok!(opt_in(P1, STUDY));
		attest(P1, STUDY);
		let granted = grant_records(STUDY, 5_000, NOW + YEAR / 2);
		assert!(granted.is_err(), "5,000 records granted on one patient");
	});
}

/// H-2: the researcher sets k = 1, below what the consortium accepts.
#[test]
fn attack_researcher_sets_k_below_the_consortium_floor() {
	run_test(|| {
		set_min_cohort_floor(5);
		assert!(register_terms(terms(1)).is_err(), "a study with k = 1 was registered");
	});
}

/// M-2: a patient withdraws; anyone counts them in again on their broad consent.
#[test]
fn attack_withdrawn_patient_is_rejoined_by_the_recruiter() {
	run_test(|| {
		active(1);
		broad_consent(P1);
		assert_ok!(Research::join_by_broad_consent(RuntimeOrigin::signed(RESEARCHER), STUDY, P1));
		assert_ok!(withdraw(P1, STUDY));
		let rejoined =
			Research::join_by_broad_consent(RuntimeOrigin::signed(RESEARCHER), STUDY, P1);
		assert!(rejoined.is_err(), "a withdrawn patient was counted in again by someone else");
	});
}

/// M-2: a patient revokes the consent their broad-consent participation rests on; they still
/// count towards k and new grants.
#[test]
fn attack_revoked_broad_consent_still_counts() {
	run_test(|| {
		active(1);
		broad_consent(P1);
		assert_ok!(Research::join_by_broad_consent(RuntimeOrigin::signed(RESEARCHER), STUDY, P1));
		attest(P1, STUDY);
		revoke_consents(P1, INSTITUTE);
		assert_eq!(cohort(), 0, "a revoked consent still counts");
		assert!(grant_records(STUDY, 1, NOW + YEAR / 2).is_err());
	});
}

/// M-3: a grant made for one protocol keeps giving access after the protocol changed and no
/// one consents to the new one.
#[test]
fn attack_grant_survives_an_amendment() {
	run_test(|| {
		active(1);
		assert_ok!(opt_in(P1, STUDY));
		attest(P1, STUDY);
		assert_ok!(grant_records(STUDY, 1, NOW + YEAR / 2));
		assert_ok!(amend(RESEARCHER, H256::repeat_byte(9)));
		assert!(log_access(0).is_err(), "access under a protocol nobody consented to");
	});
}

/// M-3: a grant outlives the study; data is used after its declared end.
#[test]
fn attack_data_used_after_the_study_ended() {
	run_test(|| {
		active(1);
		assert_ok!(opt_in(P1, STUDY));
		attest(P1, STUDY);
		assert!(grant_records(STUDY, 1, NOW + 2 * YEAR).is_err(), "a grant beyond the end");
		assert_ok!(grant_records(STUDY, 1, NOW + YEAR / 2));
		Timestamp::set_timestamp(NOW + YEAR + 1);
		assert!(grant_records(STUDY, 1, NOW + YEAR + 2).is_err(), "a grant after the end");
	});
}

/// M-4: the researcher amends the protocol (the cohort restarts at zero) and closes at once:
/// the whole pool goes back to the funder and no participant can claim.
#[test]
fn attack_amend_and_close_claws_back_the_pool() {
	run_test(|| {
		active(1);
		assert_ok!(opt_in(P1, STUDY));
		attest(P1, STUDY);
		assert_ok!(fund(STUDY, 100));
		let _ = amend(RESEARCHER, H256::repeat_byte(9));
		let _ = close(STUDY);
		let kept = held(HoldReason::CompensationPool, FINANCE);
		let claimed = claim(P1, STUDY).is_ok();
		assert!(kept == 100 || claimed, "the pool was clawed back: held {kept}");
	});
}

/// M-4: the pool of a study the ethics committee rejected stays frozen on the funder's account.
#[test]
fn attack_pool_of_a_rejected_study_is_frozen() {
	run_test(|| {
		let id = register(1);
		assert_ok!(fund(id, 100));
		assert_ok!(decide(id, false));
		reclaim_pool(id);
		assert_eq!(held(HoldReason::CompensationPool, FINANCE), 0, "frozen forever");
	});
}

/// M-4: shares nobody claims (a participant withdrew after the close) stay held forever.
#[test]
fn attack_unclaimed_shares_stay_held_forever() {
	run_test(|| {
		active(1);
		for patient in [P1, P2] {
			assert_ok!(opt_in(patient, STUDY));
			attest(patient, STUDY);
		}
		assert_ok!(fund(STUDY, 100));
		assert_ok!(close(STUDY));
		assert_ok!(claim(P1, STUDY));
		let _ = withdraw(P2, STUDY);
		Timestamp::set_timestamp(NOW + 2 * YEAR);
		reclaim_pool(STUDY);
		assert_eq!(held(HoldReason::CompensationPool, FINANCE), 0, "the unclaimed share is lost");
	});
}

/// M-5: a researcher removed from the institution still runs their study.
#[test]
fn attack_removed_researcher_activates_amends_and_closes() {
	run_test(|| {
		approved(1);
		FakeOrganizations::remove_member(INSTITUTE, RESEARCHER);
		assert!(activate(RESEARCHER, STUDY).is_err(), "a former researcher activated");
		assert!(amend(RESEARCHER, H256::repeat_byte(9)).is_err(), "a former researcher amended");
	});
}

/// M-5: a researcher who is also an ethics reviewer registers a study, leaves the institution
/// and approves their own study.
#[test]
fn attack_researcher_leaves_and_approves_their_own_study() {
	run_test(|| {
		let id = crate::NextStudyId::<Test>::get();
		assert_ok!(Research::register_study(
			RuntimeOrigin::signed(CONFLICTED),
			INSTITUTE,
			terms(1)
		));
		FakeOrganizations::remove_member(INSTITUTE, CONFLICTED);
		let approved = Research::decide_study(RuntimeOrigin::signed(CONFLICTED), id, BOARD, true);
		assert!(approved.is_err(), "the study's own researcher approved it");
	});
}

/// L-3/L-9: a study's and a grant's deposits are never returned.
#[test]
fn attack_deposits_of_ended_studies_and_grants_are_kept_forever() {
	run_test(|| {
		active(1);
		assert_ok!(opt_in(P1, STUDY));
		attest(P1, STUDY);
		assert_ok!(grant_records(STUDY, 1, NOW + YEAR / 2));
		assert_ok!(Research::revoke_grant(RuntimeOrigin::signed(STEWARD), 0));
		assert_eq!(held(HoldReason::Deposit, STEWARD), 0, "a revoked grant keeps its deposit");
		assert_ok!(close(STUDY));
		assert_eq!(held(HoldReason::Deposit, RESEARCHER), 0, "a closed study keeps its deposit");
	});
}
