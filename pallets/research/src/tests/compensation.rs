//! Compensation: one funder per pool, shares fixed at closing, each current participant pulls
//! theirs once, and what cannot be shared returns to the funder; no currency is created.

use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use healthchain_primitives::AccessDenied;

use super::*;
use crate::{Error, Event, HoldReason, Pools};

fn held_by_finance() -> u64 {
	Balances::balance_on_hold(&HoldReason::CompensationPool.into(), &FINANCE)
}

/// An active study with k = 1 that `patients` opted in to, its pool funded with 1_000 by the
/// finance officer; returns its id.
fn funded_with(patients: &[u64]) -> StudyId {
	let id = active_with(1, patients);
	assert_ok!(fund(id, 1_000));
	id
}

/// The share of each participant of the first study, once fixed at closing.
fn share() -> Option<u64> {
	Pools::<Test>::get(STUDY).and_then(|p| p.share)
}

#[test]
fn a_member_of_the_institution_funds_the_pool() {
	run_test(|| {
		active(1);
		assert_ok!(fund(STUDY, 1_000));
		System::assert_last_event(Event::PoolFunded { study: STUDY, amount: 1_000 }.into());
		assert_ok!(fund(STUDY, 500));
		let pool = Pools::<Test>::get(STUDY).expect("funded");
		assert_eq!((pool.funder, pool.funded, pool.paid, pool.share), (FINANCE, 1_500, 0, None));
		assert_eq!(held_by_finance(), 1_500);
	});
}

#[test]
fn only_a_member_of_the_institution_funds_the_pool() {
	run_test(|| {
		active(1);
		assert_noop!(
			Research::fund_pool(RuntimeOrigin::signed(ETHICIST), STUDY, 100),
			Error::<Test>::AccessDenied(AccessDenied::NotAMember)
		);
		assert_noop!(fund(7, 100), Error::<Test>::UnknownStudy);
	});
}

#[test]
fn a_pool_is_not_funded_with_zero() {
	run_test(|| {
		active(1);
		assert_noop!(fund(STUDY, 0), Error::<Test>::ZeroAmount);
	});
}

#[test]
fn a_pool_has_one_funder() {
	run_test(|| {
		active(1);
		assert_ok!(fund(STUDY, 1_000));
		assert_noop!(
			Research::fund_pool(RuntimeOrigin::signed(RESEARCHER), STUDY, 10),
			Error::<Test>::PoolOfAnotherFunder
		);
	});
}

#[test]
fn a_closed_study_s_pool_takes_no_more_funds() {
	run_test(|| {
		funded_with(&[P1]);
		assert_ok!(close(STUDY));
		assert_noop!(fund(STUDY, 1), Error::<Test>::StudyClosed);
	});
}

#[test]
fn compensation_is_claimed_only_after_closing() {
	run_test(|| {
		funded_with(&[P1]);
		assert_noop!(claim(P1, STUDY), Error::<Test>::StudyNotClosed);
		assert_noop!(claim(P1, 7), Error::<Test>::UnknownStudy);
	});
}

#[test]
fn after_closing_each_current_participant_pulls_an_equal_share_once() {
	run_test(|| {
		funded_with(&[P1, P2, P3]);
		assert_ok!(withdraw(P3, STUDY));
		let issuance = Balances::total_issuance();
		assert_ok!(close(STUDY));
		assert_eq!(share(), Some(500));

		let before = Balances::free_balance(P1);
		assert_ok!(claim(P1, STUDY));
		System::assert_last_event(
			Event::CompensationClaimed { study: STUDY, patient: P1, amount: 500 }.into(),
		);
		assert_eq!(Balances::free_balance(P1), before + 500);
		assert_noop!(claim(P1, STUDY), Error::<Test>::NothingToClaim);
		assert_ok!(claim(P2, STUDY));
		assert_eq!(held_by_finance(), 0);
		assert_eq!(Balances::total_issuance(), issuance, "no currency created or destroyed");
	});
}

#[test]
fn a_withdrawn_patient_has_nothing_to_claim() {
	run_test(|| {
		funded_with(&[P1, P3]);
		assert_ok!(withdraw(P3, STUDY));
		assert_ok!(close(STUDY));
		assert_noop!(claim(P3, STUDY), Error::<Test>::NothingToClaim);
	});
}

#[test]
fn a_closed_study_without_a_pool_has_nothing_to_claim() {
	run_test(|| {
		closed_with(&[P1]);
		assert_noop!(claim(P1, STUDY), Error::<Test>::NothingToClaim);
	});
}

#[test]
fn an_indivisible_remainder_returns_to_the_funder() {
	run_test(|| {
		funded_with(&[P1, P2, P3]);
		assert_ok!(close(STUDY));
		assert_eq!(share(), Some(333));
		assert_eq!(held_by_finance(), 999);
	});
}

#[test]
fn an_empty_cohort_s_pool_returns_to_the_funder() {
	run_test(|| {
		active(1);
		let before = Balances::free_balance(FINANCE);
		assert_ok!(fund(STUDY, 400));
		assert_ok!(close(STUDY));
		assert_eq!(Pools::<Test>::get(STUDY).map(|p| (p.share, p.paid)), Some((Some(0), 400)));
		assert_eq!(held_by_finance(), 0);
		assert_eq!(Balances::free_balance(FINANCE), before);
	});
}
