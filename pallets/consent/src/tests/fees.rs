//! Feeless consent calls: the `feeless_if` condition, the allowance per window, and the
//! transaction extension that counts every feeless consent call, failing ones too.

use frame_support::{
	dispatch::{CheckIfFeeless, GetDispatchInfo},
	weights::Weight,
};
use healthchain_primitives::{DataCategory, Purpose};
use sp_runtime::{
	traits::{DispatchTransaction, TransactionExtension, TxBaseImplication},
	transaction_validity::TransactionSource,
};

use super::*;
use crate::{mock::*, Call, CountFreeConsentCalls};

/// The patient's usual grant, as a runtime call.
fn grant_call() -> RuntimeCall {
	RuntimeCall::Consent(Call::grant_consent { organization: HOSPITAL, terms: treatment() })
}

/// Runs `call` signed by `who` through [`CountFreeConsentCalls`] as a transaction would.
fn through_extension(who: u64, call: &RuntimeCall) {
	let info = call.get_dispatch_info();
	CountFreeConsentCalls::<Test>::new()
		.dispatch_transaction(RuntimeOrigin::signed(who), call.clone(), &info, 0, 0)
		.expect("valid")
		.ok();
}

/// Whether `call` signed by `who` is feeless now.
fn feeless(who: u64, call: &RuntimeCall) -> bool {
	match call {
		RuntimeCall::Consent(inner) => inner.is_feeless(&RuntimeOrigin::signed(who)),
		_ => false,
	}
}

/// What the extension's `validate` passes on for `call` from `origin`.
fn validated(origin: RuntimeOrigin, call: &RuntimeCall) -> (u64, Option<u64>) {
	let info = call.get_dispatch_info();
	let (valid, val, _) = CountFreeConsentCalls::<Test>::new()
		.validate(origin, call, &info, 0, (), &TxBaseImplication(()), TransactionSource::External)
		.expect("valid");
	(valid.priority, val)
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
		assert_eq!(Consent::consents_of(&PATIENT).consents.len(), 2);
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
		assert_eq!(validated(RuntimeOrigin::signed(PATIENT), &call), (0, Some(PATIENT)));
		assert_eq!(
			validated(RuntimeOrigin::none(), &call),
			(0, None),
			"unsigned origins have no allowance"
		);
		assert!(ext.weight(&call).any_gt(Weight::zero()));
		let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![] });
		assert_eq!(ext.weight(&remark), Weight::zero());
	});
}
