//! Tests of `pallet-validator-set`: every call, every error, and the session hand-over.

#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

use frame_support::{assert_noop, assert_ok};
use pallet_session::SessionManager;
use sp_runtime::DispatchError;

use crate::{mock::*, Error, Event, Validators};

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
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 4));
		System::assert_last_event(Event::ValidatorAdded { who: 4 }.into());
		assert_eq!(<ValidatorSet as SessionManager<u64>>::new_session(2), Some(vec![1, 2, 3, 4]));
	});
}

#[test]
fn governance_removes_a_validator_for_the_next_session() {
	run_test(|| {
		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), 2));
		System::assert_last_event(Event::ValidatorRemoved { who: 2 }.into());
		assert_eq!(<ValidatorSet as SessionManager<u64>>::new_session(2), Some(vec![1, 3]));
	});
}

#[test]
fn a_removed_validator_can_be_readmitted() {
	run_test(|| {
		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), 3));
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 3));
		assert_eq!(ValidatorSet::validators(), vec![1, 2, 3]);
	});
}

#[test]
fn only_governance_changes_the_set() {
	run_test(|| {
		assert_noop!(
			ValidatorSet::add_validator(RuntimeOrigin::signed(1), 4),
			DispatchError::BadOrigin
		);
		assert_noop!(
			ValidatorSet::remove_validator(RuntimeOrigin::signed(1), 2),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn admitting_twice_fails() {
	run_test(|| {
		assert_noop!(
			ValidatorSet::add_validator(RuntimeOrigin::root(), 1),
			Error::<Test>::AlreadyValidator
		);
	});
}

#[test]
fn admitting_an_account_without_session_keys_fails() {
	run_test(|| {
		assert_noop!(
			ValidatorSet::add_validator(RuntimeOrigin::root(), 9),
			Error::<Test>::NoSessionKeys
		);
	});
}

#[test]
fn the_set_is_bounded() {
	run_test(|| {
		for who in 10..15 {
			FakeSessionKeys::register(who);
			assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), who));
		}
		assert_eq!(Validators::<Test>::get().len(), 8);
		FakeSessionKeys::register(20);
		assert_noop!(
			ValidatorSet::add_validator(RuntimeOrigin::root(), 20),
			Error::<Test>::TooManyValidators
		);
	});
}

#[test]
fn removing_a_non_validator_fails() {
	run_test(|| {
		assert_noop!(
			ValidatorSet::remove_validator(RuntimeOrigin::root(), 4),
			Error::<Test>::NotValidator
		);
	});
}

#[test]
fn the_set_never_shrinks_below_the_minimum() {
	run_test(|| {
		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), 1));
		assert_noop!(
			ValidatorSet::remove_validator(RuntimeOrigin::root(), 2),
			Error::<Test>::TooFewValidators
		);
	});
}

#[test]
fn try_state_detects_a_duplicate() {
	new_test_ext().execute_with(|| {
		Validators::<Test>::put(frame_support::BoundedVec::truncate_from(vec![1, 1, 2]));
		assert!(ValidatorSet::do_try_state().is_err());
	});
}
