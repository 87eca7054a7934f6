// Command-line options of the throughput harness (scripts/bench.sh → bench/load.js), with the
// defaults of the two modes: `--smoke` (CI: a few hundred transactions per call on the debug
// node, a few minutes in all) and full (the numbers for the record, on a release node).

import path from 'node:path';

import { CALL_NAMES } from './setup.js';

const HERE = path.dirname(new URL(import.meta.url).pathname);

export const USAGE = `usage: scripts/bench.sh [--smoke] [--release] [--node BIN] [--chain SPEC] [--out DIR] [--calls name,name] [--readme]
                        [--txs N | --txs call=N,call=N] [--rate TPS] [--latency-seconds S]
                        [--rpc-seconds S] [--connections K] [--no-latency] [--no-rpc]

  --smoke             short CI run (a few hundred transactions per call); exits non-zero when a
                      measured call had a failure or included nothing
  --node BIN          the healthchain-node binary (default: $HC_NODE_BIN, else the debug build in
                      $CARGO_TARGET_DIR, default ~/.cache/healthchain/target)
  --chain SPEC        a chain spec file for the dev chain (default: the node's built-in dev chain);
                      scripts/bench.sh --release passes the default-feature runtime this way
  --out DIR           where throughput.json and throughput.md go (default scripts/e2e/bench/results)
  --calls a,b         only these calls (default: all): ${CALL_NAMES.join(', ')}
  --readme            replace the README.md text between <!-- throughput:begin --> and
                      <!-- throughput:end --> with the Markdown report
  --txs N             measured transactions per call (default: about 5.5 blocks at the call's
                      weight-bound capacity in full mode, a smoke size with --smoke);
                      --txs call=N,... sets them per call
  --rate TPS          the steady rate of the latency run (default: half the measured transfer sTPS)
  --latency-seconds S duration of the latency run (default 60, smoke 10)
  --rpc-seconds S     duration of each RPC latency run, idle and under load (default 30, smoke 8)
  --connections K     websocket connections the pre-signed transactions are submitted over (default 4)
  --no-latency        skip the transaction latency run
  --no-rpc            skip the RPC latency runs`;

/** A mistake in the command line or the set-up around it: reported by its message alone. */
export class UsageError extends Error {}

/** The default output directory: results/ next to this file. */
export const DEFAULT_OUT = path.join(HERE, 'results');

/**
 * Parses `argv` (without `node load.js`) into the harness options; throws with the usage on an
 * unknown option or a malformed value, so a typo never silently runs the wrong benchmark.
 */
export function parseArgs(argv) {
  const options = {
    smoke: false,
    node: null,
    out: DEFAULT_OUT,
    calls: [...CALL_NAMES],
    readme: false,
    txs: {},
    txsAll: null,
    rate: null,
    latencySeconds: null,
    rpcSeconds: null,
    connections: 4,
    latency: true,
    rpc: true,
    help: false,
  };
  const value = (i, name) => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${name} needs a value\n${USAGE}`);
    return v;
  };
  const number = (v, name) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${name} must be a positive number, got '${v}'`);
    return n;
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    switch (arg) {
      case '--smoke': options.smoke = true; break;
      case '--readme': options.readme = true; break;
      case '--no-latency': options.latency = false; break;
      case '--no-rpc': options.rpc = false; break;
      case '--help': case '-h': options.help = true; break;
      case '--node': options.node = path.resolve(value(i, arg)); i += 1; break;
      case '--chain': options.chain = path.resolve(value(i, arg)); i += 1; break;
      case '--out': options.out = path.resolve(value(i, arg)); i += 1; break;
      case '--calls': {
        const names = value(i, arg).split(',').map((s) => s.trim()).filter(Boolean);
        for (const name of names) {
          if (!CALL_NAMES.includes(name)) throw new UsageError(`unknown call '${name}'; known: ${CALL_NAMES.join(', ')}`);
        }
        // Keep the catalogue's order: the transfer baseline runs first.
        options.calls = CALL_NAMES.filter((n) => names.includes(n));
        i += 1;
        break;
      }
      case '--txs': {
        const v = value(i, arg);
        if (/^\d+$/.test(v)) options.txsAll = number(v, arg);
        else {
          for (const pair of v.split(',')) {
            const [name, n] = pair.split('=');
            if (!CALL_NAMES.includes(name)) throw new UsageError(`--txs: unknown call '${name}'`);
            options.txs[name] = Math.floor(number(n, `--txs ${name}`));
          }
        }
        i += 1;
        break;
      }
      case '--rate': options.rate = number(value(i, arg), arg); i += 1; break;
      case '--latency-seconds': options.latencySeconds = number(value(i, arg), arg); i += 1; break;
      case '--rpc-seconds': options.rpcSeconds = number(value(i, arg), arg); i += 1; break;
      case '--connections': options.connections = Math.floor(number(value(i, arg), arg)); i += 1; break;
      default: throw new UsageError(`unknown option '${arg}'\n${USAGE}`);
    }
  }
  options.latencySeconds ??= options.smoke ? 10 : 60;
  options.rpcSeconds ??= options.smoke ? 8 : 30;
  if (options.calls.length === 0) throw new UsageError('--calls selected nothing');
  return options;
}
