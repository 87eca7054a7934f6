//! Feeless consent calls in the composed runtime, through the pool's view
//! (`validate_transaction`) and the block's (`apply_extrinsic`) with real signed transactions:
//! what a funded attacker with many accounts gets for free (review finding H-1).
//!
//! The documented bound: only registered patients' grants and their own revocations are
//! feeless, and each account has one feeless pool slot, so the free weight of a block is at most
//! one feeless consent call per registered patient; registering a patient locks
//! `PatientDeposit` from an organization's member and needs the patient's signature.

use codec::Encode;
use frame_support::{
	dispatch::GetDispatchInfo,
	traits::{fungible::Mutate, Get},
};
use pallet_consent::{ConsentTerms, WeightInfo as _, FREE_CALL_TAG};
use sp_core::{sr25519, Pair};
use sp_keyring::Sr25519Keyring::*;
use sp_runtime::{
	generic::Era,
	traits::IdentifyAccount,
	transaction_validity::{TransactionSource, TransactionValidity},
	MultiSignature, MultiSigner,
};

use super::build;
use crate::{
	genesis_config_presets::development_config_genesis, AccountId, Balances, Consent, Executive,
	Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, SignedPayload, System, TxExtension,
	UncheckedExtrinsic, UNIT,
};

/// The transaction extensions a wallet attaches (immortal, no tip).
fn extensions(nonce: u32) -> TxExtension {
	(
		frame_system::CheckNonZeroSender::new(),
		frame_system::CheckSpecVersion::new(),
		frame_system::CheckTxVersion::new(),
		frame_system::CheckGenesis::new(),
		frame_system::CheckEra::from(Era::Immortal),
		frame_system::CheckNonce::from(nonce),
		frame_system::CheckWeight::new(),
		crate::feeless::RefundSkippedFee::from(
			pallet_transaction_payment::ChargeTransactionPayment::from(0),
		),
		pallet_consent::CountFreeConsentCalls::new(),
		frame_metadata_hash_extension::CheckMetadataHash::new(false),
		frame_system::WeightReclaim::new(),
	)
}

fn account(pair: &sr25519::Pair) -> AccountId {
	MultiSigner::from(pair.public()).into_account()
}

/// `call` signed by `pair` with `nonce`, as a wallet submits it.
fn signed(pair: &sr25519::Pair, nonce: u32, call: RuntimeCall) -> UncheckedExtrinsic {
	let payload = SignedPayload::new(call.clone(), extensions(nonce)).expect("implicit data");
	let signature = payload.using_encoded(|bytes| pair.sign(bytes));
	UncheckedExtrinsic::new_signed(
		call,
		account(pair).into(),
		MultiSignature::Sr25519(signature),
		extensions(nonce),
	)
}

/// The patient of seed `seed`, onboarded by the demo hospital's admin with the patient's
/// signature.
fn registered_patient(seed: &str) -> sr25519::Pair {
	let patient = sr25519::Pair::from_string(seed, None).expect("derives");
	let message = Consent::registration_message(0);
	let signature = MultiSignature::Sr25519(patient.sign(&message));
	frame_support::assert_ok!(Consent::register_patient(
		RuntimeOrigin::signed(Alice.to_account_id()),
		0,
		account(&patient),
		signature,
	));
	patient
}

/// A grant to the demo hospital (organization 0).
fn grant() -> RuntimeCall {
	RuntimeCall::Consent(pallet_consent::Call::grant_consent {
		organization: 0,
		terms: ConsentTerms::new(
			pallet_consent::PurposeSet::from_items(&[pallet_consent::Purpose::Treatment]),
			pallet_consent::CategorySet::all_standard(),
			pallet_consent::ActionSet::from_items(&[pallet_consent::Action::Read]),
			sp_core::H256::repeat_byte(1),
		),
	})
}

fn pool(xt: &UncheckedExtrinsic) -> TransactionValidity {
	Executive::validate_transaction(TransactionSource::External, xt.clone(), System::block_hash(0))
}

/// Applies `xts` in a block and returns the weight of those whose fee was skipped.
fn free_weight_applied(xts: Vec<UncheckedExtrinsic>) -> frame_support::weights::Weight {
	let mut free = frame_support::weights::Weight::zero();
	for xt in xts {
		let weight = xt.get_dispatch_info().total_weight();
		System::reset_events();
		let _ = Executive::apply_extrinsic(xt);
		let skipped = System::events().iter().any(|record| {
			matches!(
				record.event,
				RuntimeEvent::SkipFeelessPayment(
					pallet_skip_feeless_payment::Event::FeeSkipped { .. }
				)
			)
		});
		if skipped {
			free = free.saturating_add(weight);
		}
	}
	free
}

#[test]
fn a_funded_attacker_with_a_hundred_sybils_gets_no_free_weight() {
	build(development_config_genesis()).execute_with(|| {
		let sybils: Vec<sr25519::Pair> = (0..100)
			.map(|i| sr25519::Pair::from_string(&format!("//sybil{i}"), None).expect("derives"))
			.collect();
		// The attacker funds every sybil well beyond the existential deposit.
		for sybil in &sybils {
			assert!(<Balances as Mutate<_>>::set_balance(&account(sybil), UNIT) == UNIT);
		}
		let xts: Vec<_> = sybils.iter().map(|sybil| signed(sybil, 0, grant())).collect();
		for xt in &xts {
			// The pool sees an ordinary paid transaction: no feeless slot.
			let valid = pool(xt).expect("valid: the sybil can pay the fee");
			assert!(valid.provides.iter().all(|tag| !tag.starts_with(&FREE_CALL_TAG.encode())));
		}
		let free = free_weight_applied(xts);
		assert_eq!(free, frame_support::weights::Weight::zero(), "no weight was free");
		// Every sybil paid and granted nothing: only registered patients grant.
		for sybil in &sybils {
			assert!(Balances::free_balance(account(sybil)) < UNIT);
			assert!(Consent::consents_of(&account(sybil)).consents.is_empty());
		}
	});
}

#[test]
fn a_registered_patient_has_one_feeless_pool_slot_and_the_documented_free_weight() {
	build(development_config_genesis()).execute_with(|| {
		let patient = registered_patient("//fees-patient");
		let xts: Vec<_> = (0..5).map(|nonce| signed(&patient, nonce, grant())).collect();
		// Every one of them claims the same pool slot: the pool keeps one at a time.
		let slot = (FREE_CALL_TAG, account(&patient)).encode();
		for (nonce, xt) in xts.iter().enumerate() {
			let valid = pool(xt).expect("valid");
			assert!(valid.provides.contains(&slot), "transaction {nonce} takes the slot");
			assert_eq!(valid.longevity, 8, "and leaves the pool after 8 blocks");
		}
		// One block carries that one transaction: the free weight is one grant (the call, the
		// extensions and the base weight of a transaction).
		let one = xts[0].get_dispatch_info().total_weight();
		assert!(one.all_gte(<Runtime as pallet_consent::Config>::WeightInfo::grant_consent()));
		assert_eq!(free_weight_applied(xts[..1].to_vec()), one);
		// To fill a block's normal class with feeless grants takes this many registered
		// patients, each locking the onboarding deposit of an organization's member.
		let normal = <Runtime as frame_system::Config>::BlockWeights::get()
			.get(frame_support::dispatch::DispatchClass::Normal)
			.max_total
			.unwrap_or_default();
		let patients = normal.ref_time() / one.ref_time();
		let deposit: u128 = <Runtime as pallet_consent::Config>::PatientDeposit::get();
		let locked = u128::from(patients) * deposit;
		println!(
			"one feeless grant: {} µs; a block's normal class: {} ms; patients to fill it: {patients}; \
			 deposits locked: {} HCT",
			one.ref_time() / 1_000_000,
			normal.ref_time() / 1_000_000_000,
			locked / UNIT,
		);
		assert!(locked >= 1_000 * UNIT, "filling a block for free locks at least 1,000 HCT");
		assert_eq!(Balances::free_balance(account(&patient)), 0, "the patient paid nothing");
		assert_eq!(Consent::consents_of(&account(&patient)).consents.len(), 1);
	});
}

/// The block weight a transaction took: its call and extensions as declared, less what they
/// reported unused, plus the base weight of an extrinsic.
fn block_weight_of(xt: UncheckedExtrinsic) -> frame_support::weights::Weight {
	let before = System::block_weight().total();
	Executive::apply_extrinsic(xt).expect("valid").ok();
	System::block_weight().total() - before
}

/// Issue #16: a feeless grant is not charged the weight of the fee extension it skips, and a
/// paid grant is not charged the allowance write the consent extension does not make; nothing
/// else is taken off.
#[test]
fn a_feeless_grant_is_not_charged_the_weight_of_the_fee_it_skips() {
	use pallet_consent::CountFreeConsentCalls;
	use sp_runtime::traits::TransactionExtension;
	build(development_config_genesis()).execute_with(|| {
		let base = <Runtime as frame_system::Config>::BlockWeights::get()
			.get(frame_support::dispatch::DispatchClass::Normal)
			.base_extrinsic;
		let fee = pallet_transaction_payment::ChargeTransactionPayment::<Runtime>::from(0)
			.weight(&grant());
		let allowance_write = <Runtime as frame_system::Config>::DbWeight::get().writes(1);
		assert!(fee.ref_time() > 0);
		assert_eq!(
			CountFreeConsentCalls::<Runtime>::new().weight(&grant()),
			<Runtime as frame_system::Config>::DbWeight::get().reads_writes(2, 1)
		);

		let patient = registered_patient("//feeless-weight");
		let xt = signed(&patient, 0, grant());
		let declared = xt.get_dispatch_info().total_weight();
		// (Ref time: the block's proof size also counts the transaction's length.)
		assert_eq!(
			block_weight_of(xt).ref_time(),
			(base + declared - fee).ref_time(),
			"feeless: no fee weight"
		);
		assert_eq!(Consent::consents_of(&account(&patient)).consents.len(), 1, "granted");

		// A funded stranger pays for a grant (which the registry refuses: not a patient): the
		// fee's weight is charged, the allowance's write is not.
		let stranger = sr25519::Pair::from_string("//paying-stranger", None).expect("derives");
		assert_eq!(<Balances as Mutate<_>>::set_balance(&account(&stranger), UNIT), UNIT);
		let xt = signed(&stranger, 0, grant());
		let declared = xt.get_dispatch_info().total_weight();
		assert_eq!(
			block_weight_of(xt).ref_time(),
			(base + declared - allowance_write).ref_time(),
			"paid: fee weight"
		);
		assert!(Balances::free_balance(account(&stranger)) < UNIT, "and the fee was paid");
	});
}

/// A patient without tokens is paid their share of a closed study's pool: the claim is free of
/// fees for a participant with a share (security review M-4), and only for them.
#[test]
fn a_patient_without_tokens_claims_their_share_free_of_fees() {
	use frame_support::{assert_ok, weights::Weight};
	build(development_config_genesis()).execute_with(|| {
		let grace = sr25519::Pair::from_string("//Grace", None).expect("dev seed");
		let grace_account = account(&grace);
		assert_eq!(Balances::free_balance(&grace_account), 0, "Grace holds no tokens");
		// The institute's researcher funds the demo study's pool and closes it: Grace, attested
		// by the hospital that onboarded her, is its one attested participant.
		let charlie = RuntimeOrigin::signed(Charlie.to_account_id());
		assert_ok!(crate::Research::fund_pool(charlie.clone(), 0, 100 * UNIT));
		assert_ok!(crate::Research::close_study(charlie, 0));
		let claim =
			|| RuntimeCall::Research(pallet_research::Call::claim_compensation { study: 0 });

		assert!(pool(&signed(&grace, 0, claim())).is_ok(), "valid without tokens");
		let first = signed(&grace, 0, claim());
		let weight = first.get_dispatch_info().total_weight();
		assert_eq!(free_weight_applied(vec![first]), weight);
		assert_eq!(Balances::free_balance(&grace_account), 100 * UNIT);
		// Claimed: a second claim is no longer free (she pays for it, and it fails), and a
		// stranger's never is.
		let before = Balances::free_balance(&grace_account);
		assert_eq!(free_weight_applied(vec![signed(&grace, 1, claim())]), Weight::zero());
		assert!(Balances::free_balance(&grace_account) < before, "the fee was paid");
		let stranger = sr25519::Pair::from_string("//NoTokens", None).expect("seed");
		assert!(pool(&signed(&stranger, 0, claim())).is_err(), "a stranger's claim is not free");
	});
}
