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

/// `--dev`: one validator (Alice), dev accounts endowed, Alice as sudo; the demo data dated
/// now ([`genesis_clock`]).
pub fn development_chain_spec() -> Result<ChainSpec, String> {
	from_preset(
		("HealthChain Development", "healthchain_dev", "hc-dev"),
		ChainType::Development,
		sp_genesis_builder::DEV_RUNTIME_PRESET,
		Some(genesis_clock()),
	)
}

/// The genesis clock of a spec built now: the current time less an hour, so that the demo data
/// is dated like real data (security review L-10) and the first block, whose timestamp must
/// not be earlier than the genesis clock plus the minimum period, is always later. See
/// `healthchain_runtime::genesis_clock`.
fn genesis_clock() -> serde_json::Value {
	const HOUR_MS: u128 = 60 * 60 * 1_000;
	let now = std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.map(|d| d.as_millis())
		.unwrap_or_default()
		.saturating_sub(HOUR_MS);
	serde_json::json!({ "genesisClock": { "now": u64::try_from(now).unwrap_or(u64::MAX) } })
}

/// `--chain local`: four validators (Alice, Bob, Charlie, Dave) on one machine, the demo
/// registry (dated now, [`genesis_clock`]), a council of four and no sudo key.
pub fn local_chain_spec() -> Result<ChainSpec, String> {
	from_preset(
		("HealthChain Local Testnet", "healthchain_local", "hc-local"),
		ChainType::Local,
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET,
		Some(genesis_clock()),
	)
}

/// `--chain consortium`: the template of a production genesis (four founding organizations,
/// their council, four validators, no sudo key), to be edited with the consortium's own keys.
pub fn consortium_chain_spec() -> Result<ChainSpec, String> {
	from_preset(
		("HealthChain Consortium", "healthchain_consortium", "hc"),
		ChainType::Live,
		healthchain_runtime::genesis_config_presets::CONSORTIUM_PRESET,
		None,
	)
}

/// A chain spec of the runtime's genesis preset `preset` (with `patch` merged over it, if
/// any), named `(name, id, protocol id)`, with the chain's properties.
fn from_preset(
	(name, id, protocol_id): (&str, &str, &str),
	chain_type: ChainType,
	preset: &str,
	patch: Option<serde_json::Value>,
) -> Result<ChainSpec, String> {
	let builder = ChainSpec::builder(wasm_binary()?, None)
		.with_name(name)
		.with_id(id)
		.with_protocol_id(protocol_id)
		.with_chain_type(chain_type)
		.with_genesis_config_preset_name(preset)
		.with_properties(properties());
	Ok(match patch {
		Some(patch) => builder.with_genesis_config_patch(patch),
		None => builder,
	}
	.build())
}
