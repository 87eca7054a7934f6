//! Genesis presets: the named starting states a chain spec is built from.
//!
//! - `development` ([`sp_genesis_builder::DEV_RUNTIME_PRESET`]): one validator (Alice), the
//!   well-known dev accounts endowed, Alice as sudo. What `healthchain-node --dev` runs.
//! - `local_testnet` ([`sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET`]): four validators
//!   (Alice, Bob, Charlie, Dave) so that GRANDPA keeps finalizing with one of them down
//!   (finality needs more than 2/3 of the authorities). What `--chain local` and the zombienet
//!   network run.
//!
//! Both presets contain the `aura` and `grandpa` keys, which tools such as zombienet rewrite with
//! the keys of the validators they start.

use alloc::{string::String, vec, vec::Vec};

use frame_support::build_struct_json_patch;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

use crate::{
	AccountId, AuraConfig, Balance, BalancesConfig, GrandpaConfig, RuntimeGenesisConfig,
	SudoConfig, UNIT,
};

/// What each endowed development account starts with: one million tokens.
pub const DEV_ENDOWMENT: Balance = 1_000_000 * UNIT;

/// A genesis state from its parts: validators (Aura and GRANDPA keys), endowed accounts and the
/// sudo key.
fn genesis(
	validators: Vec<(AuraId, GrandpaId)>,
	endowed: Vec<AccountId>,
	sudo: AccountId,
) -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed.into_iter().map(|account| (account, DEV_ENDOWMENT)).collect(),
		},
		aura: AuraConfig {
			authorities: validators.iter().map(|(aura, _)| aura.clone()).collect::<Vec<_>>(),
		},
		grandpa: GrandpaConfig {
			authorities: validators.iter().map(|(_, grandpa)| (grandpa.clone(), 1)).collect(),
		},
		sudo: SudoConfig { key: Some(sudo) },
	})
}

/// The session keys of a well-known development validator: its sr25519 (Aura) and ed25519
/// (GRANDPA) keys derived from the same dev seed (`//Alice`, `//Bob`, ...).
fn dev_validator((aura, grandpa): (Sr25519Keyring, Ed25519Keyring)) -> (AuraId, GrandpaId) {
	(aura.public().into(), grandpa.public().into())
}

/// The well-known dev accounts (Alice … Ferdie and their `//stash` accounts), all endowed.
fn dev_accounts() -> Vec<AccountId> {
	Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect()
}

/// The `development` preset: a single validator, Alice.
pub fn development_config_genesis() -> Value {
	genesis(
		vec![dev_validator((Sr25519Keyring::Alice, Ed25519Keyring::Alice))],
		dev_accounts(),
		Sr25519Keyring::Alice.to_account_id(),
	)
}

/// The `local_testnet` preset: four validators, Alice, Bob, Charlie and Dave.
pub fn local_config_genesis() -> Value {
	genesis(
		[
			(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
			(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
			(Sr25519Keyring::Dave, Ed25519Keyring::Dave),
		]
		.into_iter()
			.map(dev_validator)
			.collect(),
		dev_accounts(),
		Sr25519Keyring::Alice.to_account_id(),
	)
}

/// The JSON patch of the named preset, or `None` for an unknown name.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development_config_genesis(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_config_genesis(),
		_ => return None,
	};
	serde_json::to_string(&patch).ok().map(String::into_bytes)
}

/// The names of the presets this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
	]
}
