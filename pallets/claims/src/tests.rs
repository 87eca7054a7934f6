//! Tests of `pallet-claims`: plans and versions, escrow, enrollment, prior authorization,
//! adjudication rule by rule, duplicates, the annual limit, review, appeal and arbitration, and
//! the conservation of money.

#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold, BoundedVec};
use healthchain_primitives::AccessDenied;
use sp_runtime::DispatchError;

use crate::{
	mock::*, utc_year, Adjustment, AnnualUsage, ClaimLineInput, ClaimStatus, ClaimedServices,
	Claims as ClaimsMap, Enrollments, Error, Event, HoldReason, Plans, PriorAuthStatus,
	ReviewDecision,
};

const PLAN: u32 = 0;

fn line(service_code: u32, amount: u64, service_date: u64) -> ClaimLineInput<u64> {
	ClaimLineInput { service_code, amount, service_date, prior_auth: None }
}

/// The insurer publishes the test plan (in force from the epoch) and funds it with `escrow`;
/// the patient enrolled 30 days ago.
fn setup(escrow: u64) {
	Timestamp::set_timestamp(NOW - 30 * DAY);
	assert_ok!(Claims::create_plan(RuntimeOrigin::signed(ADMIN), INSURER, terms(0)));
	assert_ok!(Claims::fund_plan(RuntimeOrigin::signed(ADMIN), PLAN, escrow));
	assert_ok!(Claims::enroll(RuntimeOrigin::signed(PATIENT), PLAN));
	Timestamp::set_timestamp(NOW);
}

fn submit_as(
	who: u64,
	evidence: Vec<u64>,
	lines: Vec<ClaimLineInput<u64>>,
) -> Result<u64, DispatchError> {
	let id = crate::NextClaimId::<Test>::get();
	Claims::submit_claim(
		RuntimeOrigin::signed(who),
		HOSPITAL,
		PLAN,
		PATIENT,
		BoundedVec::truncate_from(evidence),
		BoundedVec::truncate_from(lines),
	)
	.map(|_| id)
}

/// The hospital's billing clerk submits `lines` with evidence `RECORD`; returns the claim id.
fn submit(lines: Vec<ClaimLineInput<u64>>) -> u64 {
	submit_as(BILLING, vec![RECORD], lines).expect("the claim is submitted")
}

/// The test plan's terms (from the epoch) with its rules changed by `change`.
fn with_rules(change: impl FnOnce(&mut Vec<crate::CoverageRule<u64>>)) -> crate::PlanTermsOf<Test> {
	let mut t = terms(0);
	let mut rules = t.rules.to_vec();
	change(&mut rules);
	t.rules = BoundedVec::truncate_from(rules);
	t
}

fn escrow_held() -> u64 {
	Balances::balance_on_hold(&HoldReason::PlanEscrow.into(), &INSURER_ACCOUNT)
}

fn status(claim: u64) -> ClaimStatus {
	ClaimsMap::<Test>::get(claim).expect("stored").status
}

#[test]
fn calendar_years_are_computed_in_utc() {
	assert_eq!(utc_year(0), 1970);
	assert_eq!(utc_year(951_782_400_000), 2000); // 2000-02-29
	assert_eq!(utc_year(1_767_139_200_000), 2025); // 2025-12-31
	assert_eq!(utc_year(1_767_225_600_000 - 1), 2025);
	assert_eq!(utc_year(1_767_225_600_000), 2026); // 2026-01-01
	assert_eq!(utc_year(NOW), 2026);
	assert_eq!(utc_year(1_798_761_600_000), 2027);
}

#[test]
fn an_admin_of_an_active_payer_publishes_a_plan_with_sorted_rules() {
	run_test(|| {
		assert_ok!(Claims::create_plan(RuntimeOrigin::signed(ADMIN), INSURER, terms(0)));
		System::assert_last_event(Event::PlanCreated { plan: PLAN, payer: INSURER }.into());
		let (plan, current) = Claims::plan(PLAN).expect("stored");
		assert_eq!(
			(plan.versions, plan.escrow_account, current.annual_limit),
			(1, INSURER_ACCOUNT, ANNUAL_LIMIT)
		);
		assert_eq!(Balances::balance_on_hold(&HoldReason::Deposit.into(), &ADMIN), PLAN_DEPOSIT);

		let denied = |why| Error::<Test>::AccessDenied(why);
		assert_noop!(
			Claims::create_plan(RuntimeOrigin::signed(REVIEWER), INSURER, terms(0)),
			denied(AccessDenied::MissingRole)
		);
		assert_noop!(
			Claims::create_plan(RuntimeOrigin::signed(BILLING), HOSPITAL, terms(0)),
			denied(AccessDenied::WrongKind)
		);
		let unsorted = with_rules(|rules| rules.swap(0, 1));
		assert_noop!(
			Claims::create_plan(RuntimeOrigin::signed(ADMIN), INSURER, unsorted),
			Error::<Test>::RulesNotSorted
		);
		let twice = with_rules(|rules| rules[1].service_code = rules[0].service_code);
		assert_noop!(
			Claims::create_plan(RuntimeOrigin::signed(ADMIN), INSURER, twice),
			Error::<Test>::RulesNotSorted
		);
	});
}

#[test]
fn each_line_is_adjudicated_by_the_version_in_force_at_its_service_date() {
	run_test(|| {
		setup(10_000);
		// Version 2, from 10 days ago: office visits up to 300 only.
		let mut cheaper = terms(NOW - 10 * DAY);
		cheaper.rules = with_rules(|rules| rules[2].max_allowed = 300).rules;
		assert_ok!(Claims::update_plan(RuntimeOrigin::signed(ADMIN), PLAN, cheaper.clone()));
		System::assert_last_event(
			Event::PlanUpdated { plan: PLAN, version: 2, effective_from: NOW - 10 * DAY }.into(),
		);
		let claim = submit(vec![line(VISIT, 500, NOW - 20 * DAY), line(VISIT, 500, NOW - 5 * DAY)]);
		let lines = ClaimsMap::<Test>::get(claim).expect("stored").lines;
		assert_eq!(lines[0].allowed, 500, "version 1 for the older service");
		assert_eq!(lines[1].allowed, 300, "version 2 for the newer one");

		assert_noop!(
			Claims::update_plan(RuntimeOrigin::signed(ADMIN), PLAN, cheaper.clone()),
			Error::<Test>::VersionNotLater
		);
		assert_noop!(
			Claims::update_plan(RuntimeOrigin::signed(REVIEWER), PLAN, terms(NOW)),
			Error::<Test>::AccessDenied(AccessDenied::MissingRole)
		);
		assert_noop!(
			Claims::update_plan(RuntimeOrigin::signed(ADMIN), 9, terms(NOW)),
			Error::<Test>::UnknownPlan
		);
		assert_ok!(Claims::update_plan(RuntimeOrigin::signed(ADMIN), PLAN, terms(NOW)));
		assert_noop!(
			Claims::update_plan(RuntimeOrigin::signed(ADMIN), PLAN, terms(NOW + DAY)),
			Error::<Test>::TooManyVersions
		);
	});
}

#[test]
fn escrow_is_held_on_the_payer_account_and_withdrawn_only_above_pending_needs() {
	run_test(|| {
		let issuance = Balances::total_issuance();
		setup(3_000);
		assert_eq!(escrow_held(), 3_000);
		assert_noop!(
			Claims::fund_plan(RuntimeOrigin::signed(ADMIN), PLAN, 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			Claims::fund_plan(RuntimeOrigin::signed(ADMIN), 7, 10),
			Error::<Test>::UnknownPlan
		);
		// A claim above the threshold reserves its payer amount.
		let pa = approved_prior_auth(MRI);
		submit(vec![ClaimLineInput { prior_auth: Some(pa), ..line(MRI, 1_000, NOW - DAY) }]);
		assert_eq!(Plans::<Test>::get(PLAN).expect("plan").reserved, 1_000);
		assert_noop!(
			Claims::withdraw_escrow(RuntimeOrigin::signed(ADMIN), PLAN, 2_001),
			Error::<Test>::InsufficientEscrow
		);
		assert_noop!(
			Claims::withdraw_escrow(RuntimeOrigin::signed(REVIEWER), PLAN, 10),
			Error::<Test>::AccessDenied(AccessDenied::MissingRole)
		);
		let before = Balances::free_balance(ADMIN);
		assert_ok!(Claims::withdraw_escrow(RuntimeOrigin::signed(ADMIN), PLAN, 2_000));
		System::assert_last_event(
			Event::EscrowWithdrawn { plan: PLAN, amount: 2_000, held: 1_000 }.into(),
		);
		assert_eq!(Balances::free_balance(ADMIN), before + 2_000);
		assert_eq!(escrow_held(), 1_000);
		assert_eq!(Balances::total_issuance(), issuance, "no currency created or destroyed");
	});
}

/// The clinician asks for a prior authorization of `code` for the patient; the reviewer approves.
fn approved_prior_auth(code: u32) -> u64 {
	let id = crate::NextPriorAuthId::<Test>::get();
	assert_ok!(Claims::request_prior_auth(
		RuntimeOrigin::signed(CLINICIAN),
		HOSPITAL,
		PLAN,
		PATIENT,
		code
	));
	assert_ok!(Claims::decide_prior_auth(RuntimeOrigin::signed(REVIEWER), id, true));
	id
}

#[test]
fn enrollment_bounds_coverage_in_time() {
	run_test(|| {
		setup(10_000);
		assert_noop!(
			Claims::enroll(RuntimeOrigin::signed(PATIENT), PLAN),
			Error::<Test>::AlreadyEnrolled
		);
		assert_noop!(Claims::enroll(RuntimeOrigin::signed(PATIENT), 5), Error::<Test>::UnknownPlan);
		// Before enrollment: not covered.
		assert_noop!(
			submit_as(BILLING, vec![RECORD], vec![line(VISIT, 100, NOW - 40 * DAY)]),
			Error::<Test>::NotEnrolled
		);
		assert_ok!(Claims::leave_plan(RuntimeOrigin::signed(PATIENT), PLAN));
		System::assert_last_event(Event::LeftPlan { plan: PLAN, patient: PATIENT }.into());
		assert_noop!(
			Claims::leave_plan(RuntimeOrigin::signed(PATIENT), PLAN),
			Error::<Test>::NotEnrolled
		);
		Timestamp::set_timestamp(NOW + DAY);
		// A service before leaving stays covered; one after is not.
		submit(vec![line(VISIT, 100, NOW - DAY)]);
		assert_noop!(
			submit_as(BILLING, vec![RECORD], vec![line(VISIT, 100, NOW + DAY)]),
			Error::<Test>::NotEnrolled
		);
		assert_eq!(Claims::remaining_annual_limit(PLAN, &PATIENT).map(|r| r.1), Some(false));
		assert_ok!(Claims::enroll(RuntimeOrigin::signed(PATIENT), PLAN));
		assert!(Enrollments::<Test>::get(PLAN, PATIENT).is_some_and(|e| e.until.is_none()));
		assert_noop!(
			Claims::leave_plan(RuntimeOrigin::signed(OTHER_PATIENT), PLAN),
			Error::<Test>::NotEnrolled
		);
	});
}

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
		let stored = ClaimsMap::<Test>::get(claim).expect("stored");
		assert_eq!((stored.paid, stored.lines[0].allowed), (320, 400));
		assert_eq!(stored.lines[0].adjustments.to_vec(), vec![Adjustment::PatientShare]);
		assert_ne!(stored.eob_commitment, Default::default());
		assert_eq!(Balances::free_balance(HOSPITAL_ACCOUNT), 320);
		assert_eq!(escrow_held(), 10_000 - 320);
		assert_eq!(AnnualUsage::<Test>::get((PLAN, PATIENT), 2026), 320);
		assert_eq!(
			Claims::remaining_annual_limit(PLAN, &PATIENT),
			Some((ANNUAL_LIMIT - 320, true))
		);
		assert_eq!(Balances::total_issuance(), issuance);
		assert_eq!(Balances::balance_on_hold(&HoldReason::Deposit.into(), &BILLING), CLAIM_DEPOSIT);
	});
}

#[test]
fn adjudication_applies_fee_schedule_coverage_and_prior_authorization() {
	run_test(|| {
		setup(10_000);
		let claim = submit(vec![
			line(VISIT, 700, NOW - 3 * DAY),    // above the fee schedule
			line(COSMETIC, 900, NOW - 2 * DAY), // not covered
			line(MRI, 1_000, NOW - DAY),        // needs a prior authorization
		]);
		let stored = ClaimsMap::<Test>::get(claim).expect("stored");
		let l = &stored.lines;
		assert_eq!((l[0].allowed, l[0].patient_responsibility, l[0].payer_amount), (500, 100, 400));
		assert_eq!(
			l[0].adjustments.to_vec(),
			vec![Adjustment::ExceedsFeeSchedule, Adjustment::PatientShare]
		);
		assert_eq!(
			(l[1].payer_amount, l[1].adjustments.to_vec()),
			(0, vec![Adjustment::NotCovered])
		);
		assert_eq!(
			(l[2].payer_amount, l[2].adjustments.to_vec()),
			(0, vec![Adjustment::PriorAuthMissing])
		);
		assert_eq!((stored.payer_total, stored.status), (400, ClaimStatus::Paid));
		assert_eq!(Adjustment::Duplicate.carc(), 18);
		// A service code no rule names is not covered either.
		let other = submit(vec![line(12345, 50, NOW - DAY)]);
		assert_eq!(status(other), ClaimStatus::Denied, "nothing payable: denied");
	});
}

#[test]
fn prior_authorizations_are_requested_decided_and_matched() {
	run_test(|| {
		setup(10_000);
		assert_noop!(
			Claims::request_prior_auth(
				RuntimeOrigin::signed(REVIEWER),
				HOSPITAL,
				PLAN,
				PATIENT,
				MRI
			),
			Error::<Test>::AccessDenied(AccessDenied::NotAMember)
		);
		assert_noop!(
			Claims::request_prior_auth(RuntimeOrigin::signed(BILLING), HOSPITAL, 4, PATIENT, MRI),
			Error::<Test>::UnknownPlan
		);
		assert_ok!(Claims::request_prior_auth(
			RuntimeOrigin::signed(BILLING),
			HOSPITAL,
			PLAN,
			PATIENT,
			MRI
		));
		assert_noop!(
			Claims::decide_prior_auth(RuntimeOrigin::signed(ADMIN), 0, true),
			Error::<Test>::AccessDenied(AccessDenied::MissingRole)
		);
		assert_ok!(Claims::decide_prior_auth(RuntimeOrigin::signed(REVIEWER), 0, false));
		System::assert_last_event(
			Event::PriorAuthDecided { id: 0, status: PriorAuthStatus::Denied }.into(),
		);
		assert_noop!(
			Claims::decide_prior_auth(RuntimeOrigin::signed(REVIEWER), 0, true),
			Error::<Test>::AlreadyDecided
		);
		assert_noop!(
			Claims::decide_prior_auth(RuntimeOrigin::signed(REVIEWER), 9, true),
			Error::<Test>::UnknownPriorAuth
		);
		// A denied authorization does not authorize.
		let with = |pa| ClaimLineInput { prior_auth: Some(pa), ..line(MRI, 600, NOW - DAY) };
		let denied = submit(vec![with(0)]);
		assert_eq!(
			ClaimsMap::<Test>::get(denied).expect("c").lines[0].adjustments.to_vec(),
			vec![Adjustment::PriorAuthMissing]
		);
		let approved = approved_prior_auth(MRI);
		assert_eq!(status(submit(vec![with(approved)])), ClaimStatus::Paid);
		// An authorization for another service does not match.
		let visit_pa = approved_prior_auth(VISIT);
		assert_noop!(
			submit_as(BILLING, vec![RECORD], vec![with(visit_pa)]),
			Error::<Test>::PriorAuthMismatch
		);
		assert_noop!(
			submit_as(BILLING, vec![RECORD], vec![with(99)]),
			Error::<Test>::UnknownPriorAuth
		);
	});
}

#[test]
fn the_same_service_is_never_paid_twice() {
	run_test(|| {
		setup(10_000);
		let visit = line(VISIT, 200, NOW - DAY);
		// Twice in one claim: the second line is a duplicate.
		let first = submit(vec![visit, visit]);
		let lines = ClaimsMap::<Test>::get(first).expect("c").lines;
		assert_eq!(lines[0].payer_amount, 160);
		assert_eq!(
			(lines[1].payer_amount, lines[1].adjustments.to_vec()),
			(0, vec![Adjustment::Duplicate])
		);
		// Again in another claim (with other evidence): a duplicate, nothing paid.
		let second = submit_as(BILLING, vec![RECORD_2], vec![visit]).expect("submitted");
		assert_eq!(status(second), ClaimStatus::Denied);
		assert_eq!(Balances::free_balance(HOSPITAL_ACCOUNT), 160);
		// Another date is another service.
		assert_eq!(status(submit(vec![line(VISIT, 200, NOW - 2 * DAY)])), ClaimStatus::Paid);
	});
}

#[test]
fn the_annual_limit_caps_payment_per_calendar_year() {
	run_test(|| {
		setup(10_000);
		// Each visit pays 400 (500 allowed, 20 % patient share): five reach the 2,000 limit.
		for day in 1..=5 {
			assert_eq!(status(submit(vec![line(VISIT, 500, NOW - day * DAY)])), ClaimStatus::Paid);
		}
		let capped = submit(vec![line(VISIT, 500, NOW - 6 * DAY)]);
		let stored = ClaimsMap::<Test>::get(capped).expect("c");
		assert_eq!((stored.payer_total, stored.status), (0, ClaimStatus::Denied));
		assert!(stored.lines[0].adjustments.contains(&Adjustment::AnnualLimitReached));
		assert_eq!(
			stored.lines[0].patient_responsibility, 500,
			"the patient owes what the plan does not pay"
		);
		assert_eq!(Claims::remaining_annual_limit(PLAN, &PATIENT), Some((0, true)));
		// A service in the next calendar year starts afresh.
		Timestamp::set_timestamp(1_798_761_600_000 + DAY);
		assert_eq!(status(submit(vec![line(VISIT, 500, 1_798_761_600_000)])), ClaimStatus::Paid);
	});
}

#[test]
fn a_reviewer_approves_adjusts_or_denies_a_claim_above_the_threshold() {
	run_test(|| {
		setup(10_000);
		let mri = |days| ClaimLineInput {
			prior_auth: Some(approved_prior_auth(MRI)),
			..line(MRI, 1_000, NOW - days * DAY)
		};
		let approve = submit(vec![mri(1)]);
		let deny = submit(vec![mri(3)]);
		for c in [approve, deny] {
			assert_eq!(status(c), ClaimStatus::PendingReview);
		}
		assert_eq!(Plans::<Test>::get(PLAN).expect("p").reserved, 2_000);
		assert_eq!(AnnualUsage::<Test>::get((PLAN, PATIENT), 2026), 2_000, "the limit is used up");
		let review = |who, claim, d| Claims::review_claim(RuntimeOrigin::signed(who), claim, d);
		assert_ok!(review(REVIEWER, deny, ReviewDecision::Deny));
		assert_eq!(status(deny), ClaimStatus::Denied);
		assert_eq!(
			AnnualUsage::<Test>::get((PLAN, PATIENT), 2026),
			1_000,
			"a denial gives it back"
		);
		let adjust = submit(vec![mri(2)]);
		assert_eq!(status(adjust), ClaimStatus::PendingReview);
		assert_noop!(
			review(ADMIN, approve, ReviewDecision::Approve),
			Error::<Test>::AccessDenied(AccessDenied::MissingRole)
		);
		assert_noop!(
			review(REVIEWER, approve, ReviewDecision::Adjust(1_001)),
			Error::<Test>::AdjustAboveAdjudicated
		);
		assert_ok!(review(REVIEWER, approve, ReviewDecision::Approve));
		System::assert_last_event(
			Event::ClaimStatusChanged { claim: approve, status: ClaimStatus::Paid }.into(),
		);
		assert_ok!(review(REVIEWER, adjust, ReviewDecision::Adjust(700)));
		assert_eq!(ClaimsMap::<Test>::get(adjust).expect("c").paid, 700);
		assert_noop!(
			review(REVIEWER, deny, ReviewDecision::Approve),
			Error::<Test>::NotPendingReview
		);
		assert_noop!(review(REVIEWER, 42, ReviewDecision::Approve), Error::<Test>::UnknownClaim);
		assert_eq!(Balances::free_balance(HOSPITAL_ACCOUNT), 1_700);
		assert_eq!(
			AnnualUsage::<Test>::get((PLAN, PATIENT), 2026),
			1_700,
			"adjusted and denied amounts return"
		);
		assert_eq!(Plans::<Test>::get(PLAN).expect("p").reserved, 0);
		// The denied claim released its service: a corrected claim may claim it.
		let line_of_deny = ClaimsMap::<Test>::get(deny).expect("c").lines[0].input;
		assert!(ClaimedServices::<Test>::get(Claims::service_key(
			&PATIENT,
			HOSPITAL,
			&line_of_deny
		))
		.is_none());
	});
}

#[test]
fn approval_needs_the_escrow_to_cover_it() {
	run_test(|| {
		setup(500);
		let pa = approved_prior_auth(MRI);
		let claim =
			submit(vec![ClaimLineInput { prior_auth: Some(pa), ..line(MRI, 1_000, NOW - DAY) }]);
		assert_noop!(
			Claims::review_claim(RuntimeOrigin::signed(REVIEWER), claim, ReviewDecision::Approve),
			Error::<Test>::InsufficientEscrow
		);
		assert_ok!(Claims::fund_plan(RuntimeOrigin::signed(ADMIN), PLAN, 600));
		assert_ok!(Claims::review_claim(
			RuntimeOrigin::signed(REVIEWER),
			claim,
			ReviewDecision::Approve
		));
		assert_eq!(escrow_held(), 100);
		// Within the threshold but beyond the escrow: waits for review instead of failing.
		let small = submit(vec![line(VISIT, 500, NOW - DAY)]);
		assert_eq!(status(small), ClaimStatus::PendingReview);
	});
}

#[test]
fn a_denial_is_appealed_and_arbitrated_by_governance() {
	run_test(|| {
		setup(10_000);
		let cosmetic = submit(vec![line(COSMETIC, 900, NOW - DAY)]);
		let other = submit(vec![line(COSMETIC, 300, NOW - 2 * DAY)]);
		assert_noop!(
			Claims::appeal_claim(RuntimeOrigin::signed(CLINICIAN), cosmetic),
			Error::<Test>::AccessDenied(AccessDenied::MissingRole)
		);
		assert_noop!(
			Claims::arbitrate_claim(RuntimeOrigin::root(), cosmetic, 10),
			Error::<Test>::NotAppealed
		);
		assert_ok!(Claims::appeal_claim(RuntimeOrigin::signed(BILLING), cosmetic));
		assert_ok!(Claims::appeal_claim(RuntimeOrigin::signed(BILLING), other));
		assert_eq!(status(cosmetic), ClaimStatus::Appealed);
		assert_eq!(
			Plans::<Test>::get(PLAN).expect("p").reserved,
			1_200,
			"the billed totals are reserved"
		);
		assert_noop!(
			Claims::appeal_claim(RuntimeOrigin::signed(BILLING), cosmetic),
			Error::<Test>::NotDenied
		);
		assert_noop!(
			Claims::arbitrate_claim(RuntimeOrigin::signed(ADMIN), cosmetic, 10),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Claims::arbitrate_claim(RuntimeOrigin::root(), cosmetic, 901),
			Error::<Test>::AwardTooHigh
		);
		assert_ok!(Claims::arbitrate_claim(RuntimeOrigin::root(), cosmetic, 450));
		System::assert_last_event(
			Event::ClaimStatusChanged { claim: cosmetic, status: ClaimStatus::Paid }.into(),
		);
		assert_eq!(Balances::free_balance(HOSPITAL_ACCOUNT), 450);
		assert_ok!(Claims::arbitrate_claim(RuntimeOrigin::root(), other, 0));
		assert_eq!(status(other), ClaimStatus::DenialUpheld);
		assert_eq!(Plans::<Test>::get(PLAN).expect("p").reserved, 0);
		// The arbitrated service now counts as paid.
		let again =
			submit_as(BILLING, vec![RECORD_2], vec![line(COSMETIC, 900, NOW - DAY)]).expect("s");
		assert_eq!(
			ClaimsMap::<Test>::get(again).expect("c").lines[0].adjustments.to_vec(),
			vec![Adjustment::NotCovered]
		);
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
		assert_noop!(submit_with(vec![105]), Error::<Test>::EvidenceErased);
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
			Claims::submit_claim(
				RuntimeOrigin::signed(BILLING),
				HOSPITAL,
				PLAN,
				OTHER_PATIENT,
				BoundedVec::truncate_from(vec![102]),
				BoundedVec::truncate_from(visit.clone())
			),
			Error::<Test>::NotEnrolled
		);
	});
}

#[test]
fn a_service_before_the_first_version_has_no_terms_in_force() {
	run_test(|| {
		Timestamp::set_timestamp(NOW - 30 * DAY);
		assert_ok!(Claims::create_plan(
			RuntimeOrigin::signed(ADMIN),
			INSURER,
			terms(NOW - 10 * DAY)
		));
		assert_ok!(Claims::fund_plan(RuntimeOrigin::signed(ADMIN), PLAN, 1_000));
		assert_ok!(Claims::enroll(RuntimeOrigin::signed(PATIENT), PLAN));
		Timestamp::set_timestamp(NOW);
		assert_noop!(
			submit_as(BILLING, vec![RECORD], vec![line(VISIT, 100, NOW - 20 * DAY)]),
			Error::<Test>::NoTermsInForce
		);
	});
}

#[test]
fn claims_page_by_patient_provider_and_plan() {
	run_test(|| {
		setup(10_000);
		for day in 1..=5 {
			submit(vec![line(VISIT, 100, NOW - day * DAY)]);
		}
		let all = |page: &dyn Fn(Option<u64>) -> Vec<(u64, crate::ClaimOf<Test>)>| {
			let mut seen = vec![];
			let mut cursor = None;
			loop {
				let items = page(cursor);
				seen.extend(items.iter().map(|(id, _)| *id));
				if items.len() < 2 {
					break;
				}
				cursor = items.last().map(|(id, _)| *id);
			}
			seen.sort();
			seen
		};
		assert_eq!(all(&|c| Claims::claims_of_patient(&PATIENT, c, 2)), vec![0, 1, 2, 3, 4]);
		assert_eq!(all(&|c| Claims::claims_of_provider(HOSPITAL, c, 2)), vec![0, 1, 2, 3, 4]);
		assert_eq!(all(&|c| Claims::claims_of_plan(PLAN, c, 2)), vec![0, 1, 2, 3, 4]);
		assert!(Claims::claims_of_provider(CLINIC, None, 10).is_empty());
	});
}

#[test]
fn try_state_detects_escrow_and_reservation_drift() {
	run_test(|| {
		setup(1_000);
		Plans::<Test>::mutate(PLAN, |p| p.as_mut().map(|p| p.paid += 1));
		assert!(Claims::do_try_state().is_err());
		Plans::<Test>::mutate(PLAN, |p| p.as_mut().map(|p| p.paid -= 1));
		Plans::<Test>::mutate(PLAN, |p| p.as_mut().map(|p| p.reserved += 1));
		assert!(Claims::do_try_state().is_err());
		Plans::<Test>::mutate(PLAN, |p| p.as_mut().map(|p| p.reserved -= 1));
	});
}

#[test]
fn arbitration_cannot_pay_a_service_another_claim_was_paid_for() {
	run_test(|| {
		setup(10_000);
		let mri = |pa| ClaimLineInput { prior_auth: Some(pa), ..line(MRI, 1_000, NOW - DAY) };
		let first = submit(vec![mri(approved_prior_auth(MRI))]);
		assert_ok!(Claims::review_claim(
			RuntimeOrigin::signed(REVIEWER),
			first,
			ReviewDecision::Deny
		));
		assert_ok!(Claims::appeal_claim(RuntimeOrigin::signed(BILLING), first));
		// Meanwhile a corrected claim for the same service is approved and paid.
		let corrected = submit_as(BILLING, vec![RECORD_2], vec![mri(approved_prior_auth(MRI))])
			.expect("submitted");
		assert_ok!(Claims::review_claim(
			RuntimeOrigin::signed(REVIEWER),
			corrected,
			ReviewDecision::Approve
		));
		assert_noop!(
			Claims::arbitrate_claim(RuntimeOrigin::root(), first, 500),
			Error::<Test>::ServiceAlreadyClaimed
		);
		assert_ok!(Claims::arbitrate_claim(RuntimeOrigin::root(), first, 0));
		assert_eq!(Balances::free_balance(HOSPITAL_ACCOUNT), 1_000, "paid once");
	});
}

#[test]
fn exhausted_ids_fail_cleanly() {
	run_test(|| {
		setup(10_000);
		crate::NextClaimId::<Test>::put(u64::MAX);
		assert_noop!(
			submit_as(BILLING, vec![RECORD], vec![line(VISIT, 100, NOW - DAY)]),
			Error::<Test>::IdsExhausted
		);
		crate::NextPriorAuthId::<Test>::put(u64::MAX);
		assert_noop!(
			Claims::request_prior_auth(
				RuntimeOrigin::signed(CLINICIAN),
				HOSPITAL,
				PLAN,
				PATIENT,
				MRI
			),
			Error::<Test>::IdsExhausted
		);
		crate::NextPlanId::<Test>::put(u32::MAX);
		assert_noop!(
			Claims::create_plan(RuntimeOrigin::signed(ADMIN), INSURER, terms(0)),
			Error::<Test>::IdsExhausted
		);
		crate::NextClaimId::<Test>::put(0);
		crate::NextPriorAuthId::<Test>::put(0);
		crate::NextPlanId::<Test>::put(1);
	});
}
