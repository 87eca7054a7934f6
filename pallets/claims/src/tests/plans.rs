//! Plans and escrow: publishing, versions, funding, withdrawals and the escrow's invariants.

use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use healthchain_primitives::AccessDenied;

use super::*;
use crate::{Error, Event, Plans};

/// `who` publishes a plan of `payer` with `terms`.
fn create(who: u64, payer: u32, terms: crate::PlanTermsOf<Test>) -> DispatchResult {
	Claims::create_plan(RuntimeOrigin::signed(who), payer, terms)
}

/// `who` adds a version with `terms` to plan `plan`.
fn update(who: u64, plan: u32, terms: crate::PlanTermsOf<Test>) -> DispatchResult {
	Claims::update_plan(RuntimeOrigin::signed(who), plan, terms)
}

/// The admin puts `amount` into plan `plan`'s escrow.
fn fund(plan: u32, amount: u64) -> DispatchResult {
	Claims::fund_plan(RuntimeOrigin::signed(ADMIN), plan, amount)
}

/// `who` takes `amount` out of plan `plan`'s escrow.
fn withdraw(who: u64, plan: u32, amount: u64) -> DispatchResult {
	Claims::withdraw_escrow(RuntimeOrigin::signed(who), plan, amount)
}

#[test]
fn an_admin_of_an_active_payer_publishes_a_plan_with_sorted_rules() {
	run_test(|| {
		assert_ok!(create(ADMIN, INSURER, terms(0)));
		System::assert_last_event(Event::PlanCreated { plan: PLAN, payer: INSURER }.into());
		let plan = Claims::plan(PLAN).expect("stored");
		assert_eq!(
			(plan.plan.versions, plan.plan.escrow_account, plan.terms.annual_limit),
			(1, INSURER_ACCOUNT, ANNUAL_LIMIT)
		);
		assert_eq!(Balances::balance_on_hold(&HoldReason::Deposit.into(), &ADMIN), PLAN_DEPOSIT);

		let denied = |why| Error::<Test>::AccessDenied(why);
		assert_noop!(create(REVIEWER, INSURER, terms(0)), denied(AccessDenied::MissingRole));
		assert_noop!(create(BILLING, HOSPITAL, terms(0)), denied(AccessDenied::WrongKind));
		let unsorted = with_rules(|rules| rules.swap(0, 1));
		assert_noop!(create(ADMIN, INSURER, unsorted), Error::<Test>::RulesNotSorted);
		let twice = with_rules(|rules| rules[1].service_code = rules[0].service_code);
		assert_noop!(create(ADMIN, INSURER, twice), Error::<Test>::RulesNotSorted);
	});
}

#[test]
fn each_line_is_adjudicated_by_the_version_in_force_at_its_service_date() {
	run_test(|| {
		setup(10_000);
		// Version 2, from 10 days ago: office visits up to 300 only.
		let mut cheaper = terms(NOW - 10 * DAY);
		cheaper.rules = with_rules(|rules| rules[2].max_allowed = 300).rules;
		assert_ok!(update(ADMIN, PLAN, cheaper.clone()));
		System::assert_last_event(
			Event::PlanUpdated { plan: PLAN, version: 2, effective_from: NOW - 10 * DAY }.into(),
		);
		let claim = submit(vec![line(VISIT, 500, NOW - 20 * DAY), line(VISIT, 500, NOW - 5 * DAY)]);
		let lines = stored(claim).lines;
		assert_eq!(lines[0].allowed, 500, "version 1 for the older service");
		assert_eq!(lines[1].allowed, 300, "version 2 for the newer one");

		assert_noop!(update(ADMIN, PLAN, cheaper.clone()), Error::<Test>::VersionNotLater);
		assert_noop!(
			update(REVIEWER, PLAN, terms(NOW)),
			Error::<Test>::AccessDenied(AccessDenied::MissingRole)
		);
		assert_noop!(update(ADMIN, 9, terms(NOW)), Error::<Test>::UnknownPlan);
		assert_ok!(update(ADMIN, PLAN, terms(NOW)));
		assert_noop!(update(ADMIN, PLAN, terms(NOW + DAY)), Error::<Test>::TooManyVersions);
	});
}

#[test]
fn a_service_before_the_first_version_has_no_terms_in_force() {
	run_test(|| {
		Timestamp::set_timestamp(NOW - 30 * DAY);
		assert_ok!(create(ADMIN, INSURER, terms(NOW - 10 * DAY)));
		assert_ok!(fund(PLAN, 1_000));
		assert_ok!(Claims::enroll(RuntimeOrigin::signed(PATIENT), PLAN));
		payer_accepts(PATIENT);
		Timestamp::set_timestamp(NOW);
		assert_noop!(
			submit_as(BILLING, vec![RECORD], vec![line(VISIT, 100, NOW - 20 * DAY)]),
			Error::<Test>::NoTermsInForce
		);
	});
}

#[test]
fn escrow_is_held_on_the_payer_account_and_withdrawn_only_above_pending_needs() {
	run_test(|| {
		let issuance = Balances::total_issuance();
		setup(3_000);
		assert_eq!(escrow_held(), 3_000);
		assert_noop!(fund(PLAN, 0), Error::<Test>::ZeroAmount);
		assert_noop!(fund(7, 10), Error::<Test>::UnknownPlan);
		// A claim above the threshold reserves its payer amount.
		pending_mri(1);
		assert_eq!(reserved(), 1_000);
		assert_noop!(withdraw(ADMIN, PLAN, 2_001), Error::<Test>::InsufficientEscrow);
		assert_noop!(
			withdraw(REVIEWER, PLAN, 10),
			Error::<Test>::AccessDenied(AccessDenied::MissingRole)
		);
		let before = Balances::free_balance(ADMIN);
		assert_ok!(withdraw(ADMIN, PLAN, 2_000));
		System::assert_last_event(
			Event::EscrowWithdrawn { plan: PLAN, amount: 2_000, held: 1_000 }.into(),
		);
		assert_eq!(Balances::free_balance(ADMIN), before + 2_000);
		assert_eq!(escrow_held(), 1_000);
		assert_eq!(Balances::total_issuance(), issuance, "no currency created or destroyed");
	});
}

#[test]
fn withdrawing_nothing_is_refused() {
	run_test(|| {
		setup(3_000);
		assert_noop!(withdraw(ADMIN, PLAN, 0), Error::<Test>::ZeroAmount);
		assert_noop!(withdraw(ADMIN, 7, 10), Error::<Test>::UnknownPlan);
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
fn plan_ids_exhausted_fail_cleanly() {
	assert_ids_exhausted(
		|| crate::NextPlanId::<Test>::put(u32::MAX),
		|| create(ADMIN, INSURER, terms(0)),
	);
}
