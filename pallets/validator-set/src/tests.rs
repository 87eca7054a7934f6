//! Tests of `pallet-validator-set`: every call, every error, and the session hand-over.

#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

use frame_support::{assert_noop, assert_ok};
use pallet_session::SessionManager;
use sp_runtime::{DispatchError, DispatchResult};

use crate::{mock::*, Error, Event, Validators};

/// Governance (Root) admits `who` as a validator from the next session.
fn admit(who: u64) -> DispatchResult {
	ValidatorSet::add_validator(RuntimeOrigin::root(), who)
}

/// Governance (Root) removes `who` from the validators from the next session.
fn remove(who: u64) -> DispatchResult {
	ValidatorSet::remove_validator(RuntimeOrigin::root(), who)
}

/// The set the session pallet gets for session `index`.
fn next_session(index: u32) -> Option<Vec<u64>> {
	<ValidatorSet as SessionManager<u64>>::new_session(index)
}

#[test]
fn genesis_validators_are_the_first_sessions_set() {
	run_test(|| {
		assert_eq!(ValidatorSet::validators(), vec![1, 2, 3]);
		assert_eq!(
			<ValidatorSet as SessionManager<u64>>::new_session_genesis(0),
			Some(vec![1, 2, 3])
		);
	});
}

#[test]
fn governance_admits_a_registered_validator_for_the_next_session() {
	run_test(|| {
		assert_ok!(admit(4));
		System::assert_last_event(Event::ValidatorAdded { who: 4 }.into());
		assert_eq!(next_session(2), Some(vec![1, 2, 3, 4]));
	});
}

#[test]
fn an_unchanged_set_is_no_change_for_the_next_session() {
	run_test(|| {
		assert_eq!(
			<ValidatorSet as SessionManager<u64>>::new_session_genesis(0),
			Some(vec![1, 2, 3])
		);
		for index in 1..=10 {
			assert_eq!(next_session(index), None, "session {index}: nothing changed");
		}
		assert_ok!(admit(4));
		assert_eq!(next_session(11), Some(vec![1, 2, 3, 4]));
		assert_eq!(next_session(12), None, "planned once");
		// Removed and admitted again within one session: the same set, no change.
		assert_ok!(remove(4));
		assert_ok!(admit(4));
		assert_eq!(next_session(13), None);
		assert_ok!(remove(2));
		assert_eq!(next_session(14), Some(vec![1, 3, 4]));
		assert_eq!(crate::Planned::<Test>::get().unwrap().into_inner(), vec![1, 3, 4]);
	});
}

#[test]
fn admitting_twice_fails() {
	run_test(|| {
		assert_noop!(admit(1), Error::<Test>::AlreadyValidator);
	});
}

#[test]
fn the_set_is_bounded() {
	run_test(|| {
		for who in 10..15 {
			FakeSessionKeys::register(who);
			assert_ok!(admit(who));
		}
		assert_eq!(Validators::<Test>::get().len(), 8);
		FakeSessionKeys::register(20);
		assert_noop!(admit(20), Error::<Test>::TooManyValidators);
	});
}

#[test]
fn governance_removes_a_validator_for_the_next_session() {
	run_test(|| {
		assert_ok!(remove(2));
		System::assert_last_event(Event::ValidatorRemoved { who: 2 }.into());
		assert_eq!(next_session(2), Some(vec![1, 3]));
	});
}

#[test]
fn the_set_never_shrinks_below_the_minimum() {
	run_test(|| {
		assert_ok!(remove(1));
		assert_noop!(remove(2), Error::<Test>::TooFewValidators);
	});
}

#[test]
fn a_removed_validator_can_be_readmitted() {
	run_test(|| {
		assert_ok!(remove(3));
		assert_ok!(admit(3));
		assert_eq!(ValidatorSet::validators(), vec![1, 2, 3]);
	});
}

#[test]
fn admitting_an_account_without_session_keys_fails() {
	run_test(|| {
		assert_noop!(admit(9), Error::<Test>::NoSessionKeys);
	});
}

#[test]
fn only_governance_changes_the_set() {
	run_test(|| {
		let member = RuntimeOrigin::signed(1);
		assert_noop!(ValidatorSet::add_validator(member.clone(), 4), DispatchError::BadOrigin);
		assert_noop!(ValidatorSet::remove_validator(member, 2), DispatchError::BadOrigin);
	});
}

#[test]
fn removing_a_non_validator_fails() {
	run_test(|| {
		assert_noop!(remove(4), Error::<Test>::NotValidator);
	});
}

#[test]
fn try_state_detects_a_duplicate() {
	new_test_ext().execute_with(|| {
		Validators::<Test>::put(frame_support::BoundedVec::truncate_from(vec![1, 1, 2]));
		assert!(ValidatorSet::do_try_state().is_err());
	});
}

#[test]
fn sessions_have_the_production_length_unless_genesis_sets_one() {
	use frame_support::traits::EstimateNextSessionRotation;
	use pallet_session::ShouldEndSession;

	use crate::PeriodicSessions;
	type Sessions = PeriodicSessions<Test>;

	new_test_ext().execute_with(|| {
		assert_eq!(ValidatorSet::session_length(), 600);
		let ends: Vec<u64> = (1..=1_800).filter(|n| Sessions::should_end_session(*n)).collect();
		assert_eq!(ends, vec![600, 1_200, 1_800], "one rotation per 600 blocks");
		assert_eq!(Sessions::average_session_length(), 600);
	});
	new_test_ext_with_sessions(Some(10)).execute_with(|| {
		assert_eq!(ValidatorSet::session_length(), 10);
		let ends: Vec<u64> = (1..=30).filter(|n| Sessions::should_end_session(*n)).collect();
		assert_eq!(ends, vec![10, 20, 30], "a test network's own short sessions");
		assert_eq!(Sessions::estimate_next_session_rotation(11).0, Some(20));
		assert_eq!(Sessions::estimate_next_session_rotation(20).0, Some(30));
		assert_eq!(Sessions::estimate_next_session_rotation(19).0, Some(20));
		assert_eq!(
			Sessions::estimate_current_session_progress(14).0,
			Some(sp_runtime::Permill::from_percent(50))
		);
		assert_eq!(
			Sessions::estimate_current_session_progress(19).0,
			Some(sp_runtime::Permill::from_percent(100))
		);
	});
}

#[test]
#[should_panic(expected = "a session lasts at least one block")]
fn a_zero_session_length_is_refused_at_genesis() {
	new_test_ext_with_sessions(Some(0));
}

#[test]
fn try_state_detects_a_zero_session_length() {
	new_test_ext().execute_with(|| {
		crate::SessionLength::<Test>::put(0);
		assert!(ValidatorSet::do_try_state().is_err());
		// Even so, sessions never divide by zero.
		assert_eq!(ValidatorSet::session_length(), 600);
	});
}
