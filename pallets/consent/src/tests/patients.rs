//! Onboarding patients who hold no tokens.

use frame_support::{assert_noop, assert_ok};
use healthchain_primitives::AccessDenied;
use sp_runtime::{DispatchError, TokenError};

use super::*;
use crate::{mock::*, Error, Event, Patients};

/// `who` onboards `patient` for the hospital.
fn register(who: u64, patient: u64) -> DispatchResult {
	Consent::register_patient(RuntimeOrigin::signed(who), HOSPITAL, patient)
}

#[test]
fn an_organization_onboards_a_patient_who_holds_no_tokens() {
	run_test(|| {
		let newcomer = 50;
		assert!(!System::account_exists(&newcomer));
		assert_ok!(register(CLERK, newcomer));
		System::assert_last_event(
			Event::PatientRegistered { patient: newcomer, organization: HOSPITAL, by: CLERK }
				.into(),
		);
		assert!(System::account_exists(&newcomer));
		assert_eq!(Balances::free_balance(newcomer), 0);
		assert_eq!(held(HoldReason::PatientRegistration, CLERK), PATIENT_DEPOSIT);
		assert_eq!(Patients::<Test>::get(newcomer).map(|r| r.organization), Some(HOSPITAL));
	});
}

#[test]
fn only_funded_members_onboard_a_patient_once() {
	run_test(|| {
		assert_ok!(register(CLERK, 50));
		assert_noop!(register(CLINICIAN, 50), Error::<Test>::AlreadyRegistered);
		assert_noop!(register(REVIEWER, 51), Error::<Test>::AccessDenied(AccessDenied::NotAMember));
		assert_noop!(
			register(PAUPER_CLINICIAN, 51),
			DispatchError::Token(TokenError::FundsUnavailable)
		);
	});
}
