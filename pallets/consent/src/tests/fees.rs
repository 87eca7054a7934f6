//! Feeless consent calls: only registered patients grant feelessly, within a rolling
//! allowance; revoking one's own consent is always free; the transaction extension gives every
//! feeless call the account's one pool slot and a short longevity, and counts grants as they are
//! validated (review finding H-1, L-1, L-9).

use codec::Encode;
use frame_support::{
	assert_noop,
	dispatch::{CheckIfFeeless, GetDispatchInfo},
	weights::Weight,
};
use healthchain_primitives::{DataCategory, Purpose};
use sp_runtime::{
	traits::{DispatchTransaction, TransactionExtension, TxBaseImplication},
	transaction_validity::{
		InvalidTransaction, TransactionSource, TransactionValidityError, ValidTransaction,
	},
};

use super::*;
use crate::{
	extension::{FREE_CALL_TAG, FREE_GRANTS_EXHAUSTED},
	mock::*,
	Call, CountFreeConsentCalls, Error,
};

/// The patient's usual grant, as a runtime call.
fn grant_call() -> RuntimeCall {
	RuntimeCall::Consent(Call::grant_consent { organization: HOSPITAL, terms: treatment() })
}

/// A revocation of `consent`, as a runtime call.
fn revoke_call(consent: ConsentId) -> RuntimeCall {
	RuntimeCall::Consent(Call::revoke_consent { consent })
}

/// Runs `call` signed by `who` through [`CountFreeConsentCalls`] as a transaction would
/// (validate, prepare, dispatch); the validity error if it is refused before dispatch.
fn through_extension(who: u64, call: &RuntimeCall) -> Result<(), TransactionValidityError> {
	let info = call.get_dispatch_info();
	CountFreeConsentCalls::<Test>::new()
		.dispatch_transaction(RuntimeOrigin::signed(who), call.clone(), &info, 0, 0)
		.map(|_| ())
}

/// Whether `call` signed by `who` is feeless now.
fn feeless(who: u64, call: &RuntimeCall) -> bool {
	match call {
		RuntimeCall::Consent(inner) => inner.is_feeless(&RuntimeOrigin::signed(who)),
		_ => false,
	}
}

/// What the extension's `validate` returns for `call` from `origin`: the validity and whose
/// allowance it will count.
fn validated(origin: RuntimeOrigin, call: &RuntimeCall) -> (ValidTransaction, Option<u64>) {
	let info = call.get_dispatch_info();
	let (valid, val, _) = CountFreeConsentCalls::<Test>::new()
		.validate(origin, call, &info, 0, (), &TxBaseImplication(()), TransactionSource::External)
		.expect("valid");
	(valid, val)
}

#[test]
fn an_unregistered_sybil_gets_no_free_call() {
	run_test(|| {
		// The attack of H-1: any account with the existential deposit used 20 free calls an
		// hour. Now an account nobody onboarded has no free call, and cannot grant at all.
		let sybil = SYBIL;
		assert!(!feeless(sybil, &grant_call()));
		assert_eq!(Consent::free_calls_left(&sybil), 0);
		let (valid, counted) = validated(RuntimeOrigin::signed(sybil), &grant_call());
		assert_eq!((valid, counted), (ValidTransaction::default(), None), "an ordinary paid call");
		assert_noop!(try_grant(sybil, HOSPITAL, treatment()), Error::<Test>::NotRegistered);
		// The registered patient grants feelessly.
		assert!(feeless(PATIENT, &grant_call()));
	});
}

#[test]
fn revoking_an_own_consent_is_free_even_with_the_allowance_used_up() {
	run_test(|| {
		let first = grant(PATIENT, treatment());
		for _ in 0..FREE_CALLS {
			assert_eq!(through_extension(PATIENT, &grant_call()), Ok(()));
		}
		assert_eq!(Consent::free_calls_left(&PATIENT), 0);
		assert!(!feeless(PATIENT, &grant_call()), "beyond the allowance a grant pays");
		// Withdrawing stays free and is not counted.
		assert!(feeless(PATIENT, &revoke_call(first)));
		assert_eq!(through_extension(PATIENT, &revoke_call(first)), Ok(()));
		assert!(Consent::consents_of(&PATIENT).consents.iter().all(|c| c.id != first));
		assert_eq!(Consent::free_calls_left(&PATIENT), 0);
	});
}

#[test]
fn revoking_a_missing_or_foreign_consent_is_not_free() {
	run_test(|| {
		let consent = grant(PATIENT, treatment());
		assert!(!feeless(PATIENT, &revoke_call(99)), "an unknown consent");
		assert!(!feeless(OTHER_PATIENT, &revoke_call(consent)), "another patient's consent");
	});
}

#[test]
fn a_second_pending_feeless_transaction_takes_the_same_pool_slot() {
	run_test(|| {
		let consent = grant(PATIENT, treatment());
		// H-1.3: every feeless transaction validated with no tag, so one account pushed thousands
		// of nonces into the pool. Now each provides the account's one slot, for a short time.
		let slot = vec![(FREE_CALL_TAG, PATIENT).encode()];
		let (grant, counted) = validated(RuntimeOrigin::signed(PATIENT), &grant_call());
		assert_eq!((grant.provides.clone(), grant.longevity), (slot.clone(), FREE_CALL_LONGEVITY));
		assert_eq!(counted, Some(PATIENT), "a grant is counted");
		let (revoke, counted) = validated(RuntimeOrigin::signed(PATIENT), &revoke_call(consent));
		assert_eq!((revoke.provides, counted), (slot, None), "a revocation is not counted");
		// Paid calls keep the pool's ordinary rules.
		let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![] });
		assert_eq!(
			validated(RuntimeOrigin::signed(PATIENT), &remark).0,
			ValidTransaction::default()
		);
	});
}

#[test]
fn a_feeless_grant_applied_with_no_allowance_left_is_invalid_not_free() {
	run_test(|| {
		// L-9: `prepare` ignored a failed take, so the call ran free beyond the allowance.
		let info = grant_call().get_dispatch_info();
		let ext = CountFreeConsentCalls::<Test>::new();
		for _ in 0..FREE_CALLS {
			assert_eq!(through_extension(PATIENT, &grant_call()), Ok(()));
		}
		// Validated while a grant was left (e.g. in the pool), applied after it was used.
		let refused =
			ext.prepare(Some(PATIENT), &RuntimeOrigin::signed(PATIENT), &grant_call(), &info, 0);
		assert_eq!(refused, Err(InvalidTransaction::Custom(FREE_GRANTS_EXHAUSTED).into()));
	});
}

#[test]
fn failing_grants_count_and_the_allowance_rolls() {
	run_test(|| {
		let bad =
			RuntimeCall::Consent(Call::grant_consent { organization: 999, terms: treatment() });
		assert_eq!(through_extension(PATIENT, &bad), Ok(()), "dispatched and failed, counted");
		assert_eq!(Consent::free_calls_left(&PATIENT), FREE_CALLS - 1);
		// The rest at the last block of the window, then the window's first use rolls out
		// one block after the old fixed window would have reset everything.
		go_to_block(FREE_CALL_WINDOW);
		for _ in 1..FREE_CALLS {
			assert_eq!(through_extension(PATIENT, &grant_call()), Ok(()));
		}
		assert_eq!(Consent::free_calls_left(&PATIENT), 0);
		go_to_block(1 + FREE_CALL_WINDOW);
		assert_eq!(Consent::free_calls_left(&PATIENT), 1, "only the use of block 1 left");
		go_to_block(2 * FREE_CALL_WINDOW);
		assert_eq!(Consent::free_calls_left(&PATIENT), FREE_CALLS);
	});
}

#[test]
fn the_extension_counts_only_feeless_grants_and_validates_everything() {
	run_test(|| {
		let ext = CountFreeConsentCalls::<Test>::new();
		let call = grant_call();
		assert_eq!(validated(RuntimeOrigin::none(), &call).1, None, "unsigned: no allowance");
		let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![] });
		let record = RuntimeCall::Consent(Call::record_access {
			organization: HOSPITAL,
			patient: PATIENT,
			purpose: Purpose::Treatment,
			category: DataCategory::LabResults,
			emergency: None,
		});
		assert!(!feeless(CLINICIAN, &record));
		assert_eq!(validated(RuntimeOrigin::signed(CLINICIAN), &record).1, None);
		// It charges only the work it does (issue #16): a grant's registration, allowance and
		// allowance write; a revocation's consent; nothing for any other call, consent calls
		// that are never feeless included.
		let db = <Test as frame_system::Config>::DbWeight::get();
		assert_eq!(ext.weight(&call), db.reads_writes(2, 1));
		assert_eq!(ext.weight(&revoke_call(0)), db.reads(1));
		assert_eq!(ext.weight(&record), Weight::zero());
		assert_eq!(ext.weight(&remark), Weight::zero());
	});
}

#[test]
fn a_paid_grant_is_not_charged_the_allowance_write_it_does_not_make() {
	run_test(|| {
		let db = <Test as frame_system::Config>::DbWeight::get();
		let call = grant_call();
		let mut info = call.get_dispatch_info();
		info.extension_weight = CountFreeConsentCalls::<Test>::new().weight(&call);
		let actual = |who: u64| {
			// The call's own outcome does not matter here (a stranger's grant fails).
			let post = match CountFreeConsentCalls::<Test>::new()
				.dispatch_transaction(RuntimeOrigin::signed(who), call.clone(), &info, 0, 0)
				.expect("valid")
			{
				Ok(post) => post,
				Err(failed) => failed.post_info,
			};
			post.calc_actual_weight(&info)
		};
		// A registered patient's feeless grant uses the allowance: all of it was used.
		assert!(feeless(PATIENT, &call));
		assert_eq!(actual(PATIENT), info.total_weight());
		// A stranger pays for the grant: the allowance is not written, and not charged.
		let stranger = 4242;
		assert!(!feeless(stranger, &call));
		assert_eq!(actual(stranger), info.total_weight().saturating_sub(db.writes(1)));
	});
}
