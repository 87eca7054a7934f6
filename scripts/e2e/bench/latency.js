// Latency measurements: transfers submitted at a steady moderate rate and watched until
// finalized (submit → in a block, submit → finalized), and the healthchain_* RPC methods called
// in loops by 8 concurrent clients, on an idle node and under a saturating transfer load.

import { connectRaw, disconnectRaw, sleep } from './chain.js';
import { log, percentile, signAll, trackInclusion } from './measure.js';

const UNIT = 10n ** 12n;
const HOSPITAL = 0;

const stats = (values) => ({ count: values.length, p50_ms: round(percentile(values, 50)), p99_ms: round(percentile(values, 99)) });
const round = (x) => (x === null ? null : Number(x.toFixed(1)));

/**
 * `n` pre-signed transfers between the benchmark senders (created and funded if missing), with
 * at least `minSenders` senders so that no sender's chain of nonces gets long.
 */
async function presignTransfers(chain, setup, n, minSenders, label) {
  const senders = await setup.accounts('sender', Math.max(10, Math.min(2000, minSenders)));
  const items = Array.from({ length: n }, (_, i) => ({
    pair: senders[i % senders.length],
    call: chain.api.tx.balances.transferKeepAlive(senders[(i + 1) % senders.length].address, UNIT / 1000n),
  }));
  const { signed, seconds } = await signAll(chain, items, label);
  log(`${label}: signed ${n} transfers in ${seconds.toFixed(1)} s`);
  return { signed, signSeconds: seconds };
}

/**
 * Calls `send(item, i)` for each of `items` at `rate` per second from now on (a schedule, not a
 * fixed sleep: a late send does not shift the following ones).
 */
async function paced(items, rate, send) {
  const start = performance.now();
  for (let i = 0; i < items.length; i += 1) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    send(items[i], i);
  }
}

/**
 * Transfers at `rate` per second for `seconds`, each submitted with a status subscription
 * (`author_submitAndWatchExtrinsic`, what `signAndSend` uses) and timed from the submission to
 * its first `inBlock` and to `finalized`. Transactions are pre-signed, so signing is not in the
 * latency. Returns `{ rate, seconds, submitted, in_block, finalized, failures }`.
 */
export async function measureTxLatency(chain, setup, { rate, seconds }) {
  const n = Math.max(1, Math.round(rate * seconds));
  const { signed } = await presignTransfers(chain, setup, n, Math.ceil(rate * 2), 'latency');
  const inBlock = [];
  const finalized = [];
  const failures = {};
  const fail = (why) => { failures[why] = (failures[why] ?? 0) + 1; };
  let open = n;
  let allDone;
  const finishedAll = new Promise((resolve) => { allDone = resolve; });
  const done = () => { open -= 1; if (open === 0) allDone(); };

  await chain.follower.nextBlock(Math.max(60_000, 5 * chain.blockMs));
  log(`latency: ${n} transfers at ${rate.toFixed(1)}/s for ${seconds} s`);
  await paced(signed, rate, (item) => {
    const provider = chain.submitterFor(item.address);
    const submittedAt = performance.now();
    let seenInBlock = false;
    let finished = false;
    let subscription = null;
    const finish = () => {
      if (finished) return;
      finished = true;
      if (subscription !== null) provider.unsubscribe('author_extrinsicUpdate', 'author_unwatchExtrinsic', subscription).catch(() => {});
      done();
    };
    provider.subscribe('author_extrinsicUpdate', 'author_submitAndWatchExtrinsic', [item.hex], (error, status) => {
      if (finished) return;
      if (error) { fail(`subscription error: ${error.message}`); finish(); return; }
      if (typeof status === 'string') {
        if (status === 'dropped' || status === 'invalid') { fail(status); finish(); }
        return;
      }
      if (status.inBlock && !seenInBlock) { seenInBlock = true; inBlock.push(performance.now() - submittedAt); }
      if (status.finalized) {
        if (!seenInBlock) { seenInBlock = true; inBlock.push(performance.now() - submittedAt); }
        finalized.push(performance.now() - submittedAt);
        finish();
      } else if (status.usurped || status.finalityTimeout || status.invalid || status.dropped) {
        fail(Object.keys(status)[0]);
        finish();
      }
    }).then((id) => {
      subscription = id;
      if (finished) provider.unsubscribe('author_extrinsicUpdate', 'author_unwatchExtrinsic', id).catch(() => {});
    }, (error) => { fail(`refused: ${error.message}`); finish(); });
  });
  const waitMs = Math.max(120_000, 20 * chain.blockMs);
  const timedOut = await Promise.race([finishedAll.then(() => false), sleep(waitMs).then(() => true)]);
  if (timedOut) failures[`not finalized within ${waitMs / 1000} s after the last submission`] = open;
  return {
    rate: round(rate),
    seconds,
    submitted: n,
    in_block: stats(inBlock),
    finalized: stats(finalized),
    failures,
    failure_count: Object.values(failures).reduce((a, b) => a + b, 0),
  };
}

/**
 * The RPC methods the latency runs call, with valid demo arguments: Ferdie's consent evaluation
 * for the hospital (a Permit by his genesis consent) and the first page of his access log.
 */
function rpcCalls(setup) {
  const ferdie = setup.dev.Ferdie.address;
  return [
    ['healthchain_evaluateConsent', [ferdie, HOSPITAL, 'Treatment', 'LabResults', 'Read']],
    ['healthchain_accessLog', [ferdie, null, 100]],
  ];
}

/**
 * `clients` websocket clients, each calling the RPC methods of `rpcCalls` in turn for `seconds`;
 * with `load` (`{ rate }`), pre-signed transfers are submitted at that rate in the background
 * the whole time (a rate above the chain's capacity: the pool never runs dry). Returns per
 * method `{ count, p50_ms, p99_ms, errors }`, and for a loaded run what the chain included.
 */
export async function measureRpcLatency(chain, setup, { url, clients = 8, seconds, load = null }) {
  const methods = rpcCalls(setup);
  const samples = Object.fromEntries(methods.map(([m]) => [m, []]));
  const errors = Object.fromEntries(methods.map(([m]) => [m, 0]));
  let background = null;
  if (load) {
    const n = Math.max(1, Math.round(load.rate * seconds));
    const { signed } = await presignTransfers(chain, setup, n, Math.ceil(load.rate), 'rpc load');
    background = { signed, rate: load.rate, refused: 0 };
  }
  const providers = await connectRaw(url, clients);
  try {
    await chain.follower.nextBlock(Math.max(60_000, 5 * chain.blockMs));
    const started = performance.now();
    const deadline = started + seconds * 1000;
    let tracker = null;
    let pacing = Promise.resolve();
    if (background) {
      tracker = trackInclusion(chain, background.signed.map((s) => s.hash));
      pacing = paced(background.signed, background.rate, (item) => {
        chain.submitterFor(item.address).send('author_submitExtrinsic', [item.hex]).catch(() => { background.refused += 1; });
      });
    }
    await Promise.all(providers.map(async (provider) => {
      while (performance.now() < deadline) {
        for (const [method, params] of methods) {
          const t = performance.now();
          try {
            await provider.send(method, params);
            samples[method].push(performance.now() - t);
          } catch {
            errors[method] += 1;
          }
        }
      }
    }));
    const elapsed = (performance.now() - started) / 1000;
    await pacing;
    const result = {
      clients,
      seconds,
      methods: Object.fromEntries(methods.map(([m]) => [m, { ...stats(samples[m]), errors: errors[m] }])),
    };
    if (background) {
      const included = tracker.blocks.reduce((s, b) => s + b.measured.length, 0);
      result.load = {
        submit_rate: round(background.rate),
        submitted: background.signed.length,
        refused: background.refused,
        included_during_run: included,
        included_tps: round(included / elapsed),
      };
      tracker.done(1).catch(() => {});
    }
    return result;
  } finally {
    await disconnectRaw(providers);
  }
}
