//! Submission: who may submit, what a claim needs, and payment in the same extrinsic.

use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use healthchain_primitives::{fakes::FakeRecords, AccessDenied, RecordStatus};

use super::*;
use crate::{Adjustment, AnnualUsage, Error, Event};

#[test]
fn a_claim_within_the_threshold_is_paid_from_escrow_in_the_same_extrinsic() {
	run_test(|| {
		setup(10_000);
		let issuance = Balances::total_issuance();
		let claim = submit(vec![line(VISIT, 400, NOW - DAY)]);
		System::assert_has_event(
			Event::ClaimPaid { claim, provider: HOSPITAL, amount: 320 }.into(),
		);
		System::assert_last_event(
			Event::ClaimSubmitted {
				claim,
				plan: PLAN,
				provider: HOSPITAL,
				payer_total: 320,
				patient_total: 80,
				status: ClaimStatus::Paid,
			}
			.into(),
		);
		let stored = stored(claim);
		assert_eq!((stored.paid, stored.lines[0].allowed), (320, 400));
		assert_eq!(stored.lines[0].adjustments.to_vec(), vec![Adjustment::PatientShare]);
		assert_ne!(stored.eob_commitment, Default::default());
		assert_eq!(Balances::free_balance(HOSPITAL_ACCOUNT), 320);
		assert_eq!(escrow_held(), 10_000 - 320);
		assert_eq!(AnnualUsage::<Test>::get((PLAN, PATIENT), 2026), 320);
		let left = Claims::remaining_annual_limit(PLAN, &PATIENT).expect("plan");
		assert_eq!((left.remaining, left.enrolled), (ANNUAL_LIMIT - 320, true));
		assert_eq!(Balances::total_issuance(), issuance);
		// Settled at once: the claim holds no deposit.
		assert_eq!(Balances::balance_on_hold(&HoldReason::Deposit.into(), &BILLING), 0);
	});
}

#[test]
fn a_claim_with_the_most_lines_keeps_every_line() {
	run_test(|| {
		setup(10_000);
		let lines: Vec<_> = (1..=4).map(|day| line(VISIT, 100, NOW - day * DAY)).collect();
		let claim = stored(submit(lines.clone()));
		assert_eq!(claim.lines.iter().map(|l| l.input).collect::<Vec<_>>(), lines);
		assert_eq!((claim.payer_total, claim.status), (320, ClaimStatus::Paid));
	});
}

#[test]
fn claims_need_real_evidence_valid_lines_and_a_billing_member() {
	run_test(|| {
		setup(10_000);
		let visit = vec![line(VISIT, 100, NOW - DAY)];
		let submit_with = |evidence: Vec<u64>| submit_as(BILLING, evidence, visit.clone());
		assert_noop!(submit_with(vec![]), Error::<Test>::NoEvidence);
		assert_noop!(submit_with(vec![999]), Error::<Test>::UnknownEvidence);
		assert_noop!(submit_with(vec![RECORD, 102]), Error::<Test>::EvidenceOfAnotherPatient);
		assert_noop!(submit_with(vec![103]), Error::<Test>::EvidenceOfAnotherProvider);
		assert_noop!(submit_with(vec![104]), Error::<Test>::EvidenceOfAnotherProvider);
		assert_noop!(
			submit_with(vec![105]),
			Error::<Test>::EvidenceNotCurrent(RecordStatus::Erased)
		);
		assert_noop!(submit_as(BILLING, vec![RECORD], vec![]), Error::<Test>::NoLines);
		assert_noop!(
			submit_as(BILLING, vec![RECORD], vec![line(VISIT, 0, NOW - DAY)]),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			submit_as(BILLING, vec![RECORD], vec![line(VISIT, 10, NOW + 1)]),
			Error::<Test>::ServiceDateInFuture
		);
		assert_noop!(
			submit_as(CLINICIAN, vec![RECORD], visit.clone()),
			Error::<Test>::AccessDenied(AccessDenied::MissingRole)
		);
		assert_noop!(
			submit_as(CLINIC_BILLING, vec![RECORD], visit.clone()),
			Error::<Test>::AccessDenied(AccessDenied::NotAMember)
		);
		assert_noop!(
			submit_for(BILLING, OTHER_PATIENT, vec![102], visit.clone()),
			Error::<Test>::NotEnrolled
		);
	});
}

#[test]
fn claim_ids_exhausted_fail_cleanly() {
	assert_ids_exhausted(
		|| crate::NextClaimId::<Test>::put(u64::MAX),
		|| submit_as(BILLING, vec![RECORD], vec![line(VISIT, 100, NOW - DAY)]).map(|_| ()),
	);
}

#[test]
fn a_claim_cannot_cite_a_record_entered_in_error() {
	run_test(|| {
		setup(10_000);
		FakeRecords::set_status(RECORD_2, RecordStatus::EnteredInError);
		assert_noop!(
			submit_as(BILLING, vec![RECORD, RECORD_2], vec![line(VISIT, 100, NOW - DAY)]),
			Error::<Test>::EvidenceNotCurrent(RecordStatus::EnteredInError)
		);
	});
}

#[test]
fn a_claim_cannot_cite_a_superseded_record() {
	run_test(|| {
		setup(10_000);
		FakeRecords::set_status(RECORD_2, RecordStatus::Superseded);
		assert_noop!(
			submit_as(BILLING, vec![RECORD_2], vec![line(VISIT, 100, NOW - DAY)]),
			Error::<Test>::EvidenceNotCurrent(RecordStatus::Superseded)
		);
	});
}

/// Anyone can check a claim's EOB commitment: it is BLAKE2b-256, without salt, of the SCALE
/// encoding of `(claim id, plan id, version per line, adjudicated lines)`, rebuilt here byte by
/// byte from the stored claim and the plan's versions (types.rs documents the layout).
#[test]
fn the_eob_commitment_is_recomputed_from_the_claims_fields() {
	run_test(|| {
		setup(10_000);
		// Version 2 in force from ten days ago: the lines use both versions.
		assert_ok!(Claims::update_plan(RuntimeOrigin::signed(ADMIN), PLAN, terms(NOW - 10 * DAY)));
		let mri = authorized(approved_prior_auth(MRI), line(MRI, 1_000, NOW - 2 * DAY));
		let id =
			submit(vec![line(VISIT, 600, NOW - 20 * DAY), mri, line(COSMETIC, 300, NOW - 3 * DAY)]);
		let claim = stored(id);
		let plan_versions = crate::Pallet::<Test>::versions(claim.plan, 2);
		let versions: Vec<u32> = claim
			.lines
			.iter()
			.map(|l| Claims::terms_in_force(&plan_versions, l.input.service_date).expect("v").0)
			.collect();
		assert_eq!(versions, vec![1, 2, 2]);

		// Compact lengths below 64 are one byte, `len << 2`; the mock's balance is a u64.
		let mut bytes = Vec::new();
		bytes.extend(id.to_le_bytes());
		bytes.extend(claim.plan.to_le_bytes());
		bytes.push((versions.len() as u8) << 2);
		for version in &versions {
			bytes.extend(version.to_le_bytes());
		}
		bytes.push((claim.lines.len() as u8) << 2);
		for l in claim.lines.iter() {
			bytes.extend(l.input.service_code.to_le_bytes());
			bytes.extend(l.input.amount.to_le_bytes());
			bytes.extend(l.input.service_date.to_le_bytes());
			match l.input.prior_auth {
				None => bytes.push(0),
				Some(auth) => {
					bytes.push(1);
					bytes.extend(auth.to_le_bytes());
				},
			}
			bytes.extend(l.allowed.to_le_bytes());
			bytes.extend(l.patient_responsibility.to_le_bytes());
			bytes.extend(l.payer_amount.to_le_bytes());
			bytes.push((l.adjustments.len() as u8) << 2);
			// Each adjustment is its variant's index, in declaration order.
			bytes.extend(l.adjustments.iter().map(|a| *a as u8));
		}
		assert_eq!(
			claim.lines[0].adjustments.to_vec(),
			vec![Adjustment::ExceedsFeeSchedule, Adjustment::PatientShare]
		);
		assert_eq!(bytes[bytes.len() - 1], Adjustment::NotCovered as u8);
		assert_eq!(claim.eob_commitment, sp_core::H256(sp_io::hashing::blake2_256(&bytes)));
	});
}
