//! Onboarding patients who hold no tokens.

use frame_support::{assert_noop, assert_ok};
use healthchain_primitives::AccessDenied;
use sp_runtime::{DispatchError, TokenError};

use super::*;
use crate::{mock::*, Error, Event, Patients};

/// `who` onboards `patient` for the hospital.
fn register(who: u64, patient: u64) -> DispatchResult {
	Consent::register_patient(
		RuntimeOrigin::signed(who),
		HOSPITAL,
		patient,
		registration_signature(patient, HOSPITAL),
	)
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

#[test]
fn a_member_cannot_register_an_account_without_its_signature() {
	run_test(|| {
		// L-7: the first member to register an account owned it forever (AlreadyRegistered for
		// everyone else), without the account holder ever agreeing.
		let victim = 50;
		let by_the_member = TestSignature(REVIEWER, Consent::registration_message(INSURER));
		assert_noop!(
			Consent::register_patient(
				RuntimeOrigin::signed(REVIEWER),
				INSURER,
				victim,
				by_the_member
			),
			Error::<Test>::BadRegistrationSignature,
		);
		// A signature for the hospital does not register the patient with the insurer.
		let for_the_hospital = registration_signature(victim, HOSPITAL);
		assert_noop!(
			Consent::register_patient(
				RuntimeOrigin::signed(REVIEWER),
				INSURER,
				victim,
				for_the_hospital
			),
			Error::<Test>::BadRegistrationSignature,
		);
		// Signed for the hospital, it registers the patient with the hospital only.
		assert_ok!(register(CLERK, victim));
	});
}

#[test]
fn a_wallet_signature_of_the_wrapped_message_is_accepted() {
	run_test(|| {
		let message = Consent::registration_message(HOSPITAL);
		let wrapped = [&b"<Bytes>"[..], &message, b"</Bytes>"].concat();
		assert_ok!(Consent::register_patient(
			RuntimeOrigin::signed(CLERK),
			HOSPITAL,
			50,
			TestSignature(50, wrapped)
		));
	});
}

#[test]
fn a_token_less_patient_is_given_a_guardian_by_the_onboarding_organization() {
	run_test(|| {
		let guardian = CLERK;
		// Nobody else can name the guardian.
		assert_noop!(
			Consent::set_guardian(RuntimeOrigin::signed(REVIEWER), PATIENT, Some(REVIEWER)),
			Error::<Test>::AccessDenied(AccessDenied::NotAMember)
		);
		assert_noop!(
			Consent::set_guardian(RuntimeOrigin::signed(CLINICIAN), SYBIL, Some(guardian)),
			Error::<Test>::NotRegistered
		);
		assert_ok!(Consent::set_guardian(
			RuntimeOrigin::signed(REGISTRAR),
			PATIENT,
			Some(guardian)
		));
		System::assert_last_event(
			Event::GuardianSet { patient: PATIENT, guardian: Some(guardian), by: REGISTRAR }.into(),
		);
		// The guardian grants and revokes for the patient; nobody else can.
		assert_noop!(
			Consent::grant_consent_for(
				RuntimeOrigin::signed(REVIEWER),
				PATIENT,
				HOSPITAL,
				treatment()
			),
			Error::<Test>::NotGuardian
		);
		let id = crate::NextConsentId::<Test>::get();
		assert_ok!(Consent::grant_consent_for(
			RuntimeOrigin::signed(guardian),
			PATIENT,
			HOSPITAL,
			treatment()
		));
		assert_eq!(Consent::consents_of(&PATIENT).consents[0].value.patient, PATIENT);
		assert_ok!(Consent::revoke_consent_for(RuntimeOrigin::signed(guardian), PATIENT, id));
		assert!(Consent::consents_of(&PATIENT).consents.is_empty());
		// The patient can dismiss the guardian.
		assert_ok!(Consent::set_guardian(RuntimeOrigin::signed(PATIENT), PATIENT, None));
		assert_noop!(
			Consent::grant_consent_for(
				RuntimeOrigin::signed(guardian),
				PATIENT,
				HOSPITAL,
				treatment()
			),
			Error::<Test>::NotGuardian
		);
	});
}
