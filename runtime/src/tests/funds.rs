//! Money that claims pay to a provider reaches people without Root: the provider's admin
//! account spends the organization's account.

use frame_support::{assert_noop, assert_ok, BoundedVec};
use sp_keyring::Sr25519Keyring::*;

use super::build;
use crate::{
	genesis_config_presets::development_config_genesis, Balances, Claims, Organizations,
	RuntimeOrigin, UNIT,
};

/// 2026-11-30 00:00 UTC, in milliseconds.
const NOW: u64 = 1_795_996_800_000;
const DAY: u64 = 24 * 60 * 60 * 1000;

#[test]
fn a_paid_claims_money_reaches_a_persons_account_without_root() {
	build(development_config_genesis()).execute_with(|| {
		// The time of the block (set directly: Aura checks a `timestamp.set` against its slot).
		pallet_timestamp::Now::<crate::Runtime>::put(NOW);
		let hospital = Organizations::organization_account(0);
		let before = Balances::free_balance(&hospital);
		// Alice bills the demo insurer's plan for Ferdie's office visit (99213, 100 HCT, 20 %
		// patient share), with his lab result (record 0) as evidence: paid at once.
		let line = pallet_claims::ClaimLineInput {
			service_code: 99213,
			amount: 100 * UNIT,
			service_date: NOW - DAY,
			prior_auth: None,
		};
		assert_ok!(Claims::submit_claim(
			RuntimeOrigin::signed(Alice.to_account_id()),
			0,
			0,
			Ferdie.to_account_id(),
			BoundedVec::truncate_from(alloc::vec![0]),
			BoundedVec::truncate_from(alloc::vec![line]),
		));
		let paid = Balances::free_balance(&hospital) - before;
		assert_eq!(paid, 80 * UNIT);

		// Only the hospital's admin account spends it: not its clinician, not the insurer.
		for who in [Dave, Bob] {
			assert_noop!(
				Organizations::spend(
					RuntimeOrigin::signed(who.to_account_id()),
					0,
					who.to_account_id(),
					paid
				),
				pallet_organizations::Error::<crate::Runtime>::NotAdminAccount
			);
		}
		let dave_before = Balances::free_balance(Dave.to_account_id());
		assert_ok!(Organizations::spend(
			RuntimeOrigin::signed(Alice.to_account_id()),
			0,
			Dave.to_account_id(),
			paid
		));
		assert_eq!(Balances::free_balance(Dave.to_account_id()), dave_before + paid);
		assert_eq!(Balances::free_balance(&hospital), before);
	});
}
