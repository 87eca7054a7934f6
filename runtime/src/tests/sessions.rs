//! Session rotations of the composed runtime (pallet-session, Aura, GRANDPA and
//! `pallet-validator-set`): an authority-set change happens when the validators change, and
//! only then.

use frame_support::{assert_ok, traits::OnFinalize};
use sp_keyring::Sr25519Keyring;

use super::build;
use crate::{genesis_config_presets::local_config_genesis, Grandpa, Runtime, RuntimeOrigin};

/// Ends the current session as a block at a session boundary does, and finalizes the block
/// (GRANDPA applies a scheduled change in `on_finalize`).
fn next_session() {
	let block = crate::System::block_number() + 1;
	crate::System::set_block_number(block);
	pallet_session::Pallet::<Runtime>::rotate_session();
	Grandpa::on_finalize(block);
}

fn set_id() -> u64 {
	pallet_grandpa::CurrentSetId::<Runtime>::get()
}

#[test]
fn sessions_of_an_unchanged_validator_set_are_no_authority_set_changes() {
	build(local_config_genesis()).execute_with(|| {
		assert_eq!(set_id(), 0);
		for session in 1..=11 {
			next_session();
			assert_eq!(set_id(), 0, "session {session}: the validators did not change");
		}
		assert_eq!(Grandpa::grandpa_authorities().len(), 4);
		assert_eq!(pallet_session::CurrentIndex::<Runtime>::get(), 11);
	});
}

#[test]
fn a_validator_removed_by_governance_is_one_authority_set_change() {
	build(local_config_genesis()).execute_with(|| {
		next_session();
		assert_ok!(crate::ValidatorSet::remove_validator(
			RuntimeOrigin::root(),
			Sr25519Keyring::DaveStash.to_account_id()
		));
		// Planned at the next rotation, in effect (three authorities) at the one after.
		next_session();
		next_session();
		assert_eq!(set_id(), 1, "one change for the removal");
		assert_eq!(Grandpa::grandpa_authorities().len(), 3);
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 3);
		for _ in 0..5 {
			next_session();
		}
		assert_eq!(set_id(), 1, "and none after it");
	});
}

#[test]
fn the_zombienet_spec_stores_the_session_length_under_this_key() {
	// scripts/lib/release-runtime.sh writes the test network's session length into its raw
	// genesis under this key (the release it starts on has no genesis field for it).
	assert_eq!(
		sp_core::hexdisplay::HexDisplay::from(
			&pallet_validator_set::SessionLength::<Runtime>::hashed_key()
		)
		.to_string(),
		"7d9fe37370ac390779f35763d98106e8585e1e8c1328c63f5bca004893b7d732"
	);
}
