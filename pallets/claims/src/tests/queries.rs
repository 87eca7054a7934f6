//! Queries: claim lists in id order with exact cursors, and the JSON clients read.

use frame_support::assert_ok;
use serde_json::json;

use super::*;
use crate::{ClaimPageOf, Escrow, Page};

/// The ids of every page of `query` with pages of `limit`, checking that each cursor is its
/// page's last id and that the walk ends on a page without a cursor.
fn walk(
	limit: u32,
	query: impl Fn(Option<ClaimId>, u32) -> ClaimPageOf<Test>,
) -> Vec<Vec<ClaimId>> {
	let mut pages = Vec::new();
	let mut cursor = None;
	loop {
		let page = query(cursor, limit);
		let ids: Vec<ClaimId> = page.items.iter().map(|claim| claim.id).collect();
		assert!(ids.windows(2).all(|pair| pair[0] < pair[1]), "ids ascend within a page");
		pages.push(ids.clone());
		match page.next_cursor {
			Some(next) => {
				assert_eq!(Some(&next), ids.last(), "the cursor is the page's last id");
				cursor = Some(next);
			},
			None => return pages,
		}
	}
}

/// Twenty claims of the hospital: even ids the patient's, odd ids the other patient's.
fn twenty_claims() {
	setup(10_000);
	Timestamp::set_timestamp(NOW - 30 * DAY);
	assert_ok!(Claims::enroll(RuntimeOrigin::signed(OTHER_PATIENT), PLAN));
	payer_accepts(OTHER_PATIENT);
	Timestamp::set_timestamp(NOW);
	for day in 1..=10 {
		submit(vec![line(VISIT, 100, NOW - day * DAY)]);
		assert_ok!(submit_for(
			BILLING,
			OTHER_PATIENT,
			vec![fresh_evidence(OTHER_PATIENT)],
			vec![line(VISIT, 100, NOW - day * DAY)]
		));
	}
}

#[test]
fn claims_of_a_patient_come_in_id_order_across_pages() {
	run_test(|| {
		twenty_claims();
		let pages = walk(3, |after, limit| Claims::claims_of_patient(&PATIENT, after, limit));
		assert_eq!(pages, vec![vec![0, 2, 4], vec![6, 8, 10], vec![12, 14, 16], vec![18]]);
		let others =
			walk(3, |after, limit| Claims::claims_of_patient(&OTHER_PATIENT, after, limit));
		assert_eq!(others.concat(), (1..20).step_by(2).collect::<Vec<_>>());
		// A full last page has no cursor either.
		let halves = walk(5, |after, limit| Claims::claims_of_patient(&PATIENT, after, limit));
		assert_eq!(halves.len(), 2);
	});
}

#[test]
fn claims_of_a_provider_come_in_id_order_across_pages() {
	run_test(|| {
		twenty_claims();
		let pages = walk(3, |after, limit| Claims::claims_of_provider(HOSPITAL, after, limit));
		assert_eq!(pages.len(), 7);
		assert_eq!(pages.concat(), (0..20).collect::<Vec<_>>());
		let none = Claims::claims_of_provider(CLINIC, None, 10);
		assert_eq!(none, Page { items: vec![], next_cursor: None });
	});
}

#[test]
fn claims_of_a_plan_come_in_id_order_across_pages() {
	run_test(|| {
		twenty_claims();
		let pages = walk(3, |after, limit| Claims::claims_of_plan(PLAN, after, limit));
		assert_eq!(pages.concat(), (0..20).collect::<Vec<_>>());
		assert_eq!(Claims::claims_of_plan(PLAN, Some(17), 0).items.len(), 1, "at least one");
	});
}

#[test]
fn a_claim_reads_as_the_json_clients_expect() {
	run_test(|| {
		setup(10_000);
		let id =
			submit_as(BILLING, vec![RECORD], vec![line(VISIT, 400, NOW - DAY)]).expect("submitted");
		let json = serde_json::to_value(Claims::claim(id).expect("stored")).expect("serializes");
		let eob = json["eobCommitment"].as_str().expect("a string").to_owned();
		assert!(eob.starts_with("0x") && eob.len() == 66, "32 bytes in hex");
		// Paid at once: the claim holds no deposit.
		assert_eq!(
			json,
			json!({
				"id": id, "plan": PLAN, "patient": PATIENT, "provider": HOSPITAL,
				"submitter": BILLING, "evidence": [RECORD],
				"lines": [{
					"serviceCode": VISIT, "amount": "400", "serviceDate": NOW - DAY,
					"priorAuth": null, "allowed": "400", "patientResponsibility": "80",
					"payerAmount": "320",
					"adjustments": [{ "reason": "PatientShare", "carc": 2 }],
				}],
				"payerTotal": "320", "patientTotal": "80", "paid": "320", "status": "Paid",
				"eobCommitment": eob, "submittedAt": NOW, "deposit": "0",
			})
		);
		assert_eq!(Claims::claim(id + 1), None);
	});
}

#[test]
fn a_plan_reads_with_its_latest_terms_and_its_escrow() {
	run_test(|| {
		setup(3_000);
		pending_mri(1);
		let json = serde_json::to_value(Claims::plan(PLAN).expect("stored")).expect("serializes");
		let rule = |code, covered, max, ppm, prior| {
			json!({
				"serviceCode": code, "covered": covered, "maxAllowed": max,
				"patientSharePpm": ppm, "priorAuthRequired": prior,
			})
		};
		assert_eq!(
			json,
			json!({
				"id": PLAN, "payer": INSURER, "escrowAccount": INSURER_ACCOUNT, "version": 1,
				"funded": "3000", "paid": "0", "withdrawn": "0", "reserved": "1000",
				"publisher": ADMIN, "deposit": "50",
				"rules": [
					rule(COSMETIC, false, "0", 0, false),
					rule(MRI, true, "1000", 0, true),
					rule(VISIT, true, "500", 200_000, false),
				],
				"annualLimit": "2000", "autoApproveUpTo": "800", "effectiveFrom": 0,
				"held": "3000", "available": "2000",
			})
		);
		assert_ok!(Claims::update_plan(RuntimeOrigin::signed(ADMIN), PLAN, terms(NOW + DAY)));
		let latest = Claims::plan(PLAN).expect("stored");
		assert_eq!((latest.plan.versions, latest.terms.effective_from), (2, NOW + DAY));
		assert_eq!(Claims::plan(PLAN + 1), None);
	});
}

#[test]
fn the_escrow_is_computed_once_in_the_pallet() {
	run_test(|| {
		setup(3_000);
		pending_mri(1);
		let escrow = Escrow { held: 3_000, reserved: 1_000, available: 2_000 };
		assert_eq!(Claims::escrow(PLAN), Some(escrow));
		assert_eq!(
			serde_json::to_value(escrow).expect("serializes"),
			json!({ "held": "3000", "reserved": "1000", "available": "2000" })
		);
		assert_eq!(Claims::escrow(PLAN + 1), None);
	});
}

#[test]
fn the_remaining_annual_limit_reads_as_json() {
	run_test(|| {
		setup(3_000);
		pending_mri(1);
		let left = Claims::remaining_annual_limit(PLAN, &PATIENT).expect("plan");
		assert_eq!(
			serde_json::to_value(left).expect("serializes"),
			json!({ "plan": PLAN, "patient": PATIENT, "remaining": "1000", "enrolled": true })
		);
		let other = Claims::remaining_annual_limit(PLAN, &OTHER_PATIENT).expect("plan");
		assert_eq!((other.remaining, other.enrolled), (ANNUAL_LIMIT, false));
		assert_eq!(Claims::remaining_annual_limit(PLAN + 1, &PATIENT), None);
	});
}
