//! Submission: who may submit, what a claim needs, and payment in the same extrinsic.

use frame_support::{assert_noop, traits::fungible::InspectHold};
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
		assert_eq!(Balances::balance_on_hold(&HoldReason::Deposit.into(), &BILLING), CLAIM_DEPOSIT);
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
