// The `healthchain_*` methods and their result types, in @polkadot/typegen's form (a section's
// methods under `rpc`). The JSON is generated from the one method list (rpc/src/methods.rs) by
// `HC_BLESS=1 cargo test -p healthchain-rpc`, in @polkadot/api's form
// (`ApiPromise.create({ rpc: json.rpc, types: json.types })`); a test there fails when it differs.
import type { Definitions } from '@polkadot/types/types';

import definitions from './definitions.json' with { type: 'json' };

export default {
  rpc: definitions.rpc.healthchain,
  types: definitions.types,
} as unknown as Definitions;
