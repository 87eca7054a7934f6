//! Data grants: only to an active study whose cohort reaches k, by a Provider; revocation;
//! access logging by the study's researchers until expiry.

use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use healthchain_primitives::{AccessDenied, SortKey};
use sp_core::H256;

use super::*;
use crate::{Error, Event, GrantId, Grants, GrantsOfStudy, HoldReason};

fn log(researcher: u64, grant: u64) -> sp_runtime::DispatchResult {
	Research::log_access(RuntimeOrigin::signed(researcher), grant)
}

fn revoke(who: u64, grant: u64) -> sp_runtime::DispatchResult {
	Research::revoke_grant(RuntimeOrigin::signed(who), grant)
}

/// An active study with k = 1 that P1 opted in to, granted the hospital's dataset until
/// `expires_at`; returns the grant's id.
fn granted(expires_at: u64) -> GrantId {
	active_with(1, &[P1]);
	let id = crate::NextGrantId::<Test>::get();
	assert_ok!(grant(expires_at));
	id
}

/// A grant of a year (as [`granted`]) that the steward revoked; returns its id.
fn revoked() -> GrantId {
	let id = granted(NOW + YEAR);
	assert_ok!(revoke(STEWARD, id));
	id
}

#[test]
fn a_provider_grants_an_active_study_with_k_consents() {
	run_test(|| {
		active_with(2, &[P1, P2]);
		assert_ok!(grant(NOW + 1_000));
		System::assert_last_event(
			Event::DataGranted { grant: 0, study: STUDY, provider: HOSPITAL }.into(),
		);
		let granted = Grants::<Test>::get(0).expect("granted");
		assert_eq!((granted.study, granted.granted_by, granted.accesses), (STUDY, STEWARD, 0));
		assert!(GrantsOfStudy::<Test>::contains_key(STUDY, SortKey(0)));
		assert_eq!(Balances::balance_on_hold(&HoldReason::Deposit.into(), &STEWARD), GRANT_DEPOSIT);
	});
}

#[test]
fn an_approved_but_inactive_study_gets_no_data() {
	run_test(|| {
		approved(2);
		assert_ok!(opt_in(P1, STUDY));
		assert_ok!(opt_in(P2, STUDY));
		assert_noop!(grant(NOW + 1_000), Error::<Test>::StudyNotActive);
	});
}

#[test]
fn a_closed_study_gets_no_data() {
	run_test(|| {
		closed_with(&[P1]);
		assert_noop!(grant(NOW + 1), Error::<Test>::StudyNotActive);
	});
}

#[test]
fn only_a_provider_grants_data() {
	run_test(|| {
		active_with(1, &[P1]);
		assert_noop!(
			Research::grant_data(
				RuntimeOrigin::signed(ETHICIST),
				STUDY,
				BOARD,
				H256::zero(),
				1,
				NOW + 1
			),
			Error::<Test>::AccessDenied(AccessDenied::WrongKind)
		);
	});
}

#[test]
fn granting_to_an_unknown_study_fails() {
	run_test(|| {
		assert_noop!(grant_to(7, NOW + 1), Error::<Test>::UnknownStudy);
	});
}

#[test]
fn a_grant_must_expire_in_the_future() {
	run_test(|| {
		active_with(1, &[P1]);
		assert_noop!(grant(NOW), Error::<Test>::ExpiryInPast);
	});
}

#[test]
fn a_cohort_below_k_gets_no_data() {
	run_test(|| {
		active_with(2, &[P1]);
		assert_noop!(grant(NOW + 1_000), Error::<Test>::CohortTooSmall);
	});
}

#[test]
fn a_withdrawal_below_k_blocks_new_grants_at_once() {
	run_test(|| {
		active_with(2, &[P1, P2]);
		assert_ok!(grant(NOW + 1_000));
		assert_ok!(withdraw(P2, STUDY));
		assert_noop!(grant(NOW + 1_000), Error::<Test>::CohortTooSmall);
	});
}

#[test]
fn an_amendment_blocks_new_grants_until_k_re_consent() {
	run_test(|| {
		active_with(1, &[P1]);
		assert_ok!(amend(RESEARCHER, H256::repeat_byte(9)));
		// Back to its ethics committee first.
		assert_noop!(grant(NOW + 1_000), Error::<Test>::StudyNotActive);
		reapproved(STUDY);
		assert_noop!(grant(NOW + 1_000), Error::<Test>::CohortTooSmall);
		// The hospital's attestation carries over to the re-consent.
		assert_ok!(opt_in(P1, STUDY));
		assert_ok!(grant(NOW + 1_000));
	});
}

#[test]
fn granting_fails_cleanly_when_grant_ids_are_exhausted() {
	run_test(|| {
		active_with(1, &[P1]);
		crate::NextGrantId::<Test>::put(u64::MAX);
		assert_noop!(grant(NOW + 1), Error::<Test>::IdsExhausted);
		crate::NextGrantId::<Test>::put(0);
	});
}

#[test]
fn the_study_s_researchers_log_their_accesses() {
	run_test(|| {
		let grant = granted(NOW + 1_000);
		assert_ok!(log(RESEARCHER, grant));
		System::assert_last_event(
			Event::DataAccessed { grant, researcher: RESEARCHER, index: 0 }.into(),
		);
		assert_ok!(log(CONFLICTED, grant));
		System::assert_last_event(
			Event::DataAccessed { grant, researcher: CONFLICTED, index: 1 }.into(),
		);
		assert_eq!(Grants::<Test>::get(grant).map(|g| g.accesses), Some(2));
	});
}

#[test]
fn only_researchers_of_the_institution_log_accesses() {
	run_test(|| {
		let grant = granted(NOW + 1_000);
		assert_noop!(log(FINANCE, grant), Error::<Test>::AccessDenied(AccessDenied::MissingRole));
	});
}

#[test]
fn an_expired_grant_allows_no_access() {
	run_test(|| {
		let grant = granted(NOW + 1_000);
		Timestamp::set_timestamp(NOW + 1_000);
		assert_noop!(log(RESEARCHER, grant), Error::<Test>::GrantExpired);
	});
}

#[test]
fn a_closed_study_s_grants_allow_no_access() {
	run_test(|| {
		let grant = granted(NOW + 1_000);
		assert_ok!(close(STUDY));
		assert_noop!(log(RESEARCHER, grant), Error::<Test>::StudyNotActive);
	});
}

#[test]
fn logging_an_unknown_grant_fails() {
	run_test(|| {
		assert_noop!(log(RESEARCHER, 9), Error::<Test>::UnknownGrant);
	});
}

#[test]
fn only_a_member_of_the_provider_revokes() {
	run_test(|| {
		let grant = granted(NOW + YEAR);
		assert_noop!(
			revoke(RESEARCHER, grant),
			Error::<Test>::AccessDenied(AccessDenied::NotAMember)
		);
		assert_noop!(revoke(STEWARD, 9), Error::<Test>::UnknownGrant);
	});
}

#[test]
fn a_revoked_grant_allows_no_access() {
	run_test(|| {
		let grant = revoked();
		System::assert_last_event(Event::GrantRevoked { grant }.into());
		assert_noop!(log(RESEARCHER, grant), Error::<Test>::GrantRevoked);
	});
}

#[test]
fn a_grant_is_revoked_once() {
	run_test(|| {
		let grant = revoked();
		assert_noop!(revoke(STEWARD, grant), Error::<Test>::GrantRevoked);
	});
}

#[test]
fn try_state_detects_a_grant_missing_from_its_study_s_index() {
	run_test(|| {
		let grant = granted(NOW + YEAR);
		GrantsOfStudy::<Test>::remove(STUDY, SortKey(grant));
		assert!(Research::do_try_state().is_err());
		GrantsOfStudy::<Test>::insert(STUDY, SortKey(grant), ());
	});
}
