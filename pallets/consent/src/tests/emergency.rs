//! Emergency (break-glass) access: opening it (who may, how often), reading under it, and the
//! privacy officer's review.

use frame_support::{assert_noop, assert_ok, traits::fungible::Inspect};
use healthchain_primitives::{AccessDenied, DataCategory, Purpose};
use sp_runtime::{DispatchError, TokenError};

use super::*;
use crate::{
	mock::*, AccessBasis, AccessLog, EmergencyAccesses, EmergencyReason, Error, Event,
	PendingReviews, Review, ReviewVerdict, SortKey,
};

/// `who` reviews emergency access `id` with `verdict`.
fn review(who: u64, id: EmergencyId, verdict: ReviewVerdict) -> DispatchResult {
	Consent::review_emergency_access(RuntimeOrigin::signed(who), id, verdict, REPORT)
}

#[test]
fn an_emergency_access_is_logged_announced_and_awaits_review() {
	run_test(|| {
		let id = open_emergency(CLINICIAN);
		System::assert_last_event(
			Event::EmergencyAccessOpened {
				emergency: id,
				patient: PATIENT,
				organization: HOSPITAL,
				clinician: CLINICIAN,
				expires_at: NOW + EMERGENCY_DURATION,
			}
			.into(),
		);
		let access = EmergencyAccesses::<Test>::get(id).expect("stored");
		assert_eq!((access.review, access.reads), (Review::Pending, 0));
		assert_eq!(access.reason, EmergencyReason::PatientIncapacitated, "the reason is in state");
		assert!(PendingReviews::<Test>::contains_key(HOSPITAL, SortKey(id)));
		let opening = AccessLog::<Test>::get(PATIENT, 0).expect("the opening is logged");
		assert_eq!(
			(opening.purpose, opening.category, opening.basis),
			(Purpose::EmergencyTreatment, None, AccessBasis::Emergency(id))
		);
		assert_eq!(held(HoldReason::EmergencyAccess, CLINICIAN), EMERGENCY_DEPOSIT);
		assert_eq!(held(HoldReason::AccessLog, CLINICIAN), ACCESS_DEPOSIT);
	});
}

#[test]
fn only_the_opener_reads_under_an_emergency_access_for_emergency_treatment_until_it_expires() {
	run_test(|| {
		let id = open_emergency(CLINICIAN);
		assert_ok!(emergency_read(CLINICIAN, id, Purpose::EmergencyTreatment));
		assert_eq!(EmergencyAccesses::<Test>::get(id).map(|a| a.reads), Some(1));
		let log = Consent::access_log(&PATIENT, None, 10).items;
		assert_eq!(log.len(), 2);
		assert_eq!(log[1].entry.category, Some(DataCategory::Conditions));
		assert_eq!(log[1].review, Some(Review::Pending), "unreviewed accesses show as such");
		assert_noop!(
			emergency_read(CLINICIAN, id, Purpose::Treatment),
			Error::<Test>::EmergencyPurposeOnly
		);
		assert_noop!(
			emergency_read(OTHER_CLINICIAN, id, Purpose::EmergencyTreatment),
			Error::<Test>::NotYourEmergencyAccess
		);
		assert_noop!(
			emergency_read(CLINICIAN, id + 1, Purpose::EmergencyTreatment),
			Error::<Test>::UnknownEmergencyAccess
		);
		Timestamp::set_timestamp(NOW + EMERGENCY_DURATION);
		assert_noop!(
			emergency_read(CLINICIAN, id, Purpose::EmergencyTreatment),
			Error::<Test>::EmergencyAccessExpired
		);
	});
}

#[test]
fn only_clinicians_of_active_providers_open_emergency_access() {
	run_test(|| {
		let denied = |why| Error::<Test>::AccessDenied(why);
		assert_noop!(try_open(CLERK, HOSPITAL, PATIENT), denied(AccessDenied::MissingRole));
		assert_noop!(try_open(REVIEWER, INSURER, PATIENT), denied(AccessDenied::WrongKind));
		assert_noop!(
			try_open(OTHER_CLINICIAN, SUSPENDED_CLINIC, PATIENT),
			denied(AccessDenied::OrganizationSuspended)
		);
		assert_noop!(try_open(REVIEWER, HOSPITAL, PATIENT), denied(AccessDenied::NotAMember));
		assert_noop!(
			try_open(PAUPER_CLINICIAN, HOSPITAL, PATIENT),
			DispatchError::Token(TokenError::FundsUnavailable)
		);
	});
}

#[test]
fn emergency_access_is_rate_limited_per_clinician() {
	run_test(|| {
		for _ in 0..MAX_EMERGENCIES {
			open_emergency(CLINICIAN);
		}
		assert_noop!(
			try_open(CLINICIAN, HOSPITAL, OTHER_PATIENT),
			Error::<Test>::EmergencyRateLimited
		);
		// Another clinician has their own allowance.
		open_emergency(OTHER_CLINICIAN);
		// The window rolls: a use leaves it `EMERGENCY_WINDOW` blocks after it was made.
		go_to_block(1 + EMERGENCY_WINDOW);
		open_emergency(CLINICIAN);
	});
}

#[test]
fn a_burst_at_a_window_boundary_exceeds_no_rolling_limit() {
	run_test(|| {
		// L-1: with fixed windows (blocks 0..WINDOW, WINDOW..2 × WINDOW, …), MAX at the last
		// block of one window and MAX at the first of the next gave 2 × MAX in two blocks.
		go_to_block(EMERGENCY_WINDOW - 1);
		for _ in 0..MAX_EMERGENCIES {
			open_emergency(CLINICIAN);
		}
		go_to_block(EMERGENCY_WINDOW);
		assert_noop!(try_open(CLINICIAN, HOSPITAL, PATIENT), Error::<Test>::EmergencyRateLimited);
		go_to_block(2 * EMERGENCY_WINDOW - 2);
		assert_noop!(try_open(CLINICIAN, HOSPITAL, PATIENT), Error::<Test>::EmergencyRateLimited);
		// Exactly WINDOW blocks after the burst, the uses leave the window.
		go_to_block(2 * EMERGENCY_WINDOW - 1);
		open_emergency(CLINICIAN);
	});
}

#[test]
fn reads_under_an_emergency_access_stop_at_a_misuse_verdict() {
	run_test(|| {
		let id = open_emergency(CLINICIAN);
		assert_ok!(emergency_read(CLINICIAN, id, Purpose::EmergencyTreatment));
		assert_ok!(review(OFFICER, id, ReviewVerdict::Misuse));
		// M-5: reads went on until expiry whatever the verdict.
		assert_noop!(
			emergency_read(CLINICIAN, id, Purpose::EmergencyTreatment),
			Error::<Test>::EmergencyAccessMisused
		);
	});
}

#[test]
fn a_misuse_verdict_burns_the_deposit_and_a_justified_one_returns_it() {
	run_test(|| {
		let misused = open_emergency(CLINICIAN);
		let justified = open_emergency(OTHER_CLINICIAN);
		let issuance = Balances::total_issuance();
		let balance = Balances::total_balance(&CLINICIAN);
		// M-5: the deposit came back for Misuse too, so misuse cost nothing.
		assert_ok!(review(OFFICER, misused, ReviewVerdict::Misuse));
		assert_eq!(Balances::total_balance(&CLINICIAN), balance - EMERGENCY_DEPOSIT);
		assert_eq!(Balances::total_issuance(), issuance - EMERGENCY_DEPOSIT);
		assert_ok!(review(OFFICER, justified, ReviewVerdict::Justified));
		assert_eq!(held(HoldReason::EmergencyAccess, OTHER_CLINICIAN), 0);
		System::assert_last_event(
			Event::EmergencyAccessReviewed {
				emergency: justified,
				patient: PATIENT,
				organization: HOSPITAL,
				officer: OFFICER,
				verdict: ReviewVerdict::Justified,
				slashed: 0,
			}
			.into(),
		);
	});
}

#[test]
fn a_clinician_removed_from_the_clinician_role_reads_nothing_under_their_emergency_access() {
	run_test(|| {
		let id = open_emergency(CLINICIAN);
		healthchain_primitives::fakes::FakeOrganizations::add_member(
			HOSPITAL,
			CLINICIAN,
			&[healthchain_primitives::Role::Billing],
		);
		assert_noop!(
			emergency_read(CLINICIAN, id, Purpose::EmergencyTreatment),
			Error::<Test>::AccessDenied(AccessDenied::MissingRole)
		);
	});
}

#[test]
fn a_clinician_cannot_be_reviewed_by_an_officer_they_appointed() {
	run_test(|| {
		// L-11 / M-5: an admin who is also a clinician adds a privacy officer of their own and
		// has them clear their emergency access.
		let id = open_emergency(CLINICIAN);
		healthchain_primitives::fakes::FakeOrganizations::set_appointer(
			HOSPITAL, OFFICER, CLINICIAN,
		);
		assert_noop!(
			review(OFFICER, id, ReviewVerdict::Justified),
			Error::<Test>::AppointedByClinician
		);
		healthchain_primitives::fakes::FakeOrganizations::set_appointer(
			HOSPITAL, OFFICER, REGISTRAR,
		);
		assert_ok!(review(OFFICER, id, ReviewVerdict::Justified));
	});
}

#[test]
fn exhausted_emergency_ids_fail_cleanly() {
	run_test(|| {
		crate::NextEmergencyId::<Test>::put(u64::MAX);
		assert_noop!(try_open(CLINICIAN, HOSPITAL, PATIENT), Error::<Test>::IdsExhausted);
		crate::NextEmergencyId::<Test>::put(0);
	});
}

#[test]
fn a_full_log_refuses_an_emergency_access() {
	run_test(|| {
		crate::AccessLogBounds::<Test>::insert(
			PATIENT,
			crate::LogBounds { first: u32::MAX, next: u32::MAX },
		);
		assert_noop!(try_open(CLINICIAN, HOSPITAL, PATIENT), Error::<Test>::AccessLogIndexOverflow);
		crate::AccessLogBounds::<Test>::remove(PATIENT);
	});
}

#[test]
fn the_privacy_officer_reviews_an_emergency_access_once() {
	run_test(|| {
		let id = open_emergency(CLINICIAN);
		assert_noop!(
			review(CLERK, id, ReviewVerdict::Justified),
			Error::<Test>::AccessDenied(AccessDenied::MissingRole)
		);
		assert_noop!(
			review(OFFICER, 77, ReviewVerdict::Misuse),
			Error::<Test>::UnknownEmergencyAccess
		);
		assert_ok!(review(OFFICER, id, ReviewVerdict::Misuse));
		System::assert_last_event(
			Event::EmergencyAccessReviewed {
				emergency: id,
				patient: PATIENT,
				organization: HOSPITAL,
				officer: OFFICER,
				verdict: ReviewVerdict::Misuse,
				slashed: EMERGENCY_DEPOSIT,
			}
			.into(),
		);
		assert_eq!(
			EmergencyAccesses::<Test>::get(id).map(|a| a.review),
			Some(Review::Done {
				verdict: ReviewVerdict::Misuse,
				officer: OFFICER,
				at: NOW,
				report_hash: REPORT
			})
		);
		assert!(!PendingReviews::<Test>::contains_key(HOSPITAL, SortKey(id)));
		assert_eq!(held(HoldReason::EmergencyAccess, CLINICIAN), 0, "the deposit is burnt");
		assert_eq!(held(HoldReason::AccessLog, CLINICIAN), ACCESS_DEPOSIT, "the log entry stays");
		assert_noop!(review(OFFICER, id, ReviewVerdict::Justified), Error::<Test>::AlreadyReviewed);
		// The reviewed state shows in the patient's log.
		let log = Consent::access_log(&PATIENT, None, 10).items;
		assert!(matches!(log[0].review, Some(Review::Done { verdict: ReviewVerdict::Misuse, .. })));
	});
}

#[test]
fn a_clinician_cannot_review_their_own_emergency_access() {
	run_test(|| {
		// OFFICER is also a clinician.
		let id = open_emergency(OFFICER);
		assert_noop!(review(OFFICER, id, ReviewVerdict::Justified), Error::<Test>::SelfReview);
		assert_eq!(Consent::pending_reviews(HOSPITAL, None, 10).items.len(), 1);
	});
}
