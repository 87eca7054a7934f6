//! Tests of `pallet-claims`, one file per feature (as in `features/`), with the shared set-up
//! here: the test plan published, funded and joined, and helpers to submit claims and ask for
//! prior authorizations.

#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

mod adjudication;
mod appeal;
mod attacks;
mod enrollment;
mod migrations;
mod payout;
mod plans;
mod prior_auth;
mod properties;
mod queries;
mod references;
mod review;
mod submission;
mod suspension;

use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold, BoundedVec};
use sp_runtime::{DispatchError, DispatchResult};

use crate::{
	mock::*, ClaimId, ClaimLineInput, ClaimOf, ClaimStatus, Error, HoldReason, PriorAuthId,
};

/// The test plan's id.
pub const PLAN: u32 = 0;

/// A line of `amount` for `service_code` rendered at `service_date`, without prior authorization.
pub fn line(service_code: u32, amount: u64, service_date: u64) -> ClaimLineInput<u64> {
	ClaimLineInput { service_code, amount, service_date, prior_auth: None }
}

/// `line` citing the prior authorization `auth`.
pub fn authorized(auth: PriorAuthId, line: ClaimLineInput<u64>) -> ClaimLineInput<u64> {
	ClaimLineInput { prior_auth: Some(auth), ..line }
}

/// The insurer publishes the test plan (in force from the epoch) and funds it with `escrow`;
/// the patient asked to join 30 days ago and the insurer accepted.
pub fn setup(escrow: u64) {
	Timestamp::set_timestamp(NOW - 30 * DAY);
	assert_ok!(Claims::create_plan(RuntimeOrigin::signed(ADMIN), INSURER, terms(0)));
	assert_ok!(Claims::fund_plan(RuntimeOrigin::signed(ADMIN), PLAN, escrow));
	assert_ok!(Claims::enroll(RuntimeOrigin::signed(PATIENT), PLAN));
	payer_accepts(PATIENT);
	Timestamp::set_timestamp(NOW);
}

/// The insurer's admin accepts `patient`'s request to join the test plan.
pub fn payer_accepts(patient: u64) {
	assert_ok!(Claims::decide_enrollment(RuntimeOrigin::signed(ADMIN), PLAN, patient, true));
}

/// A new record of `patient` anchored by the hospital, current: evidence no claim used yet.
pub fn fresh_evidence(patient: u64) -> u64 {
	use core::sync::atomic::{AtomicU64, Ordering};
	static NEXT: AtomicU64 = AtomicU64::new(1_000);
	let id = NEXT.fetch_add(1, Ordering::Relaxed);
	healthchain_primitives::fakes::FakeRecords::add(id, patient, Some(HOSPITAL));
	id
}

/// `who` submits a claim of the hospital against the test plan for `patient`; returns its id.
pub fn submit_for(
	who: u64,
	patient: u64,
	evidence: Vec<u64>,
	lines: Vec<ClaimLineInput<u64>>,
) -> Result<ClaimId, DispatchError> {
	let id = crate::NextClaimId::<Test>::get();
	Claims::submit_claim(
		RuntimeOrigin::signed(who),
		HOSPITAL,
		PLAN,
		patient,
		BoundedVec::truncate_from(evidence),
		BoundedVec::truncate_from(lines),
	)
	.map(|_| id)
}

/// `who` submits a claim of the hospital for the patient; returns its id.
pub fn submit_as(
	who: u64,
	evidence: Vec<u64>,
	lines: Vec<ClaimLineInput<u64>>,
) -> Result<ClaimId, DispatchError> {
	submit_for(who, PATIENT, evidence, lines)
}

/// The hospital's billing clerk submits `lines` with fresh evidence (a record of the patient
/// the hospital anchored, backing no claim yet); returns the claim id.
pub fn submit(lines: Vec<ClaimLineInput<u64>>) -> ClaimId {
	submit_as(BILLING, vec![fresh_evidence(PATIENT)], lines).expect("the claim is submitted")
}

/// The test plan's terms (from the epoch) with its rules changed by `change`.
pub fn with_rules(
	change: impl FnOnce(&mut Vec<crate::CoverageRule<u64>>),
) -> crate::PlanTermsOf<Test> {
	let mut t = terms(0);
	let mut rules = t.rules.to_vec();
	change(&mut rules);
	t.rules = BoundedVec::truncate_from(rules);
	t
}

/// What the insurer's account holds in escrow.
pub fn escrow_held() -> u64 {
	Balances::balance_on_hold(&HoldReason::PlanEscrow.into(), &INSURER_ACCOUNT)
}

/// The stored claim `id`.
pub fn stored(id: ClaimId) -> ClaimOf<Test> {
	crate::Claims::<Test>::get(id).expect("the claim is stored")
}

/// Where claim `id` stands.
pub fn status(id: ClaimId) -> ClaimStatus {
	stored(id).status
}

/// The reservations of the test plan.
pub fn reserved() -> u64 {
	crate::Plans::<Test>::get(PLAN).expect("the plan is stored").reserved
}

/// `who` asks for a prior authorization of `code` for the patient under the test plan.
pub fn request_prior_auth(who: u64, code: u32) -> DispatchResult {
	Claims::request_prior_auth(RuntimeOrigin::signed(who), HOSPITAL, PLAN, PATIENT, code)
}

/// The clinician asked for a prior authorization of `code` for the patient 29 days ago (the day
/// after the patient joined), and the reviewer approved it then: it authorizes services from
/// then until [`PRIOR_AUTH_VALIDITY`] later.
pub fn approved_prior_auth(code: u32) -> PriorAuthId {
	let id = crate::NextPriorAuthId::<Test>::get();
	let now = Timestamp::get();
	Timestamp::set_timestamp(NOW - 29 * DAY);
	assert_ok!(request_prior_auth(CLINICIAN, code));
	assert_ok!(Claims::decide_prior_auth(RuntimeOrigin::signed(REVIEWER), id, true));
	Timestamp::set_timestamp(now);
	id
}

/// A claim for an MRI `days` ago with an approved prior authorization: 1,000 payable, above the
/// auto-approval threshold, so it waits for review.
pub fn pending_mri(days: u64) -> ClaimId {
	submit(vec![authorized(approved_prior_auth(MRI), line(MRI, 1_000, NOW - days * DAY))])
}

/// With the test plan set up and an id counter at its maximum (`exhaust`), `call` fails with
/// [`Error::IdsExhausted`] and changes nothing.
pub fn assert_ids_exhausted(exhaust: impl FnOnce(), call: impl Fn() -> DispatchResult) {
	run_test(|| {
		setup(10_000);
		exhaust();
		assert_noop!(call(), Error::<Test>::IdsExhausted);
	});
}
