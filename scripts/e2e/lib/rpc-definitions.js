// The `healthchain_*` JSON-RPC methods, described for @polkadot/api so that they appear as
// `api.rpc.healthchain.*`. The descriptions are generated from the one method list of the
// `healthchain-rpc` crate (rpc/src/methods.rs) into rpc-definitions.json, and a test there fails
// when the two differ. Results are plain JSON (balances as decimal strings); cursors and limits
// are `Option<_>`: pass `null` for "from the start" / "the default page size".
//
//   const api = await ApiPromise.create({ provider, rpc: healthchainRpc });
//   await api.rpc.healthchain.rolesOf(address);

import fs from 'node:fs';

export const healthchainRpc = JSON.parse(fs.readFileSync(new URL('./rpc-definitions.json', import.meta.url), 'utf8'));
