//! Suspension and removal (security review M-9): no money moves through the plans of a payer
//! that is suspended or no longer registered, by any path (claims paid at once or after review,
//! arbitration awards, funding, and the enrollments and prior authorizations claims rest on), and
//! a provider that is suspended or no longer registered is paid nothing. Both take effect at the
//! next call, without a sweep, and end when the organization is reinstated.

use frame_support::{assert_noop, assert_ok};
use healthchain_primitives::{fakes::FakeOrganizations, AccessDenied};

use super::*;
use crate::{Error, ReviewDecision};

/// The plan's payer is not active, for the reason `why`.
fn payer_not_active(why: AccessDenied) -> Error<Test> {
	Error::<Test>::PayerNotActive(why)
}

/// The claim's provider is not active, for the reason `why`.
fn provider_not_active(why: AccessDenied) -> Error<Test> {
	Error::<Test>::ProviderNotActive(why)
}

/// `who` decides claim `claim`.
fn review(who: u64, claim: ClaimId, decision: ReviewDecision<u64>) -> DispatchResult {
	Claims::review_claim(RuntimeOrigin::signed(who), claim, decision)
}

/// The governance origin awards `award` on claim `claim`.
fn arbitrate(claim: ClaimId, award: u64) -> DispatchResult {
	Claims::arbitrate_claim(RuntimeOrigin::root(), claim, award)
}

/// A claim for a cosmetic procedure (not covered), denied and appealed by the hospital.
fn appealed_denial() -> ClaimId {
	let claim = submit(vec![line(COSMETIC, 900, NOW - DAY)]);
	assert_ok!(Claims::appeal_claim(RuntimeOrigin::signed(BILLING), claim));
	claim
}

#[test]
fn a_suspended_payers_escrow_auto_pays_no_claim() {
	run_test(|| {
		setup(10_000);
		FakeOrganizations::set_active(INSURER, false);
		assert_noop!(
			submit_as(BILLING, vec![RECORD], vec![line(VISIT, 200, NOW - DAY)]),
			payer_not_active(AccessDenied::OrganizationSuspended)
		);
		assert_eq!(Balances::free_balance(HOSPITAL_ACCOUNT), 0);
		assert_eq!(escrow_held(), 10_000);
		// The payer's own admin takes back what no pending claim needs; no one else does.
		assert_noop!(
			Claims::withdraw_escrow(RuntimeOrigin::signed(REVIEWER), PLAN, 1),
			Error::<Test>::AccessDenied(AccessDenied::MissingRole)
		);
		assert_ok!(Claims::withdraw_escrow(RuntimeOrigin::signed(ADMIN), PLAN, 10_000));
		assert_eq!(escrow_held(), 0);
	});
}

#[test]
fn a_suspended_payers_plan_takes_no_claim_for_review_either() {
	run_test(|| {
		setup(10_000);
		let mri = approved_prior_auth(MRI);
		FakeOrganizations::set_active(INSURER, false);
		assert_noop!(
			submit_as(BILLING, vec![RECORD], vec![authorized(mri, line(MRI, 1_000, NOW - DAY))]),
			payer_not_active(AccessDenied::OrganizationSuspended)
		);
		assert_eq!(reserved(), 0);
	});
}

#[test]
fn a_removed_payers_escrow_pays_no_claim() {
	run_test(|| {
		setup(10_000);
		remove_organization(INSURER);
		assert_noop!(
			submit_as(BILLING, vec![RECORD], vec![line(VISIT, 200, NOW - DAY)]),
			payer_not_active(AccessDenied::UnknownOrganization)
		);
		assert_noop!(
			Claims::withdraw_escrow(RuntimeOrigin::signed(ADMIN), PLAN, 1),
			Error::<Test>::AccessDenied(AccessDenied::UnknownOrganization)
		);
		assert_eq!(Balances::free_balance(HOSPITAL_ACCOUNT), 0);
		assert_eq!(escrow_held(), 10_000);
	});
}

#[test]
fn a_reinstated_payers_plan_pays_claims_again() {
	run_test(|| {
		setup(10_000);
		FakeOrganizations::set_active(INSURER, false);
		FakeOrganizations::set_active(INSURER, true);
		let claim = submit(vec![line(VISIT, 200, NOW - DAY)]);
		assert_eq!(status(claim), ClaimStatus::Paid);
		assert_eq!(Balances::free_balance(HOSPITAL_ACCOUNT), 160);
	});
}

#[test]
fn a_suspended_payers_reviewers_pay_nothing() {
	run_test(|| {
		setup(10_000);
		let claim = pending_mri(1);
		FakeOrganizations::set_active(INSURER, false);
		for decision in [ReviewDecision::Approve, ReviewDecision::Adjust(500), ReviewDecision::Deny]
		{
			assert_noop!(
				review(REVIEWER, claim, decision),
				Error::<Test>::AccessDenied(AccessDenied::OrganizationSuspended)
			);
		}
		assert_eq!(Balances::free_balance(HOSPITAL_ACCOUNT), 0);
		FakeOrganizations::set_active(INSURER, true);
		assert_ok!(review(REVIEWER, claim, ReviewDecision::Approve));
		assert_eq!(Balances::free_balance(HOSPITAL_ACCOUNT), 1_000);
	});
}

#[test]
fn arbitration_awards_nothing_from_a_suspended_payers_escrow() {
	run_test(|| {
		setup(10_000);
		let claim = appealed_denial();
		FakeOrganizations::set_active(INSURER, false);
		assert_noop!(arbitrate(claim, 450), payer_not_active(AccessDenied::OrganizationSuspended));
		assert_eq!(Balances::free_balance(HOSPITAL_ACCOUNT), 0);
		// Upholding the denial moves no money: governance may still close the appeal.
		assert_ok!(arbitrate(claim, 0));
		assert_eq!(status(claim), ClaimStatus::DenialUpheld);
		assert_eq!(reserved(), 0);
		assert_eq!(escrow_held(), 10_000);
	});
}

#[test]
fn arbitration_awards_nothing_from_a_removed_payers_escrow() {
	run_test(|| {
		setup(10_000);
		let claim = appealed_denial();
		remove_organization(INSURER);
		assert_noop!(arbitrate(claim, 450), payer_not_active(AccessDenied::UnknownOrganization));
		assert_eq!(Balances::free_balance(HOSPITAL_ACCOUNT), 0);
	});
}

#[test]
fn a_suspended_payers_escrow_takes_no_funds() {
	run_test(|| {
		setup(10_000);
		FakeOrganizations::set_active(INSURER, false);
		for funder in [ADMIN, PATIENT] {
			assert_noop!(
				Claims::fund_plan(RuntimeOrigin::signed(funder), PLAN, 100),
				payer_not_active(AccessDenied::OrganizationSuspended)
			);
		}
		remove_organization(INSURER);
		assert_noop!(
			Claims::fund_plan(RuntimeOrigin::signed(PATIENT), PLAN, 100),
			payer_not_active(AccessDenied::UnknownOrganization)
		);
		assert_eq!(escrow_held(), 10_000);
	});
}

#[test]
fn no_prior_authorization_is_asked_of_or_decided_by_a_suspended_payer() {
	run_test(|| {
		setup(10_000);
		let asked = crate::NextPriorAuthId::<Test>::get();
		assert_ok!(request_prior_auth(CLINICIAN, MRI));
		FakeOrganizations::set_active(INSURER, false);
		assert_noop!(
			request_prior_auth(CLINICIAN, MRI),
			payer_not_active(AccessDenied::OrganizationSuspended)
		);
		assert_noop!(
			Claims::decide_prior_auth(RuntimeOrigin::signed(REVIEWER), asked, true),
			Error::<Test>::AccessDenied(AccessDenied::OrganizationSuspended)
		);
		remove_organization(INSURER);
		assert_noop!(
			request_prior_auth(CLINICIAN, MRI),
			payer_not_active(AccessDenied::UnknownOrganization)
		);
	});
}

#[test]
fn a_removed_payers_plan_takes_no_new_members() {
	run_test(|| {
		setup(10_000);
		remove_organization(INSURER);
		assert_noop!(
			Claims::enroll(RuntimeOrigin::signed(OTHER_PATIENT), PLAN),
			payer_not_active(AccessDenied::UnknownOrganization)
		);
		// Leaving stays possible: it moves no money and ends the patient's data sharing.
		assert_ok!(Claims::leave_plan(RuntimeOrigin::signed(PATIENT), PLAN));
	});
}

#[test]
fn a_suspended_provider_neither_claims_nor_appeals() {
	run_test(|| {
		setup(10_000);
		let denied = submit(vec![line(COSMETIC, 900, NOW - DAY)]);
		FakeOrganizations::set_active(HOSPITAL, false);
		assert_noop!(
			submit_as(BILLING, vec![RECORD], vec![line(VISIT, 200, NOW - DAY)]),
			Error::<Test>::AccessDenied(AccessDenied::OrganizationSuspended)
		);
		assert_noop!(
			Claims::appeal_claim(RuntimeOrigin::signed(BILLING), denied),
			Error::<Test>::AccessDenied(AccessDenied::OrganizationSuspended)
		);
		assert_noop!(
			request_prior_auth(CLINICIAN, MRI),
			Error::<Test>::AccessDenied(AccessDenied::OrganizationSuspended)
		);
	});
}

#[test]
fn a_suspended_provider_is_not_paid_on_review() {
	run_test(|| {
		setup(10_000);
		let claim = pending_mri(1);
		let other = pending_mri(2);
		FakeOrganizations::set_active(HOSPITAL, false);
		for decision in [ReviewDecision::Approve, ReviewDecision::Adjust(500)] {
			assert_noop!(
				review(REVIEWER, claim, decision),
				provider_not_active(AccessDenied::OrganizationSuspended)
			);
		}
		assert_eq!(Balances::free_balance(HOSPITAL_ACCOUNT), 0);
		// A denial moves no money: the payer may still deny.
		assert_ok!(review(REVIEWER, other, ReviewDecision::Deny));
		assert_eq!(status(other), ClaimStatus::Denied);
		// Reinstated, the provider is paid what the review approves.
		FakeOrganizations::set_active(HOSPITAL, true);
		assert_ok!(review(REVIEWER, claim, ReviewDecision::Approve));
		assert_eq!(Balances::free_balance(HOSPITAL_ACCOUNT), 1_000);
	});
}

#[test]
fn a_suspended_provider_is_not_paid_by_arbitration() {
	run_test(|| {
		setup(10_000);
		let claim = appealed_denial();
		FakeOrganizations::set_active(HOSPITAL, false);
		assert_noop!(
			arbitrate(claim, 450),
			provider_not_active(AccessDenied::OrganizationSuspended)
		);
		assert_eq!(Balances::free_balance(HOSPITAL_ACCOUNT), 0);
		assert_ok!(arbitrate(claim, 0));
		assert_eq!(status(claim), ClaimStatus::DenialUpheld);
	});
}

#[test]
fn a_removed_provider_is_not_paid() {
	run_test(|| {
		setup(10_000);
		let claim = pending_mri(1);
		remove_organization(HOSPITAL);
		assert_noop!(
			review(REVIEWER, claim, ReviewDecision::Approve),
			provider_not_active(AccessDenied::UnknownOrganization)
		);
		assert_eq!(Balances::free_balance(HOSPITAL_ACCOUNT), 0);
	});
}
