//! Tests of `pallet-consent` beyond grants: the access log, emergency access and its review,
//! patient onboarding, feeless consent calls and their allowance, pruning, paging, genesis.

#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

use frame_support::{
	assert_noop, assert_ok,
	dispatch::{CheckIfFeeless, GetDispatchInfo},
	traits::{
		fungible::{InspectHold, MutateHold},
		Hooks,
	},
};
use healthchain_primitives::{
	AccessDenied, Action, ActionSet, CategorySet, DataCategory, DenyReason, Purpose, PurposeSet,
};
use sp_core::H256;
use sp_runtime::{
	traits::{DispatchTransaction, TransactionExtension, TxBaseImplication},
	transaction_validity::TransactionSource,
	BuildStorage, DispatchError, TokenError,
};

use crate::{
	mock::*, AccessBasis, AccessLog, AccessLogBounds, Call, Consents, CountFreeConsentCalls,
	EmergencyAccesses, EmergencyReason, Error, Event, HoldReason, Patients, PendingReviews, Review,
	ReviewVerdict,
};

const JUSTIFICATION: H256 = H256::repeat_byte(9);
const REPORT: H256 = H256::repeat_byte(8);

/// `PATIENT` grants the hospital treatment reads of all standard categories, at most `max`.
fn consent_to_hospital(max: Option<u32>) -> u64 {
	grant_to_hospital(PATIENT, None, max)
}

/// `patient` grants the hospital treatment reads of all standard categories until `until`, at
/// most `max`; returns the consent's id.
fn grant_to_hospital(patient: u64, until: Option<u64>, max: Option<u32>) -> u64 {
	let id = crate::NextConsentId::<Test>::get();
	assert_ok!(Consent::grant_consent(
		RuntimeOrigin::signed(patient),
		HOSPITAL,
		PurposeSet::from_items(&[Purpose::Treatment]),
		CategorySet(CategorySet::ALL_STANDARD),
		ActionSet::from_items(&[Action::Read]),
		None,
		until,
		max,
		None,
		H256::repeat_byte(7),
	));
	id
}

/// `who` records a treatment read of `PATIENT`'s `category` for the hospital.
fn read(who: u64, category: DataCategory) -> sp_runtime::DispatchResult {
	Consent::record_access(
		RuntimeOrigin::signed(who),
		HOSPITAL,
		PATIENT,
		Purpose::Treatment,
		category,
		None,
	)
}

/// `who` opens an emergency access to `PATIENT` for the hospital; returns its id.
fn open_emergency(who: u64) -> u64 {
	let id = crate::NextEmergencyId::<Test>::get();
	assert_ok!(Consent::open_emergency_access(
		RuntimeOrigin::signed(who),
		HOSPITAL,
		PATIENT,
		EmergencyReason::PatientIncapacitated,
		JUSTIFICATION,
	));
	id
}

/// `who` reads `PATIENT`'s conditions under emergency access `id` for `purpose`.
fn emergency_read(who: u64, id: u64, purpose: Purpose) -> sp_runtime::DispatchResult {
	Consent::record_access(
		RuntimeOrigin::signed(who),
		HOSPITAL,
		PATIENT,
		purpose,
		DataCategory::Conditions,
		Some(id),
	)
}

fn held(reason: HoldReason, who: u64) -> u64 {
	Balances::balance_on_hold(&reason.into(), &who)
}

/// Moves to block `n` (time advances 6 s per block).
fn go_to_block(n: u64) {
	let now = System::block_number();
	System::set_block_number(n);
	Timestamp::set_timestamp(Timestamp::get() + (n - now) * 6_000);
}

#[test]
fn a_permitted_read_is_logged_counted_and_paid_for_by_the_reader() {
	run_test(|| {
		let id = consent_to_hospital(Some(5));
		assert_ok!(read(CLINICIAN, DataCategory::LabResults));

		System::assert_last_event(
			Event::AccessRecorded {
				patient: PATIENT,
				index: 0,
				organization: HOSPITAL,
				accessor: CLINICIAN,
				purpose: Purpose::Treatment,
				category: DataCategory::LabResults,
				basis: AccessBasis::Consent(id),
			}
			.into(),
		);
		let entry = AccessLog::<Test>::get(PATIENT, 0).expect("logged");
		assert_eq!(
			(entry.accessor, entry.category, entry.at, entry.deposit),
			(CLINICIAN, Some(DataCategory::LabResults), NOW, ACCESS_DEPOSIT)
		);
		assert_eq!(Consents::<Test>::get(id).map(|c| c.accesses), Some(1));
		assert_eq!(held(HoldReason::AccessLog, CLINICIAN), ACCESS_DEPOSIT);
		assert_eq!(AccessLogBounds::<Test>::get(PATIENT).next, 1);
		// Any active member may record, e.g. the billing clerk.
		assert_ok!(read(CLERK, DataCategory::Demographics));
		assert_eq!(AccessLogBounds::<Test>::get(PATIENT).next, 2);
	});
}

#[test]
fn a_read_the_consents_do_not_permit_is_refused_and_changes_nothing() {
	run_test(|| {
		let denied = |reason| Error::<Test>::ConsentDenied(reason);
		assert_noop!(read(CLINICIAN, DataCategory::LabResults), denied(DenyReason::NoConsent));
		let id = consent_to_hospital(Some(2));
		// Sensitive data is not covered by "all standard".
		assert_noop!(
			read(CLINICIAN, DataCategory::MentalHealth),
			denied(DenyReason::CategoryNotCovered)
		);
		assert_noop!(
			Consent::record_access(
				RuntimeOrigin::signed(CLINICIAN),
				HOSPITAL,
				PATIENT,
				Purpose::Research,
				DataCategory::LabResults,
				None,
			),
			denied(DenyReason::PurposeNotCovered)
		);
		// The access limit: two reads, then no more.
		assert_ok!(read(CLINICIAN, DataCategory::LabResults));
		assert_ok!(read(CLINICIAN, DataCategory::Imaging));
		assert_noop!(
			read(CLINICIAN, DataCategory::Imaging),
			denied(DenyReason::AccessLimitReached)
		);
		assert_eq!(Consents::<Test>::get(id).map(|c| c.accesses), Some(2));
		// After revocation, nothing.
		assert_ok!(Consent::revoke_consent(RuntimeOrigin::signed(PATIENT), id));
		assert_noop!(read(CLINICIAN, DataCategory::LabResults), denied(DenyReason::NoConsent));
		// The insurer has no consent of its own.
		assert_noop!(
			Consent::record_access(
				RuntimeOrigin::signed(REVIEWER),
				INSURER,
				PATIENT,
				Purpose::Payment,
				DataCategory::Procedures,
				None,
			),
			denied(DenyReason::NoConsent)
		);
	});
}

#[test]
fn an_expired_consent_permits_no_read() {
	run_test(|| {
		grant_to_hospital(PATIENT, Some(NOW + 1_000), None);
		assert_ok!(read(CLINICIAN, DataCategory::LabResults));
		Timestamp::set_timestamp(NOW + 1_000);
		assert_noop!(
			read(CLINICIAN, DataCategory::LabResults),
			Error::<Test>::ConsentDenied(DenyReason::Expired)
		);
	});
}

#[test]
fn only_active_members_with_funds_record_reads() {
	run_test(|| {
		consent_to_hospital(None);
		let denied = |why| Error::<Test>::AccessDenied(why);
		assert_noop!(read(REVIEWER, DataCategory::LabResults), denied(AccessDenied::NotAMember));
		healthchain_primitives::fakes::FakeOrganizations::expire_member(HOSPITAL, CLERK);
		assert_noop!(
			read(CLERK, DataCategory::LabResults),
			denied(AccessDenied::CredentialExpired)
		);
		assert_noop!(
			Consent::record_access(
				RuntimeOrigin::signed(OTHER_CLINICIAN),
				SUSPENDED_CLINIC,
				PATIENT,
				Purpose::Treatment,
				DataCategory::LabResults,
				None,
			),
			denied(AccessDenied::OrganizationSuspended)
		);
		assert_noop!(
			Consent::record_access(
				RuntimeOrigin::signed(CLINICIAN),
				99,
				PATIENT,
				Purpose::Treatment,
				DataCategory::LabResults,
				None,
			),
			denied(AccessDenied::UnknownOrganization)
		);
		// A member who cannot pay the deposit cannot record.
		assert_noop!(
			read(PAUPER_CLINICIAN, DataCategory::LabResults),
			DispatchError::Token(TokenError::FundsUnavailable)
		);
	});
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
				reason: EmergencyReason::PatientIncapacitated,
				expires_at: NOW + EMERGENCY_DURATION,
			}
			.into(),
		);
		let access = EmergencyAccesses::<Test>::get(id).expect("stored");
		assert_eq!((access.review, access.reads), (Review::Pending, 0));
		assert!(PendingReviews::<Test>::contains_key(HOSPITAL, id));
		let opening = AccessLog::<Test>::get(PATIENT, 0).expect("the opening is logged");
		assert_eq!(
			(opening.purpose, opening.category, opening.basis),
			(Purpose::EmergencyTreatment, None, AccessBasis::Emergency(id))
		);
		assert_eq!(held(HoldReason::EmergencyAccess, CLINICIAN), EMERGENCY_DEPOSIT);
		assert_eq!(held(HoldReason::AccessLog, CLINICIAN), ACCESS_DEPOSIT);

		// Reads under it: emergency treatment only, by that clinician, until it expires.
		assert_ok!(emergency_read(CLINICIAN, id, Purpose::EmergencyTreatment));
		assert_eq!(EmergencyAccesses::<Test>::get(id).map(|a| a.reads), Some(1));
		let log = Consent::access_log(&PATIENT, None, 10);
		assert_eq!(log.len(), 2);
		assert_eq!(log[1].1.category, Some(DataCategory::Conditions));
		assert_eq!(log[1].2, Some(Review::Pending), "unreviewed accesses show as such");
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
		let open = |who, org| {
			Consent::open_emergency_access(
				RuntimeOrigin::signed(who),
				org,
				PATIENT,
				EmergencyReason::LifeThreatening,
				JUSTIFICATION,
			)
		};
		let denied = |why| Error::<Test>::AccessDenied(why);
		assert_noop!(open(CLERK, HOSPITAL), denied(AccessDenied::MissingRole));
		assert_noop!(open(REVIEWER, INSURER), denied(AccessDenied::WrongKind));
		assert_noop!(
			open(OTHER_CLINICIAN, SUSPENDED_CLINIC),
			denied(AccessDenied::OrganizationSuspended)
		);
		assert_noop!(open(REVIEWER, HOSPITAL), denied(AccessDenied::NotAMember));
		assert_noop!(
			open(PAUPER_CLINICIAN, HOSPITAL),
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
			Consent::open_emergency_access(
				RuntimeOrigin::signed(CLINICIAN),
				HOSPITAL,
				OTHER_PATIENT,
				EmergencyReason::Other,
				JUSTIFICATION,
			),
			Error::<Test>::EmergencyRateLimited
		);
		// Another clinician has their own allowance.
		open_emergency(OTHER_CLINICIAN);
		// A new window brings a new allowance.
		go_to_block(1 + EMERGENCY_WINDOW);
		open_emergency(CLINICIAN);
	});
}

#[test]
fn the_privacy_officer_reviews_an_emergency_access_once() {
	run_test(|| {
		let id = open_emergency(CLINICIAN);
		let review = |who, verdict| {
			Consent::review_emergency_access(RuntimeOrigin::signed(who), id, verdict, REPORT)
		};
		assert_noop!(
			review(CLERK, ReviewVerdict::Justified),
			Error::<Test>::AccessDenied(AccessDenied::MissingRole)
		);
		assert_noop!(
			Consent::review_emergency_access(
				RuntimeOrigin::signed(OFFICER),
				77,
				ReviewVerdict::Misuse,
				REPORT
			),
			Error::<Test>::UnknownEmergencyAccess
		);
		assert_ok!(review(OFFICER, ReviewVerdict::Misuse));
		System::assert_last_event(
			Event::EmergencyAccessReviewed {
				emergency: id,
				patient: PATIENT,
				organization: HOSPITAL,
				officer: OFFICER,
				verdict: ReviewVerdict::Misuse,
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
		assert!(!PendingReviews::<Test>::contains_key(HOSPITAL, id));
		assert_eq!(held(HoldReason::EmergencyAccess, CLINICIAN), 0, "the deposit is released");
		assert_eq!(held(HoldReason::AccessLog, CLINICIAN), ACCESS_DEPOSIT, "the log entry stays");
		assert_noop!(review(OFFICER, ReviewVerdict::Justified), Error::<Test>::AlreadyReviewed);
		// The reviewed state shows in the patient's log.
		let log = Consent::access_log(&PATIENT, None, 10);
		assert!(matches!(log[0].2, Some(Review::Done { verdict: ReviewVerdict::Misuse, .. })));
	});
}

#[test]
fn a_clinician_cannot_review_their_own_emergency_access() {
	run_test(|| {
		// OFFICER is also a clinician.
		let id = open_emergency(OFFICER);
		assert_noop!(
			Consent::review_emergency_access(
				RuntimeOrigin::signed(OFFICER),
				id,
				ReviewVerdict::Justified,
				REPORT
			),
			Error::<Test>::SelfReview
		);
		assert_eq!(Consent::pending_reviews(HOSPITAL, None, 10).len(), 1);
	});
}

#[test]
fn an_organization_onboards_a_patient_who_holds_no_tokens() {
	run_test(|| {
		let newcomer = 50;
		assert!(!System::account_exists(&newcomer));
		assert_ok!(Consent::register_patient(RuntimeOrigin::signed(CLERK), HOSPITAL, newcomer));
		System::assert_last_event(
			Event::PatientRegistered { patient: newcomer, organization: HOSPITAL, by: CLERK }
				.into(),
		);
		assert!(System::account_exists(&newcomer));
		assert_eq!(Balances::free_balance(newcomer), 0);
		assert_eq!(held(HoldReason::PatientRegistration, CLERK), PATIENT_DEPOSIT);
		assert_eq!(Patients::<Test>::get(newcomer).map(|r| r.organization), Some(HOSPITAL));
		assert_noop!(
			Consent::register_patient(RuntimeOrigin::signed(CLINICIAN), HOSPITAL, newcomer),
			Error::<Test>::AlreadyRegistered
		);
		assert_noop!(
			Consent::register_patient(RuntimeOrigin::signed(REVIEWER), HOSPITAL, 51),
			Error::<Test>::AccessDenied(AccessDenied::NotAMember)
		);
		assert_noop!(
			Consent::register_patient(RuntimeOrigin::signed(PAUPER_CLINICIAN), HOSPITAL, 51),
			DispatchError::Token(TokenError::FundsUnavailable)
		);
	});
}

fn grant_call() -> RuntimeCall {
	RuntimeCall::Consent(Call::grant_consent {
		organization: HOSPITAL,
		purposes: PurposeSet::from_items(&[Purpose::Treatment]),
		categories: CategorySet(CategorySet::ALL_STANDARD),
		actions: ActionSet::from_items(&[Action::Read]),
		valid_from: None,
		valid_until: None,
		max_accesses: None,
		erase_by: None,
		document_hash: H256::zero(),
	})
}

/// Runs `call` signed by `who` through [`CountFreeConsentCalls`] as a transaction would.
fn through_extension(who: u64, call: &RuntimeCall) {
	let info = call.get_dispatch_info();
	CountFreeConsentCalls::<Test>::new()
		.dispatch_transaction(RuntimeOrigin::signed(who), call.clone(), &info, 0, 0)
		.expect("valid")
		.ok();
}

fn feeless(who: u64, call: &RuntimeCall) -> bool {
	match call {
		RuntimeCall::Consent(inner) => inner.is_feeless(&RuntimeOrigin::signed(who)),
		_ => false,
	}
}

#[test]
fn consent_calls_are_feeless_within_the_allowance_and_failing_calls_count() {
	run_test(|| {
		let revoke_unknown = RuntimeCall::Consent(Call::revoke_consent { consent: 99 });
		assert!(feeless(PATIENT, &grant_call()));
		assert!(feeless(PATIENT, &revoke_unknown));
		// Two grants and a failing revocation use the allowance of three.
		through_extension(PATIENT, &grant_call());
		through_extension(PATIENT, &grant_call());
		through_extension(PATIENT, &revoke_unknown);
		assert_eq!(Consent::consents_of(&PATIENT).len(), 2);
		assert_eq!(Consent::free_calls_left(&PATIENT), 0);
		assert!(!feeless(PATIENT, &grant_call()), "beyond the allowance the fee applies");
		// Other patients are not affected; other calls never are feeless.
		assert!(feeless(OTHER_PATIENT, &grant_call()));
		let record = RuntimeCall::Consent(Call::record_access {
			organization: HOSPITAL,
			patient: PATIENT,
			purpose: Purpose::Treatment,
			category: DataCategory::LabResults,
			emergency: None,
		});
		assert!(!feeless(CLINICIAN, &record));
		through_extension(CLINICIAN, &record);
		assert_eq!(Consent::free_calls_left(&CLINICIAN), FREE_CALLS);
		// The next window restores the allowance.
		go_to_block(1 + FREE_CALL_WINDOW);
		assert_eq!(Consent::free_calls_left(&PATIENT), FREE_CALLS);
		assert!(feeless(PATIENT, &grant_call()));
	});
}

#[test]
fn the_extension_counts_only_feeless_consent_calls_and_validates_everything() {
	run_test(|| {
		let ext = CountFreeConsentCalls::<Test>::new();
		let call = grant_call();
		let info = call.get_dispatch_info();
		let (valid, val, _) = ext
			.validate(
				RuntimeOrigin::signed(PATIENT),
				&call,
				&info,
				0,
				(),
				&TxBaseImplication(()),
				TransactionSource::External,
			)
			.expect("valid");
		assert_eq!(valid.priority, 0);
		assert_eq!(val, Some(PATIENT));
		let (_, val, _) = ext
			.validate(
				RuntimeOrigin::none(),
				&call,
				&info,
				0,
				(),
				&TxBaseImplication(()),
				TransactionSource::External,
			)
			.expect("valid");
		assert_eq!(val, None, "unsigned origins have no allowance");
		assert!(ext.weight(&call).any_gt(frame_support::weights::Weight::zero()));
		let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![] });
		assert_eq!(ext.weight(&remark), frame_support::weights::Weight::zero());
	});
}

#[test]
fn the_log_pages_oldest_first_and_prunes_after_retention_refunding_the_readers() {
	run_test(|| {
		consent_to_hospital(None);
		for _ in 0..3 {
			assert_ok!(read(CLINICIAN, DataCategory::LabResults));
		}
		Timestamp::set_timestamp(NOW + 10);
		assert_ok!(read(CLERK, DataCategory::Demographics));
		let page = Consent::access_log(&PATIENT, None, 2);
		assert_eq!(page.iter().map(|e| e.0).collect::<Vec<_>>(), vec![0, 1]);
		let page = Consent::access_log(&PATIENT, Some(1), 2);
		assert_eq!(page.iter().map(|e| e.0).collect::<Vec<_>>(), vec![2, 3]);
		assert!(Consent::access_log(&PATIENT, Some(3), 2).is_empty());

		let prune = |max| Consent::prune_access_log(RuntimeOrigin::signed(REVIEWER), PATIENT, max);
		assert_noop!(prune(10), Error::<Test>::NothingToPrune);
		// Past the retention of the first three entries only.
		Timestamp::set_timestamp(NOW + RETENTION);
		assert_ok!(prune(2));
		System::assert_last_event(
			Event::AccessLogPruned { patient: PATIENT, removed: 2, first: 2 }.into(),
		);
		assert_eq!(held(HoldReason::AccessLog, CLINICIAN), ACCESS_DEPOSIT);
		assert_ok!(prune(10));
		assert_eq!(held(HoldReason::AccessLog, CLINICIAN), 0);
		assert_eq!(held(HoldReason::AccessLog, CLERK), ACCESS_DEPOSIT, "not yet past retention");
		assert_eq!(
			Consent::access_log(&PATIENT, None, 10).iter().map(|e| e.0).collect::<Vec<_>>(),
			vec![3]
		);
		// New entries continue the numbering.
		assert_ok!(read(CLINICIAN, DataCategory::LabResults));
		assert_eq!(AccessLogBounds::<Test>::get(PATIENT).next, 5);
	});
}

#[test]
fn grants_and_pending_reviews_page_through_every_item_once() {
	run_test(|| {
		for patient in [PATIENT, OTHER_PATIENT, 3, 4, 5] {
			grant_to_hospital(patient, None, None);
		}
		let mut seen = vec![];
		let mut cursor = None;
		loop {
			let page = Consent::grants_held_by(HOSPITAL, cursor, 2);
			seen.extend(page.iter().map(|(id, _)| *id));
			if page.len() < 2 {
				break;
			}
			cursor = page.last().map(|(id, _)| *id);
		}
		seen.sort();
		assert_eq!(seen, vec![0, 1, 2, 3, 4]);
		assert!(Consent::grants_held_by(INSURER, None, 10).is_empty());

		open_emergency(CLINICIAN);
		open_emergency(OTHER_CLINICIAN);
		open_emergency(OFFICER);
		let first = Consent::pending_reviews(HOSPITAL, None, 2);
		let rest = Consent::pending_reviews(HOSPITAL, first.last().map(|(id, _)| *id), 2);
		let mut ids: Vec<_> = first.iter().chain(rest.iter()).map(|(id, _)| *id).collect();
		ids.sort();
		assert_eq!(ids, vec![0, 1, 2]);
	});
}

#[test]
fn try_state_detects_a_deposit_that_is_not_held() {
	run_test(|| {
		consent_to_hospital(None);
		assert_ok!(read(CLINICIAN, DataCategory::LabResults));
		AccessLog::<Test>::mutate(PATIENT, 0, |e| e.as_mut().map(|e| e.deposit += 1));
		assert!(Consent::do_try_state().is_err());
		AccessLog::<Test>::mutate(PATIENT, 0, |e| e.as_mut().map(|e| e.deposit -= 1));
		AccessLog::<Test>::remove(PATIENT, 0);
		assert!(Consent::do_try_state().is_err(), "a missing entry inside the bounds");
		// Restore for the final check of run_test.
		AccessLogBounds::<Test>::remove(PATIENT);
		let _ = Balances::release_all(
			&HoldReason::AccessLog.into(),
			&CLINICIAN,
			frame_support::traits::tokens::Precision::BestEffort,
		);
		Consent::on_finalize(1);
	});
}

#[test]
fn genesis_onboards_patients_and_grants_consents() {
	let mut storage =
		frame_system::GenesisConfig::<Test>::default().build_storage().expect("genesis");
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![(CLERK, INITIAL_BALANCE)],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.expect("balances");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		healthchain_primitives::fakes::FakeOrganizations::reset();
		healthchain_primitives::fakes::FakeOrganizations::add_organization(
			HOSPITAL,
			healthchain_primitives::OrganizationKind::Provider,
			1000,
		);
		healthchain_primitives::fakes::FakeOrganizations::add_member(
			HOSPITAL,
			CLERK,
			&[healthchain_primitives::Role::Billing],
		);
		let config = crate::GenesisConfig::<Test> {
			patients: vec![(PATIENT, HOSPITAL, CLERK)],
			consents: vec![(
				PATIENT,
				HOSPITAL,
				PurposeSet::from_items(&[Purpose::Treatment]),
				CategorySet(CategorySet::ALL_STANDARD),
				ActionSet::from_items(&[Action::Read]),
				None,
				Some(10),
				H256::zero(),
			)],
		};
		frame_support::traits::BuildGenesisConfig::build(&config);
		assert!(System::account_exists(&PATIENT));
		assert_eq!(Consent::consents_of(&PATIENT).len(), 1);
		assert_eq!(held(HoldReason::PatientRegistration, CLERK), PATIENT_DEPOSIT);
		Consent::do_try_state().expect("invariants");
	});
}

#[test]
fn exhausted_ids_and_counters_fail_cleanly() {
	run_test(|| {
		crate::NextEmergencyId::<Test>::put(u64::MAX);
		assert_noop!(
			Consent::open_emergency_access(
				RuntimeOrigin::signed(CLINICIAN),
				HOSPITAL,
				PATIENT,
				EmergencyReason::Other,
				JUSTIFICATION,
			),
			Error::<Test>::IdsExhausted
		);
		crate::NextEmergencyId::<Test>::put(0);
		consent_to_hospital(None);
		AccessLogBounds::<Test>::insert(
			PATIENT,
			crate::LogBounds { first: u32::MAX, next: u32::MAX },
		);
		assert_noop!(read(CLINICIAN, DataCategory::LabResults), Error::<Test>::Overflow);
		AccessLogBounds::<Test>::remove(PATIENT);
	});
}
