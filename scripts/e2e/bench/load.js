// The throughput load harness (issue #16), run by scripts/bench.sh: starts its own
// `healthchain-node --dev`, measures each call's sustained throughput (sTPS method), transfer
// latency at a steady rate and RPC latency idle and under load, writes throughput.json and
// throughput.md, and optionally the README section. `scripts/bench.sh --help` lists the options.
//
// Phases: start the node → each call's declared capacity (weight of a signed sample) →
// calibration (one real transaction per call: what a block really fits) → every call's
// preconditions, concurrently → for each call: pre-sign, submit at once, follow blocks, analyse
// → transfer latency → RPC latency → report. The node is stopped at the end, on failure and on
// SIGINT/SIGTERM.

import { cryptoWaitReady } from '@polkadot/util-crypto';

import { Nonces } from './accounts.js';
import { parseArgs, USAGE, UsageError } from './args.js';
import { calibrate, declaredCapacity, txCount } from './capacity.js';
import { BlockFollower, Chain, connectRaw, disconnectRaw } from './chain.js';
import { measureRpcLatency, measureTxLatency } from './latency.js';
import { log, measureCall, silence } from './measure.js';
import { checkReadmeMarkers, environment, markdown, updateReadme, writeReport } from './report.js';
import { CALLS, Setup } from './setup.js';

const TRANSFER = 'balances.transferKeepAlive';

/**
 * The node's command line: a dev chain (the built-in one, or the spec `chain`) with a pool and RPC
 * limits large enough for the run.
 */
function nodeArgs(smoke, chain) {
  const poolLimit = smoke ? 20_000 : 200_000;
  return [
    '--dev',
    ...(chain ? ['--chain', chain] : []),
    '--pool-limit', String(poolLimit),
    '--pool-kbytes', String(Math.max(20_480, poolLimit)),
    '--rpc-max-connections', '1000',
    '--rpc-max-subscriptions-per-connection', '100000',
    // Set-up asks for tens of thousands of nonces and submissions on a few connections.
    '--rpc-message-buffer-capacity-per-connection', '65536',
    '--rpc-max-request-size', '100',
    '--rpc-max-response-size', '100',
    // Extra node options for an investigation, e.g. HC_BENCH_NODE_ARGS='-lbasic-authorship=debug'.
    ...(process.env.HC_BENCH_NODE_ARGS ?? '').split(/\s+/).filter(Boolean),
  ];
}

/**
 * Sizes, sets up and measures the selected calls, one after the other. Returns `{ calls,
 * capacities, setupSeconds }`; a call whose calibration, set-up or measurement failed is in
 * `calls` with its `error` (the others still run).
 */
async function measureCalls(chain, setup, options, logFile) {
  const selected = CALLS.filter((c) => options.calls.includes(c.name));
  const capacities = new Map();
  for (const call of new Set([...selected, CALLS.find((c) => c.name === TRANSFER)])) {
    capacities.set(call.name, await declaredCapacity(chain, setup, call));
  }

  // In full mode the calibration sizes the runs, so their set-up waits for it; in smoke mode
  // the sizes are fixed and both run at once (the pools hand each its own accounts).
  const setupStarted = performance.now();
  const calibration = calibrate(chain, setup, selected, capacities).then((calibrated) => {
    log(`calibration (one transaction per call, with its set-up) done after ${((performance.now() - setupStarted) / 1000).toFixed(1)} s`);
    for (const [name, c] of calibrated) {
      if (c.error) log(`${name}: calibration failed: ${c.error}`);
      else Object.assign(capacities.get(name), { perBlock: c.perBlock, chargedUs: c.chargedUs });
    }
    return calibrated;
  });
  const planFor = () => selected.map((call) => ({ call, n: txCount(options, call, capacities.get(call.name)), capacity: capacities.get(call.name) }));
  // Every call's preconditions, concurrently (shared pools grow once, under their locks).
  const prepareAll = (plan) => Promise.allSettled(plan.map(({ call, n }) => call.prepare(setup, n)));
  let calibrated;
  let plan;
  let prepared;
  if (options.smoke) {
    plan = planFor();
    [calibrated, prepared] = await Promise.all([calibration, prepareAll(plan)]);
  } else {
    calibrated = await calibration;
    plan = planFor();
    for (const { call, n, capacity } of plan) {
      log(`${call.name}: ${n} transactions (capacity ${capacity.perBlock}/block: ${capacity.chargedUs?.toFixed(1)} µs charged, `
        + `${capacity.weightUs.toFixed(1)} µs declared, ${capacity.bytes} bytes)`);
    }
    prepared = await prepareAll(plan);
  }
  const setupSeconds = (performance.now() - setupStarted) / 1000;
  log(`set-up done in ${setupSeconds.toFixed(1)} s`);

  const calls = [];
  for (const [k, { call, n, capacity }] of plan.entries()) {
    const base = {
      call: call.name,
      capacity_per_block: capacity.perBlock,
      declared_us: Number(capacity.weightUs.toFixed(1)),
      calibrated_us: capacity.chargedUs === undefined ? null : Number(capacity.chargedUs.toFixed(1)),
    };
    const failedStep = calibrated.get(call.name).error
      ? `calibration: ${calibrated.get(call.name).error}`
      : prepared[k].status === 'rejected' ? `set-up: ${prepared[k].reason.message}` : null;
    if (failedStep) {
      log(`${call.name}: ${failedStep}`);
      calls.push({ ...base, submitted: n, included: 0, error: failedStep });
      continue;
    }
    const timeoutMs = Math.max(90_000, (Math.ceil(n / Math.max(1, capacity.perBlock)) + 6) * chain.blockMs * 2);
    try {
      const result = await measureCall(chain, call, prepared[k].value, { logFile, timeoutMs });
      log(`${call.name}: ${result.included}/${result.submitted} included in ${result.blocks} blocks, ${result.sustained_tps} TPS, ${result.failure_count} failures`);
      calls.push({ ...base, ...result });
    } catch (error) {
      log(`${call.name}: measurement failed: ${error.message}`);
      calls.push({ ...base, submitted: n, included: 0, error: `measurement: ${error.message}` });
    }
  }
  const transfer = calls.find((r) => r.call === TRANSFER && r.sustained_tps);
  for (const r of calls) r.x_transfer = transfer && r.sustained_tps ? Number((r.sustained_tps / transfer.sustained_tps).toFixed(2)) : null;
  return { calls, capacities, setupSeconds };
}

/**
 * The latency phases: transfers at half the measured transfer sTPS (or `--rate`), then the RPC
 * methods idle and under a transfer load 1.5 times the measured sTPS (the declared capacity
 * when the transfer was not measured; a light load in smoke mode). Returns `{ latency, rpc }`.
 */
async function measureLatencies(chain, setup, options, { url, calls, capacities }) {
  const transfer = calls.find((r) => r.call === TRANSFER && r.sustained_tps);
  let latency = null;
  const rate = options.rate ?? (transfer ? transfer.sustained_tps / 2 : null);
  if (options.latency && rate) {
    latency = await measureTxLatency(chain, setup, { rate, seconds: options.latencySeconds });
    log(`latency: in block p50 ${latency.in_block.p50_ms} ms, finalized p50 ${latency.finalized.p50_ms} ms, ${latency.failure_count} failures`);
  } else if (options.latency) {
    log('latency: skipped (no transfer sTPS measured and no --rate)');
  }

  let rpc = null;
  if (options.rpc) {
    const capacityTps = capacities.get(TRANSFER).perBlock / (chain.blockMs / 1000);
    let loadRate = 1.5 * (transfer ? transfer.sustained_tps : capacityTps);
    // Smoke: a light load that the debug node and a short run can sign in seconds.
    if (options.smoke) loadRate = Math.min(loadRate, 600 / options.rpcSeconds);
    rpc = { idle: await measureRpcLatency(chain, setup, { url, seconds: options.rpcSeconds }) };
    rpc.loaded = await measureRpcLatency(chain, setup, { url, seconds: options.rpcSeconds, load: { rate: loadRate } });
    log('rpc latency measured (idle and under load)');
  }
  return { latency, rpc };
}

/**
 * What fails the run: a call that failed or included nothing (CI runs --smoke, so the harness
 * cannot rot), a latency run that finalized nothing, an RPC method that never answered.
 */
function brokenParts({ calls, latency, rpc }) {
  const broken = calls.filter((r) => r.error || r.failure_count > 0 || !r.included).map((r) => r.call);
  if (latency && latency.finalized.count === 0) broken.push('latency (nothing finalized)');
  if (rpc && [rpc.idle, rpc.loaded].some((run) => Object.values(run.methods).some((m) => m.count === 0))) broken.push('rpc latency (no answer)');
  return broken;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (options.node) process.env.HC_NODE_BIN = options.node;
  if (options.readme) checkReadmeMarkers();
  // Imported now: lib/node.js reads HC_NODE_BIN when it loads.
  const { startNode, NODE_BIN } = await import('../lib/node.js');
  await cryptoWaitReady();
  const command = process.env.HC_BENCH_COMMAND || `node scripts/e2e/bench/load.js ${process.argv.slice(2).join(' ')}`;
  const runStarted = performance.now();

  log(`starting ${NODE_BIN} ${nodeArgs(options.smoke, options.chain).join(' ')}`);
  const node = await startNode({ args: nodeArgs(options.smoke, options.chain), timeoutMs: 300_000 });
  let raw = [];
  let submitters = [];
  let follower = null;
  // Once only, whether the run ends, fails or is interrupted (the node's stop closes its log).
  let stopped = null;
  const cleanup = () => {
    stopped ??= (async () => {
      if (follower) follower.stop();
      await disconnectRaw([...raw, ...submitters]);
      await node.stop();
    })();
    return stopped;
  };
  const onSignal = (signal) => {
    log(`${signal}: stopping the node`);
    silence();
    cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    const { api } = node;
    const url = `ws://127.0.0.1:${node.rpcPort}`;
    log(`node up in ${((performance.now() - runStarted) / 1000).toFixed(1)} s (log: ${node.logFile})`);
    raw = await connectRaw(url, 1);
    submitters = await connectRaw(url, options.connections);
    follower = new BlockFollower(api, raw[0]);
    await follower.start();
    const blockMs = (api.consts.aura?.slotDuration ?? api.consts.timestamp.minimumPeriod.muln(2)).toNumber();
    const chain = new Chain({ api, follower, submitters, nonces: new Nonces(api), blockMs, smoke: options.smoke });
    const setup = new Setup(chain);

    const { calls, capacities, setupSeconds } = await measureCalls(chain, setup, options, node.logFile);
    const { latency, rpc } = await measureLatencies(chain, setup, options, { url, calls, capacities });

    const report = {
      env: environment({ nodeBin: NODE_BIN, specVersion: api.runtimeVersion.specVersion.toNumber(), smoke: options.smoke, command }),
      options: { ...options, out: undefined },
      node_args: nodeArgs(options.smoke, options.chain),
      node_log: node.logFile,
      setup_seconds: Number(setupSeconds.toFixed(1)),
      run_seconds: Number(((performance.now() - runStarted) / 1000).toFixed(1)),
      calls,
      latency,
      rpc,
    };
    const files = writeReport(options.out, report);
    if (options.readme) updateReadme(markdown(report));
    process.stdout.write(markdown(report));
    log(`wrote ${files.json} and ${files.md}${options.readme ? ' and the README section' : ''} (run took ${report.run_seconds} s)`);

    const broken = brokenParts(report);
    if (broken.length > 0) {
      log(`FAILED: ${broken.join(', ')}`);
      return 1;
    }
    return 0;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    await cleanup();
  }
}

main().then((code) => process.exit(code), (error) => {
  // A usage mistake is told in one line; anything else with its stack, to be debugged.
  process.stderr.write(`[bench] error: ${error instanceof UsageError ? error.message : error.stack || error.message}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
