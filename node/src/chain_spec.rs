//! Chain specs built from the runtime's genesis presets, with HealthChain's chain properties.

use healthchain_runtime::{SS58_PREFIX, TOKEN_DECIMALS, TOKEN_SYMBOL, WASM_BINARY};
use sc_service::{ChainType, Properties};

/// A chain spec of HealthChain (no client extensions).
pub type ChainSpec = sc_service::GenericChainSpec;

/// The chain properties clients read (`system_properties`): token symbol, decimals and the
/// SS58 address format, all taken from the runtime's constants so they cannot disagree.
pub fn properties() -> Properties {
	let mut properties = Properties::new();
	properties.insert("tokenSymbol".into(), TOKEN_SYMBOL.into());
	properties.insert("tokenDecimals".into(), TOKEN_DECIMALS.into());
	properties.insert("ss58Format".into(), SS58_PREFIX.into());
	properties
}

fn wasm_binary() -> Result<&'static [u8], String> {
	WASM_BINARY.ok_or_else(|| {
		"The runtime's wasm binary is not available (built with SKIP_WASM_BUILD?)".to_string()
	})
}

/// `--dev`: one validator (Alice), dev accounts endowed, Alice as sudo.
pub fn development_chain_spec() -> Result<ChainSpec, String> {
	from_preset(
		("HealthChain Development", "healthchain_dev", "hc-dev"),
		ChainType::Development,
		sp_genesis_builder::DEV_RUNTIME_PRESET,
	)
}

/// `--chain local`: four validators (Alice, Bob, Charlie, Dave) on one machine, the demo
/// registry, a council of four and no sudo key.
pub fn local_chain_spec() -> Result<ChainSpec, String> {
	from_preset(
		("HealthChain Local Testnet", "healthchain_local", "hc-local"),
		ChainType::Local,
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET,
	)
}

/// `--chain consortium`: the template of a production genesis (four founding organizations,
/// their council, four validators, no sudo key), to be edited with the consortium's own keys.
pub fn consortium_chain_spec() -> Result<ChainSpec, String> {
	from_preset(
		("HealthChain Consortium", "healthchain_consortium", "hc"),
		ChainType::Live,
		healthchain_runtime::genesis_config_presets::CONSORTIUM_PRESET,
	)
}

/// A chain spec of the runtime's genesis preset `preset`, named `(name, id, protocol id)`, with
/// the chain's properties.
fn from_preset(
	(name, id, protocol_id): (&str, &str, &str),
	chain_type: ChainType,
	preset: &str,
) -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm_binary()?, None)
		.with_name(name)
		.with_id(id)
		.with_protocol_id(protocol_id)
		.with_chain_type(chain_type)
		.with_genesis_config_preset_name(preset)
		.with_properties(properties())
		.build())
}
