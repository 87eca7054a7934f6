//! Tests of `pallet-research`: registration, ethics approval (no self-approval), activation,
//! opt-in and broad consent by the DUOS rules, dynamic consent across amendments, withdrawal,
//! data grants above k, access logs, expiry, closing and pull compensation.

#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use healthchain_primitives::{
	fakes::FakeConsent, AccessDenied, Action, CategorySet, DataCategory, DataUse, DuoMismatch,
	DuoModifiers, DuoPermission, Purpose, StudyPurpose,
};
use sp_core::H256;

use crate::{
	mock::*, Basis, Error, Event, Grants, HoldReason, Participants, Pools, Studies, StudyStatus,
};

const STUDY: u32 = 0;
const HD: u32 = 399;

fn data_use(permission: DuoPermission, modifiers: u16) -> DataUse {
	DataUse { permission, modifiers: DuoModifiers(modifiers), time_limit: None }
}

fn plain() -> StudyPurpose {
	StudyPurpose { commercial: false, for_profit: false, methods_research: false }
}

/// The researcher registers a disease-specific (HD) genomics study with k = `k`, ending in a year.
fn register(k: u32) {
	assert_ok!(Research::register_study(
		RuntimeOrigin::signed(RESEARCHER),
		INSTITUTE,
		H256::repeat_byte(1),
		data_use(DuoPermission::DiseaseSpecific(HD), DuoModifiers::PUB),
		plain(),
		CategorySet::from_items(&[DataCategory::Genomics]),
		k,
		NOW + YEAR,
	));
}

/// A registered, approved and active study with k = `k`.
fn active(k: u32) {
	register(k);
	assert_ok!(Research::decide_study(RuntimeOrigin::signed(ETHICIST), STUDY, BOARD, true));
	assert_ok!(Research::activate_study(RuntimeOrigin::signed(RESEARCHER), STUDY));
}

fn cohort() -> u32 {
	Studies::<Test>::get(STUDY).expect("study").cohort
}

fn grant(expires_at: u64) -> sp_runtime::DispatchResult {
	Research::grant_data(
		RuntimeOrigin::signed(STEWARD),
		STUDY,
		HOSPITAL,
		H256::repeat_byte(2),
		5_000,
		expires_at,
	)
}

#[test]
fn a_researcher_registers_and_another_institution_s_ethics_committee_decides() {
	run_test(|| {
		register(2);
		System::assert_last_event(
			Event::StudyRegistered { study: STUDY, institution: INSTITUTE }.into(),
		);
		assert_eq!(
			Balances::balance_on_hold(&HoldReason::Deposit.into(), &RESEARCHER),
			STUDY_DEPOSIT
		);
		// A board member who also researches at the institute may not decide.
		assert_noop!(
			Research::decide_study(RuntimeOrigin::signed(CONFLICTED), STUDY, BOARD, true),
			Error::<Test>::SelfApproval
		);
		assert_noop!(
			Research::decide_study(RuntimeOrigin::signed(RESEARCHER), STUDY, INSTITUTE, true),
			Error::<Test>::AccessDenied(AccessDenied::WrongKind)
		);
		assert_noop!(
			Research::activate_study(RuntimeOrigin::signed(RESEARCHER), STUDY),
			Error::<Test>::WrongStatus
		);
		assert_ok!(Research::decide_study(RuntimeOrigin::signed(ETHICIST), STUDY, BOARD, true));
		System::assert_last_event(
			Event::StudyDecided { study: STUDY, committee: BOARD, status: StudyStatus::Approved }
				.into(),
		);
		assert_noop!(
			Research::decide_study(RuntimeOrigin::signed(ETHICIST), STUDY, BOARD, false),
			Error::<Test>::WrongStatus
		);
		assert_noop!(
			Research::activate_study(RuntimeOrigin::signed(CONFLICTED), STUDY),
			Error::<Test>::NotResearcher
		);
		assert_ok!(Research::activate_study(RuntimeOrigin::signed(RESEARCHER), STUDY));
		assert_eq!(Studies::<Test>::get(STUDY).map(|s| s.status), Some(StudyStatus::Active));
	});
}

#[test]
fn registration_errors_change_nothing() {
	run_test(|| {
		let reg = |who, modifiers, categories: CategorySet, k, ends| {
			Research::register_study(
				RuntimeOrigin::signed(who),
				INSTITUTE,
				H256::zero(),
				data_use(DuoPermission::GeneralResearchUse, modifiers),
				plain(),
				categories,
				k,
				ends,
			)
		};
		let genomics = CategorySet::from_items(&[DataCategory::Genomics]);
		assert_noop!(
			reg(FINANCE, 0, genomics, 1, NOW + 1),
			Error::<Test>::AccessDenied(AccessDenied::MissingRole)
		);
		assert_noop!(reg(RESEARCHER, 1 << 12, genomics, 1, NOW + 1), Error::<Test>::InvalidDataUse);
		assert_noop!(
			reg(RESEARCHER, 0, CategorySet::empty(), 1, NOW + 1),
			Error::<Test>::InvalidDataUse
		);
		assert_noop!(reg(RESEARCHER, 0, genomics, 0, NOW + 1), Error::<Test>::ZeroMinCohort);
		assert_noop!(reg(RESEARCHER, 0, genomics, 1, NOW), Error::<Test>::EndInPast);
		let rejected = reg(RESEARCHER, 0, genomics, 1, NOW + 1);
		assert_ok!(rejected);
		assert_ok!(Research::decide_study(RuntimeOrigin::signed(ETHICIST), STUDY, BOARD, false));
		assert_noop!(
			Research::opt_in(RuntimeOrigin::signed(P1), STUDY),
			Error::<Test>::WrongStatus
		);
	});
}

#[test]
fn opt_ins_count_withdrawals_uncount_and_an_amendment_needs_re_consent() {
	run_test(|| {
		active(2);
		assert_ok!(Research::opt_in(RuntimeOrigin::signed(P1), STUDY));
		assert_ok!(Research::opt_in(RuntimeOrigin::signed(P2), STUDY));
		assert_eq!(cohort(), 2);
		assert_noop!(
			Research::opt_in(RuntimeOrigin::signed(P1), STUDY),
			Error::<Test>::AlreadyParticipating
		);
		assert_ok!(Research::withdraw(RuntimeOrigin::signed(P2), STUDY));
		System::assert_last_event(Event::Withdrew { study: STUDY, patient: P2, cohort: 1 }.into());
		assert_noop!(
			Research::withdraw(RuntimeOrigin::signed(P2), STUDY),
			Error::<Test>::NotParticipating
		);
		assert_ok!(Research::opt_in(RuntimeOrigin::signed(P2), STUDY));

		// An amendment: version 2, nobody counts until they consent again.
		assert_noop!(
			Research::amend_protocol(
				RuntimeOrigin::signed(CONFLICTED),
				STUDY,
				H256::repeat_byte(9)
			),
			Error::<Test>::NotResearcher
		);
		assert_ok!(Research::amend_protocol(
			RuntimeOrigin::signed(RESEARCHER),
			STUDY,
			H256::repeat_byte(9)
		));
		System::assert_last_event(
			Event::ProtocolAmended {
				study: STUDY,
				version: 2,
				protocol_hash: H256::repeat_byte(9),
			}
			.into(),
		);
		assert_eq!(cohort(), 0);
		assert_noop!(grant(NOW + 1_000), Error::<Test>::CohortTooSmall);
		assert_ok!(Research::opt_in(RuntimeOrigin::signed(P1), STUDY));
		System::assert_last_event(
			Event::Joined { study: STUDY, patient: P1, version: 2, basis: Basis::OptIn, cohort: 1 }
				.into(),
		);
		// Withdrawing a stale (version 1) participation does not touch the counter.
		assert_ok!(Research::withdraw(RuntimeOrigin::signed(P2), STUDY));
		assert_eq!(cohort(), 1);
	});
}

#[test]
fn a_broad_consent_counts_when_its_duo_profile_matches_and_the_consent_permits() {
	run_test(|| {
		active(1);
		let join = |p| Research::join_by_broad_consent(RuntimeOrigin::signed(RESEARCHER), STUDY, p);
		assert_noop!(join(P1), Error::<Test>::NoResearchProfile);
		// HMB matches a DS-HD study; POA does not.
		assert_ok!(Research::set_research_profile(
			RuntimeOrigin::signed(P1),
			Some(data_use(DuoPermission::HealthMedicalBiomedical, DuoModifiers::PUB))
		));
		assert_ok!(Research::set_research_profile(
			RuntimeOrigin::signed(P2),
			Some(data_use(DuoPermission::PopulationOriginsAncestry, 0))
		));
		assert_noop!(join(P2), Error::<Test>::DuoMismatch(DuoMismatch::Permission));
		// The DUO profile alone is not enough: the HRESCH consent for genomics must permit.
		assert_noop!(join(P1), Error::<Test>::NoResearchConsent);
		FakeConsent::permit(P1, INSTITUTE, Purpose::Research, DataCategory::Genomics, Action::Read);
		assert_ok!(join(P1));
		assert_eq!(
			Participants::<Test>::get(STUDY, P1).map(|p| p.basis),
			Some(Basis::BroadConsent)
		);
		assert_eq!(cohort(), 1);
		assert_noop!(join(P1), Error::<Test>::AlreadyParticipating);
		// A profile requiring collaboration does not match a study that does not commit to it.
		assert_ok!(Research::set_research_profile(
			RuntimeOrigin::signed(P3),
			Some(data_use(DuoPermission::GeneralResearchUse, DuoModifiers::COL))
		));
		assert_noop!(join(P3), Error::<Test>::DuoMismatch(DuoMismatch::NoCollaboration));
		assert_ok!(Research::set_research_profile(RuntimeOrigin::signed(P3), None));
		assert_noop!(join(P3), Error::<Test>::NoResearchProfile);
		assert_noop!(
			Research::set_research_profile(
				RuntimeOrigin::signed(P3),
				Some(data_use(DuoPermission::GeneralResearchUse, 1 << 15))
			),
			Error::<Test>::InvalidDataUse
		);
	});
}

#[test]
fn data_is_granted_only_to_an_active_study_with_k_consents_and_accesses_are_logged() {
	run_test(|| {
		register(2);
		assert_ok!(Research::decide_study(RuntimeOrigin::signed(ETHICIST), STUDY, BOARD, true));
		assert_ok!(Research::opt_in(RuntimeOrigin::signed(P1), STUDY));
		assert_ok!(Research::opt_in(RuntimeOrigin::signed(P2), STUDY));
		assert_noop!(grant(NOW + 1_000), Error::<Test>::WrongStatus);
		assert_ok!(Research::activate_study(RuntimeOrigin::signed(RESEARCHER), STUDY));
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
		assert_noop!(grant(NOW), Error::<Test>::ExpiryInPast);
		assert_ok!(grant(NOW + 1_000));
		System::assert_last_event(
			Event::DataGranted { grant: 0, study: STUDY, provider: HOSPITAL }.into(),
		);
		assert_eq!(Balances::balance_on_hold(&HoldReason::Deposit.into(), &STEWARD), GRANT_DEPOSIT);
		// Withdrawal takes effect for new grants at once.
		assert_ok!(Research::withdraw(RuntimeOrigin::signed(P2), STUDY));
		assert_noop!(grant(NOW + 1_000), Error::<Test>::CohortTooSmall);

		assert_noop!(
			Research::log_access(RuntimeOrigin::signed(FINANCE), 0),
			Error::<Test>::AccessDenied(AccessDenied::MissingRole)
		);
		assert_ok!(Research::log_access(RuntimeOrigin::signed(RESEARCHER), 0));
		assert_ok!(Research::log_access(RuntimeOrigin::signed(CONFLICTED), 0));
		System::assert_last_event(
			Event::DataAccessed { grant: 0, researcher: CONFLICTED, index: 1 }.into(),
		);
		assert_eq!(Grants::<Test>::get(0).map(|g| g.accesses), Some(2));
		// Expiry without a sweep.
		Timestamp::set_timestamp(NOW + 1_000);
		assert_noop!(
			Research::log_access(RuntimeOrigin::signed(RESEARCHER), 0),
			Error::<Test>::GrantExpired
		);
		assert_noop!(
			Research::log_access(RuntimeOrigin::signed(RESEARCHER), 9),
			Error::<Test>::UnknownGrant
		);
	});
}

#[test]
fn a_revoked_grant_allows_no_access() {
	run_test(|| {
		active(1);
		assert_ok!(Research::opt_in(RuntimeOrigin::signed(P1), STUDY));
		assert_ok!(grant(NOW + YEAR));
		assert_noop!(
			Research::revoke_grant(RuntimeOrigin::signed(RESEARCHER), 0),
			Error::<Test>::AccessDenied(AccessDenied::NotAMember)
		);
		assert_ok!(Research::revoke_grant(RuntimeOrigin::signed(STEWARD), 0));
		assert_noop!(
			Research::revoke_grant(RuntimeOrigin::signed(STEWARD), 0),
			Error::<Test>::GrantRevoked
		);
		assert_noop!(
			Research::log_access(RuntimeOrigin::signed(RESEARCHER), 0),
			Error::<Test>::GrantRevoked
		);
	});
}

#[test]
fn after_closing_each_current_participant_pulls_an_equal_share_once() {
	run_test(|| {
		active(1);
		for p in [P1, P2, P3] {
			assert_ok!(Research::opt_in(RuntimeOrigin::signed(p), STUDY));
		}
		assert_noop!(
			Research::fund_pool(RuntimeOrigin::signed(ETHICIST), STUDY, 100),
			Error::<Test>::AccessDenied(AccessDenied::NotAMember)
		);
		assert_noop!(
			Research::fund_pool(RuntimeOrigin::signed(FINANCE), STUDY, 0),
			Error::<Test>::ZeroAmount
		);
		assert_ok!(Research::fund_pool(RuntimeOrigin::signed(FINANCE), STUDY, 1_000));
		assert_noop!(
			Research::fund_pool(RuntimeOrigin::signed(RESEARCHER), STUDY, 10),
			Error::<Test>::PoolOfAnotherFunder
		);
		assert_ok!(Research::withdraw(RuntimeOrigin::signed(P3), STUDY));
		assert_noop!(
			Research::claim_compensation(RuntimeOrigin::signed(P1), STUDY),
			Error::<Test>::WrongStatus
		);
		let issuance = Balances::total_issuance();
		assert_ok!(Research::close_study(RuntimeOrigin::signed(RESEARCHER), STUDY));
		assert_eq!(Pools::<Test>::get(STUDY).and_then(|p| p.share), Some(500));
		let before = Balances::free_balance(P1);
		assert_ok!(Research::claim_compensation(RuntimeOrigin::signed(P1), STUDY));
		System::assert_last_event(
			Event::CompensationClaimed { study: STUDY, patient: P1, amount: 500 }.into(),
		);
		assert_eq!(Balances::free_balance(P1), before + 500);
		assert_noop!(
			Research::claim_compensation(RuntimeOrigin::signed(P1), STUDY),
			Error::<Test>::NothingToClaim
		);
		assert_noop!(
			Research::claim_compensation(RuntimeOrigin::signed(P3), STUDY),
			Error::<Test>::NothingToClaim
		);
		assert_ok!(Research::claim_compensation(RuntimeOrigin::signed(P2), STUDY));
		assert_eq!(Balances::balance_on_hold(&HoldReason::CompensationPool.into(), &FINANCE), 0);
		assert_eq!(Balances::total_issuance(), issuance, "no currency created or destroyed");
		// Closed: no more grants, opt-ins, funding.
		assert_noop!(grant(NOW + 1), Error::<Test>::WrongStatus);
		assert_noop!(
			Research::opt_in(RuntimeOrigin::signed(P3), STUDY),
			Error::<Test>::WrongStatus
		);
		assert_noop!(
			Research::fund_pool(RuntimeOrigin::signed(FINANCE), STUDY, 1),
			Error::<Test>::WrongStatus
		);
		assert_noop!(
			Research::amend_protocol(RuntimeOrigin::signed(RESEARCHER), STUDY, H256::zero()),
			Error::<Test>::WrongStatus
		);
	});
}

#[test]
fn an_indivisible_remainder_or_an_empty_cohort_returns_to_the_funder() {
	run_test(|| {
		active(1);
		for p in [P1, P2, P3] {
			assert_ok!(Research::opt_in(RuntimeOrigin::signed(p), STUDY));
		}
		assert_ok!(Research::fund_pool(RuntimeOrigin::signed(FINANCE), STUDY, 1_000));
		assert_ok!(Research::close_study(RuntimeOrigin::signed(RESEARCHER), STUDY));
		assert_eq!(Pools::<Test>::get(STUDY).and_then(|p| p.share), Some(333));
		assert_eq!(Balances::balance_on_hold(&HoldReason::CompensationPool.into(), &FINANCE), 999);

		// A second study nobody joined: everything returns.
		register(1);
		assert_ok!(Research::decide_study(RuntimeOrigin::signed(ETHICIST), 1, BOARD, true));
		assert_ok!(Research::activate_study(RuntimeOrigin::signed(RESEARCHER), 1));
		assert_ok!(Research::fund_pool(RuntimeOrigin::signed(FINANCE), 1, 400));
		assert_ok!(Research::close_study(RuntimeOrigin::signed(RESEARCHER), 1));
		assert_eq!(Balances::balance_on_hold(&HoldReason::CompensationPool.into(), &FINANCE), 999);
	});
}

#[test]
fn try_state_detects_a_drifting_cohort_counter() {
	run_test(|| {
		active(1);
		assert_ok!(Research::opt_in(RuntimeOrigin::signed(P1), STUDY));
		Studies::<Test>::mutate(STUDY, |s| s.as_mut().map(|s| s.cohort = 2));
		assert!(Research::do_try_state().is_err());
		Studies::<Test>::mutate(STUDY, |s| s.as_mut().map(|s| s.cohort = 1));
	});
}

#[test]
fn unknown_studies_and_exhausted_ids_fail_cleanly() {
	run_test(|| {
		assert_noop!(Research::opt_in(RuntimeOrigin::signed(P1), 7), Error::<Test>::UnknownStudy);
		assert_noop!(
			Research::decide_study(RuntimeOrigin::signed(ETHICIST), 7, BOARD, true),
			Error::<Test>::UnknownStudy
		);
		assert_noop!(
			Research::join_by_broad_consent(RuntimeOrigin::signed(P1), 7, P1),
			Error::<Test>::UnknownStudy
		);
		crate::NextStudyId::<Test>::put(u32::MAX);
		assert_noop!(
			Research::register_study(
				RuntimeOrigin::signed(RESEARCHER),
				INSTITUTE,
				H256::zero(),
				data_use(DuoPermission::GeneralResearchUse, 0),
				plain(),
				CategorySet::from_items(&[DataCategory::Genomics]),
				1,
				NOW + 1,
			),
			Error::<Test>::IdsExhausted
		);
		crate::NextStudyId::<Test>::put(0);
		active(1);
		assert_ok!(Research::opt_in(RuntimeOrigin::signed(P1), STUDY));
		crate::NextGrantId::<Test>::put(u64::MAX);
		assert_noop!(grant(NOW + 1), Error::<Test>::IdsExhausted);
		crate::NextGrantId::<Test>::put(0);
	});
}
