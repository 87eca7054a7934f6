//! The access log: permitted reads are logged, counted and paid for; refused reads change
//! nothing; only active members with funds record; pruning after the retention period.

use frame_support::{
	assert_noop, assert_ok,
	traits::{fungible::MutateHold, Hooks},
};
use healthchain_primitives::{
	fakes::FakeOrganizations, AccessDenied, DataCategory, DenyReason, Purpose,
};
use sp_runtime::{DispatchError, TokenError};

use super::*;
use crate::{
	mock::*, AccessBasis, AccessLog, AccessLogBounds, ConsentTerms, Consents, Error, Event,
	LogBounds,
};

/// `PATIENT` grants the hospital treatment reads of all standard categories, at most `max`.
fn consent_to_hospital(max: Option<u32>) -> u64 {
	grant(PATIENT, ConsentTerms { max_accesses: max, ..treatment() })
}

/// The indexes of the entries `PATIENT`'s log stores.
fn stored_indexes() -> Vec<u32> {
	Consent::access_log(&PATIENT, None, 10).items.iter().map(|item| item.index).collect()
}

#[test]
fn a_permitted_read_is_logged_counted_and_paid_for_by_the_reader() {
	run_test(|| {
		let id = consent_to_hospital(Some(5));
		assert_ok!(read(CLINICIAN, DataCategory::LabResults));

		System::assert_last_event(
			Event::AccessRecorded {
				patient: PATIENT,
				index: 0,
				organization: HOSPITAL,
				accessor: CLINICIAN,
				basis: AccessBasis::Consent(id),
			}
			.into(),
		);
		let entry = AccessLog::<Test>::get(PATIENT, 0).expect("logged");
		assert_eq!(
			(entry.accessor, entry.category, entry.at, entry.deposit),
			(CLINICIAN, Some(DataCategory::LabResults), NOW, ACCESS_DEPOSIT)
		);
		assert_eq!(Consents::<Test>::get(id).map(|c| c.accesses), Some(1));
		assert_eq!(held(HoldReason::AccessLog, CLINICIAN), ACCESS_DEPOSIT);
		assert_eq!(AccessLogBounds::<Test>::get(PATIENT).next, 1);
		// Any other clinician of the hospital may read under the hospital's consent.
		assert_ok!(read(OTHER_CLINICIAN, DataCategory::Demographics));
		assert_eq!(AccessLogBounds::<Test>::get(PATIENT).next, 2);
	});
}

#[test]
fn a_billing_clerk_cannot_record_a_clinical_read() {
	run_test(|| {
		consent_to_hospital(None);
		// M-5: any member, e.g. a billing clerk, read mental-health data "for treatment".
		assert_noop!(
			read(CLERK, DataCategory::Demographics),
			Error::<Test>::AccessDenied(AccessDenied::MissingRole)
		);
		// For payment the clerk's role is the one needed (if the consent covers payment).
		assert_ok!(try_grant(
			PATIENT,
			HOSPITAL,
			reads_of(&[Purpose::Payment], CategorySet::all_standard())
		));
		assert_ok!(record(CLERK, HOSPITAL, Purpose::Payment, DataCategory::Demographics, None));
	});
}

#[test]
fn a_read_the_consents_do_not_permit_is_refused_and_changes_nothing() {
	run_test(|| {
		let denied = |reason| Error::<Test>::ConsentDenied(reason);
		assert_noop!(read(CLINICIAN, DataCategory::LabResults), denied(DenyReason::NoConsent));
		let id = consent_to_hospital(Some(2));
		// Sensitive data is not covered by "all standard".
		assert_noop!(
			read(CLINICIAN, DataCategory::MentalHealth),
			denied(DenyReason::CategoryNotCovered)
		);
		assert_noop!(
			record(CLINICIAN, HOSPITAL, Purpose::Operations, DataCategory::LabResults, None),
			denied(DenyReason::PurposeNotCovered)
		);
		// The access limit: two reads, then no more.
		assert_ok!(read(CLINICIAN, DataCategory::LabResults));
		assert_ok!(read(CLINICIAN, DataCategory::Imaging));
		assert_noop!(
			read(CLINICIAN, DataCategory::Imaging),
			denied(DenyReason::AccessLimitReached)
		);
		assert_eq!(Consents::<Test>::get(id).map(|c| c.accesses), Some(2));
		// After revocation, nothing.
		assert_ok!(Consent::revoke_consent(RuntimeOrigin::signed(PATIENT), id));
		assert_noop!(read(CLINICIAN, DataCategory::LabResults), denied(DenyReason::NoConsent));
		// The insurer has no consent of its own.
		assert_noop!(
			record(REVIEWER, INSURER, Purpose::Operations, DataCategory::Procedures, None),
			denied(DenyReason::NoConsent)
		);
	});
}

#[test]
fn an_expired_consent_permits_no_read() {
	run_test(|| {
		grant(PATIENT, ConsentTerms { valid_until: Some(NOW + 1_000), ..treatment() });
		assert_ok!(read(CLINICIAN, DataCategory::LabResults));
		Timestamp::set_timestamp(NOW + 1_000);
		assert_noop!(
			read(CLINICIAN, DataCategory::LabResults),
			Error::<Test>::ConsentDenied(DenyReason::Expired)
		);
	});
}

#[test]
fn only_active_members_with_funds_record_reads() {
	run_test(|| {
		let id = consent_to_hospital(None);
		let denied = |why| Error::<Test>::AccessDenied(why);
		assert_noop!(read(REVIEWER, DataCategory::LabResults), denied(AccessDenied::NotAMember));
		FakeOrganizations::expire_member(HOSPITAL, CLERK);
		assert_noop!(
			read(CLERK, DataCategory::LabResults),
			denied(AccessDenied::CredentialExpired)
		);
		assert_noop!(
			record(
				OTHER_CLINICIAN,
				SUSPENDED_CLINIC,
				Purpose::Treatment,
				DataCategory::LabResults,
				None
			),
			denied(AccessDenied::OrganizationSuspended)
		);
		assert_noop!(
			record(CLINICIAN, 99, Purpose::Treatment, DataCategory::LabResults, None),
			denied(AccessDenied::UnknownOrganization)
		);
		// A member who cannot pay the deposit cannot record, and the read is not counted.
		assert_noop!(
			read(PAUPER_CLINICIAN, DataCategory::LabResults),
			DispatchError::Token(TokenError::FundsUnavailable)
		);
		assert_eq!(Consents::<Test>::get(id).map(|c| c.accesses), Some(0));
	});
}

#[test]
fn a_full_log_refuses_the_read_before_counting_it() {
	run_test(|| {
		let id = consent_to_hospital(None);
		AccessLogBounds::<Test>::insert(PATIENT, LogBounds { first: u32::MAX, next: u32::MAX });
		assert_noop!(
			read(CLINICIAN, DataCategory::LabResults),
			Error::<Test>::AccessLogIndexOverflow
		);
		assert_eq!(Consents::<Test>::get(id).map(|c| c.accesses), Some(0));
		AccessLogBounds::<Test>::remove(PATIENT);
	});
}

#[test]
fn entries_past_retention_are_pruned_oldest_first_refunding_the_readers() {
	run_test(|| {
		let prune = |max| Consent::prune_access_log(RuntimeOrigin::signed(REVIEWER), PATIENT, max);
		// An empty log has nothing to prune.
		assert_noop!(prune(10), Error::<Test>::NothingToPrune);
		consent_to_hospital(None);
		for _ in 0..3 {
			assert_ok!(read(CLINICIAN, DataCategory::LabResults));
		}
		Timestamp::set_timestamp(NOW + 10);
		assert_ok!(read(OTHER_CLINICIAN, DataCategory::Demographics));
		// Nothing is past the retention period yet.
		assert_noop!(prune(10), Error::<Test>::NothingToPrune);
		// Past the retention of the first three entries only.
		Timestamp::set_timestamp(NOW + RETENTION);
		assert_ok!(prune(2));
		System::assert_last_event(
			Event::AccessLogPruned { patient: PATIENT, removed: 2, first: 2 }.into(),
		);
		assert_eq!(held(HoldReason::AccessLog, CLINICIAN), ACCESS_DEPOSIT);
		assert_ok!(prune(10));
		assert_eq!(held(HoldReason::AccessLog, CLINICIAN), 0);
		assert_eq!(
			held(HoldReason::AccessLog, OTHER_CLINICIAN),
			ACCESS_DEPOSIT,
			"not yet past retention"
		);
		assert_eq!(stored_indexes(), vec![3]);
		// New entries continue the numbering.
		assert_ok!(read(CLINICIAN, DataCategory::LabResults));
		assert_eq!(AccessLogBounds::<Test>::get(PATIENT).next, 5);
		assert_eq!(stored_indexes(), vec![3, 4]);
	});
}

#[test]
fn try_state_detects_a_deposit_that_is_not_held() {
	run_test(|| {
		consent_to_hospital(None);
		assert_ok!(read(CLINICIAN, DataCategory::LabResults));
		AccessLog::<Test>::mutate(PATIENT, 0, |e| e.as_mut().map(|e| e.deposit += 1));
		assert!(Consent::do_try_state().is_err());
		AccessLog::<Test>::mutate(PATIENT, 0, |e| e.as_mut().map(|e| e.deposit -= 1));
		AccessLog::<Test>::remove(PATIENT, 0);
		assert!(Consent::do_try_state().is_err(), "a missing entry inside the bounds");
		// Restore for the final check of run_test.
		AccessLogBounds::<Test>::remove(PATIENT);
		let _ = Balances::release_all(
			&HoldReason::AccessLog.into(),
			&CLINICIAN,
			frame_support::traits::tokens::Precision::BestEffort,
		);
		Consent::on_finalize(1);
	});
}

#[test]
fn no_event_names_a_category_a_purpose_or_an_emergency_reason() {
	use scale_info::{TypeDef, TypeInfo};
	// H-4: `AccessRecorded` carried the category read (e.g. MentalHealth) and the purpose,
	// `EmergencyAccessOpened` the reason (e.g. SeriousHarmRisk), in events kept forever.
	let TypeDef::Variant(events) = crate::Event::<Test>::type_info().type_def else {
		panic!("events are an enum");
	};
	for event in events.variants {
		for field in event.fields {
			let type_name = field.type_name.unwrap_or_default();
			assert!(
				!["DataCategory", "Purpose", "EmergencyReason", "Option<DataCategory>"]
					.contains(&type_name),
				"{}.{} is a {type_name}",
				event.name,
				field.name.unwrap_or_default(),
			);
		}
	}
}

/// Issue #16: `record_access` declares an evaluation of every consent the patient may hold and
/// is charged for the consents it read: here the one permitting consent, then three when two
/// refusing ones come first.
#[test]
fn a_read_is_charged_for_the_consents_its_evaluation_read_not_the_most() {
	use healthchain_primitives::ConsentInspect;

	use crate::WeightInfo;
	run_test(|| {
		let declared = <Test as crate::Config>::WeightInfo::record_access();
		let charged =
			|read: u32| declared - <Consent as ConsentInspect<u64>>::unused_evaluation_weight(read);
		assert!(charged(1).ref_time() < declared.ref_time(), "31 unread consents are returned");
		let actual = || {
			Consent::record_access(
				RuntimeOrigin::signed(CLINICIAN),
				HOSPITAL,
				PATIENT,
				Purpose::Treatment,
				DataCategory::LabResults,
				None,
			)
			.expect("recorded")
			.actual_weight
		};
		let first = consent_to_hospital(None);
		let read_before = Consent::consents_of(&PATIENT).consents.len() as u32;
		assert_eq!(read_before, 1);
		assert_eq!(actual(), Some(charged(1)));
		// Two consents that refuse the read, and the permitting one: with it revoked, a new
		// permitting consent is read third.
		grant(
			PATIENT,
			ConsentTerms { purposes: PurposeSet::from_items(&[Purpose::Research]), ..treatment() },
		);
		grant(
			PATIENT,
			ConsentTerms { purposes: PurposeSet::from_items(&[Purpose::Payment]), ..treatment() },
		);
		assert_ok!(Consent::revoke_consent(RuntimeOrigin::signed(PATIENT), first));
		grant(PATIENT, treatment());
		assert_eq!(actual(), Some(charged(3)));
	});
}

#[test]
fn check_reads_answers_what_record_access_then_does_and_changes_nothing() {
	use crate::{ReadCheck, ReadRefusal};
	run_test(|| {
		consent_to_hospital(Some(3));
		let ask = |who: u64, purpose: Purpose| {
			let root = sp_io::storage::root(sp_runtime::StateVersion::V1);
			let checks = Consent::check_reads(
				&who,
				HOSPITAL,
				&PATIENT,
				purpose,
				CategorySet::from_items(&[DataCategory::LabResults, DataCategory::MentalHealth]),
				None,
			);
			assert_eq!(
				root,
				sp_io::storage::root(sp_runtime::StateVersion::V1),
				"a check writes nothing"
			);
			checks.items
		};
		// A clinician for treatment: labs permitted on consent 0, mental health not named.
		let checks = ask(CLINICIAN, Purpose::Treatment);
		assert_eq!(
			checks,
			vec![
				ReadCheck {
					category: DataCategory::LabResults,
					result: Ok(AccessBasis::Consent(0))
				},
				ReadCheck {
					category: DataCategory::MentalHealth,
					result: Err(ReadRefusal::ConsentDenied(DenyReason::CategoryNotCovered)),
				},
			]
		);
		assert_eq!(checks[1].result.clone().unwrap_err().reason(), "CategoryNotCovered");
		// What the check said is what recording does.
		assert_ok!(read(CLINICIAN, DataCategory::LabResults));
		assert_noop!(
			read(CLINICIAN, DataCategory::MentalHealth),
			Error::<Test>::from(ReadRefusal::ConsentDenied(DenyReason::CategoryNotCovered))
		);
		// A billing clerk reading for treatment: the role, before any consent.
		let checks = ask(CLERK, Purpose::Treatment);
		assert!(checks
			.iter()
			.all(|c| c.result == Err(ReadRefusal::AccessDenied(AccessDenied::MissingRole))));
		assert_noop!(
			read(CLERK, DataCategory::LabResults),
			Error::<Test>::AccessDenied(AccessDenied::MissingRole)
		);
		// An emergency id that does not exist.
		let checks = Consent::check_reads(
			&CLINICIAN,
			HOSPITAL,
			&PATIENT,
			Purpose::EmergencyTreatment,
			CategorySet::from_items(&[DataCategory::Conditions]),
			Some(42),
		);
		assert_eq!(checks.items[0].result, Err(ReadRefusal::UnknownEmergencyAccess));
		assert_noop!(
			emergency_read(CLINICIAN, 42, Purpose::EmergencyTreatment),
			Error::<Test>::UnknownEmergencyAccess
		);
	});
}
