//! Tests of `pallet-consent`: granting, revoking, and the evaluation case by case.

#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

use frame_support::{assert_noop, assert_ok};
use healthchain_primitives::{
	Action, ActionSet, CategorySet, ConsentInspect, DataCategory, Decision, DenyReason, Purpose,
	PurposeSet,
};
use sp_core::H256;

use crate::{mock::*, Consents, ConsentsOf, Error, Event, GrantsHeldBy, NextConsentId};

const DOC: H256 = H256::repeat_byte(7);

fn purposes(p: &[Purpose]) -> PurposeSet {
	PurposeSet::from_items(p)
}
fn categories(c: &[DataCategory]) -> CategorySet {
	CategorySet::from_items(c)
}
fn all_standard() -> CategorySet {
	CategorySet(CategorySet::ALL_STANDARD)
}
fn read() -> ActionSet {
	ActionSet::from_items(&[Action::Read])
}

/// Grants the hospital read access to all standard categories for treatment; returns its id.
fn treatment_consent(
	window: (Option<u64>, Option<u64>),
	max: Option<u32>,
	erase_by: Option<u64>,
) -> u64 {
	let id = NextConsentId::<Test>::get();
	assert_ok!(Consent::grant_consent(
		RuntimeOrigin::signed(PATIENT),
		HOSPITAL,
		purposes(&[Purpose::Treatment]),
		all_standard(),
		read(),
		window.0,
		window.1,
		max,
		erase_by,
		DOC
	));
	id
}

/// `patient` grants the hospital read access to `c` for treatment, no limits.
fn grant_treatment_read(patient: u64, c: CategorySet) {
	assert_ok!(Consent::grant_consent(
		RuntimeOrigin::signed(patient),
		HOSPITAL,
		purposes(&[Purpose::Treatment]),
		c,
		read(),
		None,
		None,
		None,
		None,
		DOC
	));
}

fn eval(purpose: Purpose, category: DataCategory, action: Action) -> Decision {
	<Consent as ConsentInspect<u64>>::evaluate(&PATIENT, HOSPITAL, purpose, category, action)
}

#[test]
fn a_patient_grants_a_consent_that_permits_exactly_what_it_names() {
	run_test(|| {
		let id = treatment_consent((None, None), None, None);
		System::assert_last_event(
			Event::ConsentGranted { consent: id, patient: PATIENT, organization: HOSPITAL }.into(),
		);
		let c = Consents::<Test>::get(id).expect("stored");
		assert_eq!((c.valid_from, c.granted_at, c.accesses, c.document_hash), (NOW, NOW, 0, DOC));
		assert_eq!(ConsentsOf::<Test>::get(PATIENT).into_inner(), vec![id]);
		assert!(GrantsHeldBy::<Test>::contains_key(HOSPITAL, id));

		assert_eq!(
			eval(Purpose::Treatment, DataCategory::LabResults, Action::Read),
			Decision::Permit(id)
		);
		assert_eq!(
			eval(Purpose::Research, DataCategory::LabResults, Action::Read),
			Decision::Deny(DenyReason::PurposeNotCovered)
		);
		assert_eq!(
			eval(Purpose::Treatment, DataCategory::LabResults, Action::Write),
			Decision::Deny(DenyReason::ActionNotCovered)
		);
		// Another organization has no consent at all.
		assert_eq!(
			<Consent as ConsentInspect<u64>>::evaluate(
				&PATIENT,
				INSURER,
				Purpose::Payment,
				DataCategory::Demographics,
				Action::Read
			),
			Decision::Deny(DenyReason::NoConsent)
		);
	});
}

#[test]
fn all_standard_categories_never_include_sensitive_ones() {
	run_test(|| {
		treatment_consent((None, None), None, None);
		for sensitive in [
			DataCategory::Genomics,
			DataCategory::MentalHealth,
			DataCategory::SubstanceUse,
			DataCategory::SexualReproductiveHealth,
		] {
			assert_eq!(
				eval(Purpose::Treatment, sensitive, Action::Read),
				Decision::Deny(DenyReason::CategoryNotCovered)
			);
		}
	});
}

#[test]
fn a_named_sensitive_category_is_covered_and_only_that_one() {
	run_test(|| {
		let id = NextConsentId::<Test>::get();
		grant_treatment_read(PATIENT, categories(&[DataCategory::MentalHealth]));
		assert_eq!(
			eval(Purpose::Treatment, DataCategory::MentalHealth, Action::Read),
			Decision::Permit(id)
		);
		assert_eq!(
			eval(Purpose::Treatment, DataCategory::SubstanceUse, Action::Read),
			Decision::Deny(DenyReason::CategoryNotCovered)
		);
		assert_eq!(
			eval(Purpose::Treatment, DataCategory::LabResults, Action::Read),
			Decision::Deny(DenyReason::CategoryNotCovered)
		);
	});
}

#[test]
fn the_validity_window_is_enforced_without_any_sweep() {
	run_test(|| {
		let id = treatment_consent((Some(NOW + 100), Some(NOW + 200)), None, None);
		assert_eq!(
			eval(Purpose::Treatment, DataCategory::Conditions, Action::Read),
			Decision::Deny(DenyReason::NotYetValid)
		);
		Timestamp::set_timestamp(NOW + 100);
		assert_eq!(
			eval(Purpose::Treatment, DataCategory::Conditions, Action::Read),
			Decision::Permit(id)
		);
		Timestamp::set_timestamp(NOW + 200);
		assert_eq!(
			eval(Purpose::Treatment, DataCategory::Conditions, Action::Read),
			Decision::Deny(DenyReason::Expired)
		);
	});
}

#[test]
fn nothing_is_permitted_from_the_erase_by_deadline_on() {
	run_test(|| {
		let id = treatment_consent((None, None), None, Some(NOW + 50));
		assert_eq!(
			eval(Purpose::Treatment, DataCategory::Imaging, Action::Read),
			Decision::Permit(id)
		);
		Timestamp::set_timestamp(NOW + 50);
		assert_eq!(
			eval(Purpose::Treatment, DataCategory::Imaging, Action::Read),
			Decision::Deny(DenyReason::PastEraseBy)
		);
	});
}

#[test]
fn a_used_up_access_limit_denies() {
	run_test(|| {
		let id = treatment_consent((None, None), Some(2), None);
		Consents::<Test>::mutate(id, |c| c.as_mut().map(|c| c.accesses = 2));
		assert_eq!(
			eval(Purpose::Treatment, DataCategory::Imaging, Action::Read),
			Decision::Deny(DenyReason::AccessLimitReached)
		);
	});
}

#[test]
fn the_most_specific_reason_among_several_consents_is_reported_and_any_permit_wins() {
	run_test(|| {
		treatment_consent((Some(NOW + 10), None), None, None); // not yet valid
		grant_treatment_read(PATIENT, categories(&[DataCategory::Medications]));
		// The second consent got further (to the category check).
		assert_eq!(
			eval(Purpose::Treatment, DataCategory::Imaging, Action::Read),
			Decision::Deny(DenyReason::CategoryNotCovered)
		);
		assert_eq!(
			eval(Purpose::Treatment, DataCategory::Medications, Action::Read),
			Decision::Permit(1)
		);
	});
}

#[test]
fn revocation_takes_effect_at_once() {
	run_test(|| {
		let id = treatment_consent((None, None), None, None);
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
		assert!(!GrantsHeldBy::<Test>::contains_key(HOSPITAL, id));
	});
}

#[test]
fn revoke_errors() {
	run_test(|| {
		assert_noop!(
			Consent::revoke_consent(RuntimeOrigin::signed(PATIENT), 9),
			Error::<Test>::UnknownConsent
		);
		let id = treatment_consent((None, None), None, None);
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
fn grant_errors() {
	run_test(|| {
		let grant = |org,
		             p: PurposeSet,
		             c: CategorySet,
		             a: ActionSet,
		             window: (Option<u64>, Option<u64>),
		             max,
		             erase| {
			Consent::grant_consent(
				RuntimeOrigin::signed(PATIENT),
				org,
				p,
				c,
				a,
				window.0,
				window.1,
				max,
				erase,
				DOC,
			)
		};
		let t = purposes(&[Purpose::Treatment]);
		let c = all_standard();
		let r = read();
		assert_noop!(
			grant(99, t, c, r, (None, None), None, None),
			Error::<Test>::UnknownOrganization
		);
		assert_noop!(
			grant(SUSPENDED_CLINIC, t, c, r, (None, None), None, None),
			Error::<Test>::OrganizationSuspended
		);
		assert_noop!(
			grant(HOSPITAL, PurposeSet(0), c, r, (None, None), None, None),
			Error::<Test>::NoPurpose
		);
		assert_noop!(
			grant(HOSPITAL, t, CategorySet(0), r, (None, None), None, None),
			Error::<Test>::NoCategory
		);
		assert_noop!(
			grant(HOSPITAL, t, c, ActionSet(0), (None, None), None, None),
			Error::<Test>::NoAction
		);
		assert_noop!(
			grant(HOSPITAL, PurposeSet(0x80), c, r, (None, None), None, None),
			Error::<Test>::InvalidBits
		);
		assert_noop!(
			grant(HOSPITAL, t, CategorySet(1 << 20), r, (None, None), None, None),
			Error::<Test>::InvalidBits
		);
		assert_noop!(
			grant(HOSPITAL, t, c, ActionSet(4), (None, None), None, None),
			Error::<Test>::InvalidBits
		);
		assert_noop!(
			grant(HOSPITAL, t, c, r, (Some(NOW + 10), Some(NOW + 10)), None, None),
			Error::<Test>::InvalidWindow
		);
		assert_noop!(
			grant(HOSPITAL, t, c, r, (Some(NOW - 100), Some(NOW)), None, None),
			Error::<Test>::InvalidWindow
		);
		assert_noop!(
			grant(HOSPITAL, t, c, r, (None, None), Some(0), None),
			Error::<Test>::ZeroAccessLimit
		);
		assert_noop!(
			grant(HOSPITAL, t, c, r, (None, None), None, Some(NOW)),
			Error::<Test>::EraseByInPast
		);
		NextConsentId::<Test>::put(u64::MAX);
		assert_noop!(
			grant(HOSPITAL, t, c, r, (None, None), None, None),
			Error::<Test>::IdsExhausted
		);
	});
}

#[test]
fn a_patient_holds_a_bounded_number_of_consents() {
	run_test(|| {
		for _ in 0..4 {
			treatment_consent((None, None), None, None);
		}
		assert_noop!(
			Consent::grant_consent(
				RuntimeOrigin::signed(PATIENT),
				HOSPITAL,
				purposes(&[Purpose::Treatment]),
				all_standard(),
				read(),
				None,
				None,
				None,
				None,
				DOC
			),
			Error::<Test>::TooManyConsents
		);
		// Another patient is not affected by this patient's bound.
		grant_treatment_read(OTHER_PATIENT, all_standard());
	});
}

#[test]
fn try_state_detects_a_missing_index_entry() {
	new_test_ext().execute_with(|| {
		let id = treatment_consent((None, None), None, None);
		GrantsHeldBy::<Test>::remove(HOSPITAL, id);
		assert!(Consent::do_try_state().is_err());
	});
}
