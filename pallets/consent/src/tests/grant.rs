//! Granting and revoking consents: what is stored and announced, every error, the bound per
//! patient, genesis consents.

use frame_support::{assert_noop, assert_ok};
use healthchain_primitives::{
	AccessDenied, Action, ActionSet, CategorySet, DataCategory, Decision, DenyReason, Purpose,
	PurposeSet,
};

use super::*;
use crate::{
	mock::*, ConsentTerms, Consents, ConsentsOf, Error, Event, GrantsHeldBy, NextConsentId, SortKey,
};

#[test]
fn a_granted_consent_is_stored_announced_and_indexed() {
	run_test(|| {
		let id = grant(PATIENT, treatment());
		System::assert_last_event(
			Event::ConsentGranted { consent: id, patient: PATIENT, organization: HOSPITAL }.into(),
		);
		let consent = Consents::<Test>::get(id).expect("stored");
		assert_eq!(
			consent.terms,
			ConsentTerms { valid_from: Some(NOW), ..treatment() },
			"the terms as granted, starting now"
		);
		assert_eq!((consent.granted_at, consent.accesses), (NOW, 0));
		assert_eq!(ConsentsOf::<Test>::get(PATIENT).into_inner(), vec![id]);
		assert!(GrantsHeldBy::<Test>::contains_key(HOSPITAL, SortKey(id)));
	});
}

#[test]
fn a_start_given_in_the_terms_is_kept() {
	run_test(|| {
		let id = grant(PATIENT, ConsentTerms { valid_from: Some(NOW + 100), ..treatment() });
		assert_eq!(Consents::<Test>::get(id).and_then(|c| c.terms.valid_from), Some(NOW + 100));
	});
}

#[test]
fn revocation_takes_effect_at_once() {
	run_test(|| {
		let id = grant(PATIENT, treatment());
		assert_ok!(Consent::revoke_consent(RuntimeOrigin::signed(PATIENT), id));
		System::assert_last_event(
			Event::ConsentRevoked { consent: id, patient: PATIENT, organization: HOSPITAL }.into(),
		);
		assert_eq!(
			eval(Purpose::Treatment, DataCategory::LabResults, Action::Read),
			Decision::Deny(DenyReason::NoConsent)
		);
		assert!(Consents::<Test>::get(id).is_none());
		assert!(!ConsentsOf::<Test>::contains_key(PATIENT));
		assert!(!GrantsHeldBy::<Test>::contains_key(HOSPITAL, SortKey(id)));
	});
}

#[test]
fn revoke_errors() {
	run_test(|| {
		assert_noop!(
			Consent::revoke_consent(RuntimeOrigin::signed(PATIENT), 9),
			Error::<Test>::UnknownConsent
		);
		let id = grant(PATIENT, treatment());
		assert_noop!(
			Consent::revoke_consent(RuntimeOrigin::signed(OTHER_PATIENT), id),
			Error::<Test>::NotYourConsent
		);
		assert_noop!(
			Consent::revoke_consent(RuntimeOrigin::none(), id),
			sp_runtime::DispatchError::BadOrigin
		);
	});
}

#[test]
fn only_existing_active_organizations_receive_consents() {
	run_test(|| {
		let denied = |why| Error::<Test>::AccessDenied(why);
		assert_noop!(
			try_grant(PATIENT, 99, treatment()),
			denied(AccessDenied::UnknownOrganization)
		);
		assert_noop!(
			try_grant(PATIENT, SUSPENDED_CLINIC, treatment()),
			denied(AccessDenied::OrganizationSuspended)
		);
		// Any kind of organization may receive one, e.g. an insurer.
		assert_ok!(try_grant(PATIENT, INSURER, treatment()));
	});
}

#[test]
fn terms_that_name_nothing_or_contradict_themselves_are_refused() {
	run_test(|| {
		let t = treatment();
		let refused: [(ConsentTerms, Error<Test>); 11] = [
			(ConsentTerms { purposes: PurposeSet(0), ..t }, Error::NoPurpose),
			(ConsentTerms { categories: CategorySet(0), ..t }, Error::NoCategory),
			(ConsentTerms { actions: ActionSet(0), ..t }, Error::NoAction),
			(ConsentTerms { purposes: PurposeSet(0x80), ..t }, Error::InvalidBits),
			(ConsentTerms { categories: CategorySet(1 << 20), ..t }, Error::InvalidBits),
			(ConsentTerms { actions: ActionSet(4), ..t }, Error::InvalidBits),
			(
				ConsentTerms { valid_from: Some(NOW + 10), valid_until: Some(NOW + 10), ..t },
				Error::InvalidWindow,
			),
			(
				ConsentTerms { valid_from: Some(NOW - 100), valid_until: Some(NOW), ..t },
				Error::InvalidWindow,
			),
			(ConsentTerms { valid_until: Some(NOW), ..t }, Error::InvalidWindow),
			(ConsentTerms { max_accesses: Some(0), ..t }, Error::ZeroAccessLimit),
			(ConsentTerms { erase_by: Some(NOW), ..t }, Error::EraseByInPast),
		];
		for (terms, error) in refused {
			assert_noop!(try_grant(PATIENT, HOSPITAL, terms), error);
		}
	});
}

#[test]
fn exhausted_consent_ids_fail_cleanly() {
	run_test(|| {
		NextConsentId::<Test>::put(u64::MAX);
		assert_noop!(try_grant(PATIENT, HOSPITAL, treatment()), Error::<Test>::IdsExhausted);
	});
}

#[test]
fn a_patient_holds_a_bounded_number_of_consents() {
	run_test(|| {
		for _ in 0..4 {
			grant(PATIENT, treatment());
		}
		assert_noop!(try_grant(PATIENT, HOSPITAL, treatment()), Error::<Test>::TooManyConsents);
		// Another patient is not affected by this patient's bound.
		grant(OTHER_PATIENT, treatment());
	});
}

#[test]
fn try_state_detects_a_missing_index_entry() {
	new_test_ext().execute_with(|| {
		let id = grant(PATIENT, treatment());
		GrantsHeldBy::<Test>::remove(HOSPITAL, SortKey(id));
		assert!(Consent::do_try_state().is_err());
	});
}

#[test]
fn genesis_onboards_patients_and_grants_consents() {
	run_test(|| {
		let limited = ConsentTerms { max_accesses: Some(10), ..treatment() };
		let config = crate::GenesisConfig::<Test> {
			patients: vec![(60, HOSPITAL, CLERK)],
			consents: vec![(60, HOSPITAL, limited)],
		};
		frame_support::traits::BuildGenesisConfig::build(&config);
		assert!(System::account_exists(&60));
		let consents = Consent::consents_of(&60).consents;
		assert_eq!(consents.len(), 1);
		assert_eq!(consents[0].value.terms.max_accesses, Some(10));
		assert_eq!(held(HoldReason::PatientRegistration, CLERK), PATIENT_DEPOSIT);
	});
}

#[test]
fn genesis_consents_read_from_json_as_the_presets_write_them() {
	let json = serde_json::json!([1, 10, {
		"purposes": ["Treatment"],
		"categories": ["AllStandard", "MentalHealth"],
		"actions": ["Read"],
		"validFrom": null,
		"validUntil": null,
		"maxAccesses": 100,
		"eraseBy": null,
		"documentHash": format!("0x{}", "07".repeat(32)),
	}]);
	let consent: crate::GenesisConsent<u64> = serde_json::from_value(json).expect("reads");
	let categories = CategorySet(CategorySet::ALL_STANDARD | DataCategory::MentalHealth.bit());
	assert_eq!(
		consent,
		(
			PATIENT,
			HOSPITAL,
			ConsentTerms { max_accesses: Some(100), ..reads_of(&[Purpose::Treatment], categories) }
		)
	);
}
