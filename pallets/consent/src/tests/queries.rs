//! The queries the runtime API forwards: lists in id order with exact cursors, single items
//! with their ids, the patient's summary, and the JSON every one of them serializes to.

use frame_support::assert_ok;
use healthchain_primitives::{DataCategory, Page};
use serde_json::json;

use super::*;
use crate::{mock::*, ReviewVerdict};

/// Every page of a list query, following the cursors from the start.
fn all_pages<T, C: Copy>(mut page: impl FnMut(Option<C>) -> Page<T, C>) -> Vec<Page<T, C>> {
	let mut pages = vec![page(None)];
	while let Some(cursor) = pages.last().and_then(|last| last.next_cursor) {
		assert!(pages.len() < 100, "the cursors come to an end");
		pages.push(page(Some(cursor)));
	}
	pages
}

/// Checks that `pages` of at most `limit` items hold `expected` ids in order, each page's cursor
/// being its last id and the last page's cursor `None`.
fn assert_pages_in_id_order<T, C: Copy + PartialEq + core::fmt::Debug>(
	pages: &[Page<T, C>],
	id: impl Fn(&T) -> C,
	limit: usize,
	expected: &[C],
) {
	let ids: Vec<C> = pages.iter().flat_map(|page| page.items.iter().map(&id)).collect();
	assert_eq!(ids, expected);
	for page in pages {
		assert!(page.items.len() <= limit);
	}
	let (last, full) = pages.split_last().expect("one page at least");
	assert_eq!(last.next_cursor, None, "the last page has no cursor");
	for page in full {
		assert_eq!(page.next_cursor, page.items.last().map(&id));
	}
}

#[test]
fn grants_held_by_pages_through_an_organizations_consents_in_id_order() {
	run_test(|| {
		let mut hospital = vec![];
		for patient in 100..130 {
			// Every third consent goes to the insurer: the hospital's ids have gaps.
			let organization = if patient % 3 == 0 { INSURER } else { HOSPITAL };
			let id = crate::NextConsentId::<Test>::get();
			assert_ok!(Consent::do_register_patient(&REGISTRAR, HOSPITAL, patient));
			assert_ok!(try_grant(patient, organization, treatment()));
			if organization == HOSPITAL {
				hospital.push(id);
			}
		}
		assert_eq!(hospital.len(), 20);
		let pages = all_pages(|cursor| Consent::grants_held_by(HOSPITAL, cursor, 3));
		assert_pages_in_id_order(&pages, |consent| consent.id, 3, &hospital);
		assert!(pages.iter().flat_map(|p| &p.items).all(|c| c.value.organization == HOSPITAL));
		let none = Consent::grants_held_by(SUSPENDED_CLINIC, None, 10);
		assert_eq!((none.items.len(), none.next_cursor), (0, None));
	});
}

#[test]
fn pending_reviews_page_in_id_order_and_reviewed_accesses_leave_them() {
	run_test(|| {
		for i in 0..20u64 {
			if i % 4 == 0 && i > 0 {
				go_to_block(System::block_number() + EMERGENCY_WINDOW);
			}
			open_emergency(if i % 2 == 0 { CLINICIAN } else { OTHER_CLINICIAN });
		}
		let pages = all_pages(|cursor| Consent::pending_reviews(HOSPITAL, cursor, 3));
		assert_pages_in_id_order(&pages, |access| access.id, 3, &(0..20).collect::<Vec<_>>());

		for id in [0, 7, 19] {
			assert_ok!(Consent::review_emergency_access(
				RuntimeOrigin::signed(OFFICER),
				id,
				ReviewVerdict::Justified,
				REPORT
			));
		}
		let pages = all_pages(|cursor| Consent::pending_reviews(HOSPITAL, cursor, 3));
		let left: Vec<u64> = (1..19).filter(|id| *id != 7).collect();
		assert_pages_in_id_order(&pages, |access| access.id, 3, &left);
	});
}

#[test]
fn the_access_log_pages_oldest_first_from_the_oldest_stored_entry() {
	run_test(|| {
		grant(PATIENT, treatment());
		for _ in 0..3 {
			assert_ok!(read(CLINICIAN, DataCategory::LabResults));
		}
		Timestamp::set_timestamp(NOW + 10);
		assert_ok!(read(OTHER_CLINICIAN, DataCategory::Demographics));
		let page = |cursor, limit| {
			let page = Consent::access_log(&PATIENT, cursor, limit);
			(page.items.iter().map(|item| item.index).collect::<Vec<_>>(), page.next_cursor)
		};
		assert_eq!(page(None, 2), (vec![0, 1], Some(1)));
		assert_eq!(page(Some(1), 2), (vec![2, 3], None));
		assert_eq!(page(Some(3), 2), (vec![], None));
		assert_eq!(page(None, 0), (vec![0], Some(0)), "a limit of 0 reads one entry");

		Timestamp::set_timestamp(NOW + RETENTION);
		assert_ok!(Consent::prune_access_log(RuntimeOrigin::signed(REVIEWER), PATIENT, 2));
		assert_eq!(page(None, 10), (vec![2, 3], None));
		assert_eq!(page(Some(0), 1), (vec![2], Some(2)), "a pruned cursor resumes at the oldest");
	});
}

#[test]
fn consents_of_lists_a_patients_consents_in_the_order_granted() {
	run_test(|| {
		let first = grant(PATIENT, treatment());
		grant(OTHER_PATIENT, treatment());
		let third = grant(PATIENT, treatment());
		let ids: Vec<_> = Consent::consents_of(&PATIENT).consents.iter().map(|c| c.id).collect();
		assert_eq!(ids, vec![first, third]);
		assert_eq!(Consent::consents_of(&CLINICIAN).consents, vec![]);
	});
}

#[test]
fn emergency_access_comes_with_its_id() {
	run_test(|| {
		let id = open_emergency(CLINICIAN);
		let access = Consent::emergency_access(id).expect("found");
		assert_eq!((access.id, access.value.clinician), (id, CLINICIAN));
		assert_eq!(Consent::emergency_access(id + 1), None);
	});
}

#[test]
fn patient_shows_the_onboarding_and_the_free_calls_left() {
	run_test(|| {
		let unknown = Consent::patient(&SYBIL);
		assert_eq!((unknown.registration, unknown.free_calls_left), (None, 0));
		let registered = Consent::patient(&PATIENT);
		assert_eq!(registered.free_calls_left, FREE_CALLS);
		let registered = registered.registration.expect("registered");
		assert_eq!(
			(registered.organization, registered.by, registered.at),
			(HOSPITAL, REGISTRAR, NOW)
		);
	});
}

#[test]
fn queries_serialize_as_the_rpc_shows_them() {
	run_test(|| {
		let hash = |byte: u8| format!("0x{}", hex(byte));
		let consent = grant(PATIENT, crate::ConsentTerms { max_accesses: Some(3), ..treatment() });
		assert_eq!(
			serde_json::to_value(Consent::consents_of(&PATIENT)).expect("serializes"),
			json!({ "patient": PATIENT, "consents": [{
				"id": consent, "patient": PATIENT, "organization": HOSPITAL,
				"purposes": ["Treatment"], "categories": ["AllStandard"], "actions": ["Read"],
				"validFrom": NOW, "validUntil": null, "maxAccesses": 3, "eraseBy": null,
				"documentHash": hash(7), "accesses": 0, "grantedAt": NOW,
			}] })
		);

		assert_ok!(read(CLINICIAN, DataCategory::LabResults));
		let emergency = open_emergency(CLINICIAN);
		let log = Consent::access_log(&PATIENT, None, 1);
		assert_eq!(
			serde_json::to_value(&log).expect("serializes"),
			json!({ "items": [{
				"index": 0, "organization": HOSPITAL, "accessor": CLINICIAN,
				"purpose": "Treatment", "category": "LabResults",
				"consent": consent, "emergency": null, "at": NOW,
				"deposit": ACCESS_DEPOSIT.to_string(), "review": null,
			}], "nextCursor": 0 })
		);
		let pending =
			json!({ "status": "pending", "officer": null, "at": null, "reportHash": null });
		let opening = &Consent::access_log(&PATIENT, Some(0), 1).items[0];
		let opening = serde_json::to_value(opening).expect("serializes");
		assert_eq!(
			(&opening["consent"], &opening["emergency"], &opening["category"], &opening["review"]),
			(&json!(null), &json!(emergency), &json!(null), &pending)
		);
		assert_eq!(
			serde_json::to_value(Consent::emergency_access(emergency)).expect("serializes"),
			json!({
				"id": emergency, "patient": PATIENT, "organization": HOSPITAL,
				"clinician": CLINICIAN, "reason": "PatientIncapacitated",
				"justification": hash(9), "openedAt": NOW,
				"expiresAt": NOW + EMERGENCY_DURATION, "reads": 0, "review": pending,
				"deposit": EMERGENCY_DEPOSIT.to_string(),
			})
		);
		assert_ok!(Consent::review_emergency_access(
			RuntimeOrigin::signed(OFFICER),
			emergency,
			ReviewVerdict::Misuse,
			REPORT
		));
		assert_eq!(
			serde_json::to_value(Consent::emergency_access(emergency)).expect("serializes")
				["review"],
			json!({ "status": "misuse", "officer": OFFICER, "at": NOW, "reportHash": hash(8) })
		);

		assert_eq!(
			serde_json::to_value(Consent::patient(&PATIENT)).expect("serializes"),
			json!({
				"patient": PATIENT,
				"registration": {
					"organization": HOSPITAL, "by": REGISTRAR,
					"deposit": PATIENT_DEPOSIT.to_string(), "at": NOW,
				},
				"freeCallsLeft": FREE_CALLS,
			})
		);
	});
}

/// 32 bytes of `byte` in hex.
fn hex(byte: u8) -> String {
	format!("{byte:02x}").repeat(32)
}
