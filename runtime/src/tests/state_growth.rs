//! How many bytes of state each healthcare item adds (issue #16): measured by listing the whole
//! state before and after the second of two identical operations on the development genesis (the
//! second, so that one-time entries — a first hold, a first index — do not count), and checked
//! against the deposit the runtime holds for it: every deposit covers the state it pays for
//! (`configs::deposit(items, bytes)`). `cargo test -p healthchain-runtime state_growth --
//! --nocapture` prints the table the README shows.

use std::collections::BTreeMap;

use frame_support::{assert_ok, traits::Get, BoundedVec};
use pallet_consent::{ActionSet, CategorySet, ConsentTerms, DataCategory, Purpose, PurposeSet};
use sp_core::H256;
use sp_keyring::Sr25519Keyring::*;

use super::build;
use crate::{
	configs::deposit, genesis_config_presets::development_config_genesis, Balance, Claims, Consent,
	Records, Runtime, RuntimeOrigin, UNIT,
};

/// 2026-11-30 00:00 UTC, in milliseconds.
const NOW: u64 = 1_795_996_800_000;
const DAY: u64 = 24 * 60 * 60 * 1000;

/// Every key of the state and its value's length, except the block's events (they are not
/// kept: they are cleared at the next block).
fn state() -> BTreeMap<Vec<u8>, usize> {
	// frame-system's `Events` and `EventCount` (private storage items): their plain keys.
	let key = |item: &[u8]| {
		[sp_io::hashing::twox_128(b"System"), sp_io::hashing::twox_128(item)].concat()
	};
	let events = [key(b"Events"), key(b"EventCount")];
	let mut out = BTreeMap::new();
	let mut cursor = Vec::new();
	while let Some(next) = sp_io::storage::next_key(&cursor) {
		if !events.contains(&next) {
			let len = sp_io::storage::read(&next, &mut [], 0).unwrap_or(0) as usize;
			out.insert(next.clone(), len);
		}
		cursor = next;
	}
	out
}

/// What `op` adds to the state: new items, and bytes (keys and values of new items, plus the
/// growth of changed values).
fn growth(op: impl FnOnce()) -> (u32, u32) {
	let before = state();
	op();
	let after = state();
	let mut items = 0u32;
	let mut bytes = 0i64;
	for (key, len) in &after {
		match before.get(key) {
			None => {
				items += 1;
				bytes += (key.len() + len) as i64;
			},
			Some(old) => bytes += *len as i64 - *old as i64,
		}
	}
	for (key, len) in &before {
		if !after.contains_key(key) {
			items -= 1;
			bytes -= (key.len() + len) as i64;
		}
	}
	(items, u32::try_from(bytes).expect("the state grew"))
}

/// Runs `op` twice and returns the growth of the second run; prints the row and checks that
/// `deposit` pays for it.
fn measured(name: &str, deposit_held: Balance, mut op: impl FnMut(u32)) -> (u32, u32) {
	op(0);
	let (items, bytes) = growth(|| op(1));
	println!(
		"| {name} | {items} | {bytes} | {} mHCT | {} mHCT |",
		deposit(items, bytes) * 1_000 / UNIT,
		deposit_held * 1_000 / UNIT
	);
	assert!(items >= 1 && bytes > 0, "{name} adds state");
	assert!(
		deposit_held >= deposit(items, bytes),
		"{name}: a deposit of {deposit_held} does not pay for {items} items, {bytes} bytes"
	);
	(items, bytes)
}

#[test]
fn state_growth_per_item_is_paid_for_by_its_deposit() {
	build(development_config_genesis()).execute_with(|| {
		pallet_timestamp::Now::<Runtime>::put(NOW);
		let (alice, dave, ferdie) =
			(Alice.to_account_id(), Dave.to_account_id(), Ferdie.to_account_id());
		println!("| item | items | bytes | costs (deposit formula) | deposit held |");
		println!("|---|---|---|---|---|");

		// A consent: paid for by the patient's registration deposit, 3 items and 188 bytes a
		// consent (see `PatientDeposit`).
		measured("consent (grant)", deposit(3, 188), |i| {
			let terms = ConsentTerms::new(
				PurposeSet::from_items(&[Purpose::Research]),
				CategorySet::from_items(&[DataCategory::LabResults]),
				ActionSet::from_items(&[pallet_consent::Action::Read]),
				H256::repeat_byte(i as u8 + 1),
			);
			assert_ok!(Consent::grant_consent(RuntimeOrigin::signed(ferdie.clone()), 2, terms));
		});
		measured(
			"access log entry (recordAccess)",
			<Runtime as pallet_consent::Config>::AccessDeposit::get(),
			|_| {
				assert_ok!(Consent::record_access(
					RuntimeOrigin::signed(dave.clone()),
					0,
					ferdie.clone(),
					Purpose::Treatment,
					DataCategory::LabResults,
					None,
				));
			},
		);
		measured(
			"record (anchorRecord)",
			<Runtime as pallet_records::Config>::RecordDeposit::get(),
			|i| {
				assert_ok!(Records::anchor_record(
					RuntimeOrigin::signed(dave.clone()),
					0,
					ferdie.clone(),
					Purpose::Treatment,
					DataCategory::LabResults,
					H256::repeat_byte(0x40 + i as u8),
					None,
				));
			},
		);
		measured(
			"batch of 10⁶ leaves (anchorBatch)",
			<Runtime as pallet_records::Config>::BatchDeposit::get(),
			|i| {
				assert_ok!(Records::anchor_batch(
					RuntimeOrigin::signed(dave.clone()),
					0,
					H256::repeat_byte(0x80 + i as u8),
					1_000_000,
					pallet_records::BatchScope::Audit,
				));
			},
		);
		// A claim: one line, with a record of Ferdie's as evidence (the demo records 0 and 1).
		measured(
			"claim, 1 line (submitClaim)",
			<Runtime as pallet_claims::Config>::ClaimDeposit::get(),
			|i| {
				let line = pallet_claims::ClaimLineInput {
					service_code: [99213, 80053][i as usize],
					amount: 40 * UNIT,
					service_date: NOW - DAY * u64::from(i + 1),
					prior_auth: None,
				};
				assert_ok!(Claims::submit_claim(
					RuntimeOrigin::signed(alice.clone()),
					0,
					0,
					ferdie.clone(),
					BoundedVec::truncate_from(vec![u64::from(i)]),
					BoundedVec::truncate_from(vec![line]),
				));
			},
		);
	});
}
