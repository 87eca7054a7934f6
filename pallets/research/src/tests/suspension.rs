//! Suspension and removal (security review M-9): the study of a research institution that is
//! suspended or no longer registered does not progress (no ethics decision, activation,
//! amendment, participants, data grant, access, funding or closing), and the grants of a provider
//! that is suspended or no longer registered give no access. Both take effect at the next call,
//! without a sweep, and end when the organization is reinstated. What protects or pays patients
//! stays possible: withdrawing, and claiming the share of a closed study's pool.

use frame_support::{assert_noop, assert_ok};
use healthchain_primitives::{
	fakes::{FakeConsent, FakeOrganizations},
	AccessDenied, Action, DataCategory, Purpose,
};
use sp_core::H256;

use super::*;
use crate::{Error, Grants, Pools};

/// The study's institution is not active, for the reason `why`.
fn institution_not_active(why: AccessDenied) -> Error<Test> {
	Error::<Test>::InstitutionNotActive(why)
}

/// `researcher` logs an access to grant `grant`.
fn log(researcher: u64, grant: u64) -> sp_runtime::DispatchResult {
	Research::log_access(RuntimeOrigin::signed(researcher), grant)
}

/// An active study with k = 1 that P1 opted in to, granted the hospital's dataset for a year;
/// returns the grant's id.
fn granted() -> u64 {
	active_with(1, &[P1]);
	let id = crate::NextGrantId::<Test>::get();
	assert_ok!(grant(NOW + YEAR));
	id
}

#[test]
fn a_suspended_institutions_study_gets_no_ethics_decision() {
	run_test(|| {
		let id = register(1);
		FakeOrganizations::set_active(INSTITUTE, false);
		for approve in [true, false] {
			assert_noop!(
				decide(id, approve),
				institution_not_active(AccessDenied::OrganizationSuspended)
			);
		}
		// Nor by the board's reviewer who researches at the institute: the suspension hid them
		// from the self-approval check.
		assert_noop!(
			Research::decide_study(RuntimeOrigin::signed(CONFLICTED), id, BOARD, true),
			institution_not_active(AccessDenied::OrganizationSuspended)
		);
	});
}

#[test]
fn a_suspended_institutions_study_gets_no_data_grant() {
	run_test(|| {
		active_with(1, &[P1]);
		FakeOrganizations::set_active(INSTITUTE, false);
		assert_noop!(
			grant(NOW + YEAR),
			institution_not_active(AccessDenied::OrganizationSuspended)
		);
		assert_eq!(Grants::<Test>::iter().count(), 0);
	});
}

#[test]
fn a_suspended_institutions_study_is_neither_activated_amended_nor_closed() {
	run_test(|| {
		let proposed_then_approved = approved(1);
		let running = active(1);
		FakeOrganizations::set_active(INSTITUTE, false);
		let suspended = || institution_not_active(AccessDenied::OrganizationSuspended);
		assert_noop!(activate(RESEARCHER, proposed_then_approved), suspended());
		assert_noop!(amend(RESEARCHER, H256::repeat_byte(9)), suspended());
		assert_noop!(close(running), suspended());
	});
}

#[test]
fn patients_join_no_suspended_institutions_study_but_may_leave_it() {
	run_test(|| {
		active_with(1, &[P1]);
		assert_ok!(Research::set_research_profile(
			RuntimeOrigin::signed(P2),
			Some(data_use(DuoPermission::HealthMedicalBiomedical, DuoModifiers::PUB))
		));
		FakeConsent::permit(P2, INSTITUTE, Purpose::Research, DataCategory::Genomics, Action::Read);
		FakeOrganizations::set_active(INSTITUTE, false);
		let suspended = || institution_not_active(AccessDenied::OrganizationSuspended);
		assert_noop!(opt_in(P3, STUDY), suspended());
		assert_noop!(
			Research::join_by_broad_consent(RuntimeOrigin::signed(RESEARCHER), STUDY, P2),
			suspended()
		);
		assert_ok!(withdraw(P1, STUDY));
		assert_eq!(cohort(), 0);
	});
}

#[test]
fn a_suspended_institution_funds_no_pool_and_reads_no_data() {
	run_test(|| {
		let grant = granted();
		FakeOrganizations::set_active(INSTITUTE, false);
		let suspended = || institution_not_active(AccessDenied::OrganizationSuspended);
		assert_noop!(fund(STUDY, 100), suspended());
		assert_noop!(log(RESEARCHER, grant), suspended());
	});
}

#[test]
fn participants_claim_their_share_of_a_closed_study_of_a_suspended_institution() {
	run_test(|| {
		let id = active_with(1, &[P1, P2]);
		assert_ok!(fund(id, 100));
		assert_ok!(close(id));
		FakeOrganizations::set_active(INSTITUTE, false);
		assert_ok!(claim(P1, id));
		assert_eq!(Balances::free_balance(P1), INITIAL_BALANCE + 50);
		assert_eq!(Pools::<Test>::get(id).map(|p| p.paid), Some(50));
	});
}

#[test]
fn a_suspended_providers_grants_give_no_access() {
	run_test(|| {
		let grant = granted();
		FakeOrganizations::set_active(HOSPITAL, false);
		assert_noop!(
			log(RESEARCHER, grant),
			Error::<Test>::ProviderNotActive(AccessDenied::OrganizationSuspended)
		);
		// Its own members act for it no more: no new grant, no revocation.
		let denied = || Error::<Test>::AccessDenied(AccessDenied::OrganizationSuspended);
		assert_noop!(grant_to(STUDY, NOW + YEAR), denied());
		assert_noop!(Research::revoke_grant(RuntimeOrigin::signed(STEWARD), grant), denied());
		FakeOrganizations::set_active(HOSPITAL, true);
		assert_ok!(log(RESEARCHER, grant));
	});
}

#[test]
fn a_removed_providers_grants_give_no_access() {
	run_test(|| {
		let grant = granted();
		remove_organization(HOSPITAL);
		assert_noop!(
			log(RESEARCHER, grant),
			Error::<Test>::ProviderNotActive(AccessDenied::UnknownOrganization)
		);
	});
}

#[test]
fn a_removed_institutions_study_does_not_progress() {
	run_test(|| {
		active_with(1, &[P1]);
		remove_organization(INSTITUTE);
		let removed = || institution_not_active(AccessDenied::UnknownOrganization);
		assert_noop!(grant(NOW + YEAR), removed());
		assert_noop!(opt_in(P2, STUDY), removed());
	});
}

#[test]
fn a_reinstated_institutions_study_progresses_again() {
	run_test(|| {
		let id = register(1);
		FakeOrganizations::set_active(INSTITUTE, false);
		assert!(decide(id, true).is_err());
		FakeOrganizations::set_active(INSTITUTE, true);
		assert_ok!(decide(id, true));
		assert_ok!(activate(RESEARCHER, id));
		assert_ok!(opt_in(P1, id));
		attest(P1, id);
		assert_ok!(grant_to(id, NOW + YEAR));
	});
}
