//! Runtime-level tests: what only the composed runtime can show (governance origins, proxy
//! filters over every call, paths that cross pallets). Pallet rules are tested in each pallet.

mod fees;
mod funds;
mod governance;
mod metadata;
mod privacy;
mod proxy;
mod sessions;
mod state_growth;

use serde_json::Value;
use sp_runtime::BuildStorage;

use crate::RuntimeGenesisConfig;

/// Externalities with the genesis state of a preset's JSON patch, as a chain spec builds it
/// (the patch merged over the default config).
pub(crate) fn build(patch: Value) -> sp_io::TestExternalities {
	let mut json = serde_json::to_value(RuntimeGenesisConfig::default()).expect("serializes");
	json_merge(&mut json, patch);
	let config: RuntimeGenesisConfig =
		serde_json::from_value(json).expect("the preset deserializes");
	let mut ext: sp_io::TestExternalities =
		config.build_storage().expect("the preset builds").into();
	ext.execute_with(|| crate::System::set_block_number(1));
	ext
}

/// Merges `patch` over `base`, as a chain spec merges a patch over a preset.
pub(crate) fn json_merge(base: &mut Value, patch: Value) {
	match (base, patch) {
		(Value::Object(base), Value::Object(patch)) => {
			for (k, v) in patch {
				json_merge(base.entry(k).or_insert(Value::Null), v);
			}
		},
		(base, patch) => *base = patch,
	}
}
