// The sTPS measurement of one call and its statistics: pre-sign every measured transaction,
// submit them all at once over several connections without waiting for their status, follow the
// blocks until every accepted one is included (or the chain stops including them), then read
// what those blocks say: timestamps, normal-class weight, failures, and the node's own authoring
// time from its log.

import fs from 'node:fs';

import { describeError } from '../lib/tx.js';

/** Nearest-rank percentile `p` (0–100) of `values` (unsorted), or null for none. */
export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

export const round = (x, digits = 1) => (x === null || x === undefined || Number.isNaN(x) ? null : Number(x.toFixed(digits)));

/**
 * Signs `items` (`{ pair, call }`) with consecutive nonces per signer, fetched from the node
 * first (so that the result is right whatever ran before). Returns `{ signed, seconds }`:
 * `signed[i] = { hex, hash, address, nonce }`. Done before the measured window opens:
 * sr25519 signing in JS costs around a millisecond a transaction.
 */
export async function signAll(chain, items, label) {
  const started = performance.now();
  chain.nonces.reset();
  await chain.nonces.prefetch(items.map((t) => t.pair.address));
  const signed = [];
  let lastReport = started;
  for (const [i, { pair, call }] of items.entries()) {
    const nonce = await chain.nonces.next(pair.address);
    const tx = await call.signAsync(pair, { nonce, era: 0 });
    signed.push({ hex: tx.toHex(), hash: tx.hash.toHex(), address: pair.address, nonce });
    if (performance.now() - lastReport > 10_000) {
      lastReport = performance.now();
      log(`${label}: signed ${i + 1}/${items.length}`);
    }
  }
  return { signed, seconds: (performance.now() - started) / 1000 };
}

/**
 * Submits pre-signed transactions with `author_submitExtrinsic` (no status subscription),
 * each signer's over the same connection, nonce rounds first (every signer's first transaction,
 * then every second one…) so that few arrive before their predecessor; `window` requests in
 * flight per connection. Returns `{ accepted, rejected: [{ hash, error }], seconds }`.
 */
export async function submitAll(chain, signed, window = 128) {
  const started = performance.now();
  const queues = new Map();
  const ordered = [...signed].sort((a, b) => a.nonce - b.nonce);
  for (const item of ordered) {
    const provider = chain.submitterFor(item.address);
    if (!queues.has(provider)) queues.set(provider, []);
    queues.get(provider).push(item);
  }
  const accepted = new Set();
  const rejected = [];
  await Promise.all([...queues.entries()].map(async ([provider, queue]) => {
    let next = 0;
    const worker = async () => {
      while (next < queue.length) {
        const item = queue[next];
        next += 1;
        try {
          await provider.send('author_submitExtrinsic', [item.hex]);
          accepted.add(item.hash);
        } catch (error) {
          rejected.push({ hash: item.hash, error: error.message });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(window, queue.length) }, worker));
  }));
  return { accepted, rejected, seconds: (performance.now() - started) / 1000 };
}

/**
 * Records, from the block follower, which blocks include which of `hashes` (the extrinsic
 * indices per block, and every block seen). After `expect(accepted)` (the submission ended),
 * `done(timeoutMs)` resolves when every accepted hash is included (`'done'`), when
 * `stallBlocks` blocks in a row included none of them (`'done'`, the rest counted missing), or at
 * the timeout (`'timeout'`).
 */
export function trackInclusion(chain, hashes) {
  const pending = new Set(hashes);
  const blocks = [];
  const seen = [];
  let expected = pending;
  let submitted = false;
  let idle = 0;
  let finish = null;
  const check = () => {
    const missing = [...expected].filter((h) => pending.has(h)).length;
    if (finish && (missing === 0 || (submitted && idle >= tracker.stallBlocks))) finish();
  };
  const off = chain.follower.onBlock((block) => {
    const measured = [];
    block.hashes.forEach((h, index) => {
      if (pending.has(h)) {
        pending.delete(h);
        measured.push(index);
      }
    });
    seen.push({ number: block.number, hash: block.hash, measured: measured.length });
    if (measured.length > 0) {
      blocks.push({ number: block.number, hash: block.hash, parentHash: block.parentHash, inherents: block.inherents, extrinsics: block.hashes.length, measured });
      idle = 0;
    } else if (submitted) idle += 1;
    check();
  });
  const tracker = {
    blocks,
    seen,
    pending,
    stallBlocks: 4,
    /** Only these hashes (the accepted ones) are waited for. */
    expect(accepted) { expected = accepted; submitted = true; check(); },
    done(timeoutMs) {
      return new Promise((resolve) => {
        const timer = setTimeout(() => { finish = null; off(); resolve('timeout'); }, timeoutMs);
        finish = () => { finish = null; clearTimeout(timer); off(); resolve('done'); };
        check();
      });
    },
  };
  return tracker;
}

/**
 * The node's authoring records of the blocks `numbers` (see `parseAuthoringLog`). The node's log
 * reaches the file a little after the block is announced: it is read again until every block's
 * line is there, or for five seconds at most (a block without one gets no executed time).
 */
export async function readAuthoringLog(logFile, numbers) {
  let blocks = parseAuthoringLog(logFile);
  for (let attempt = 0; attempt < 10 && numbers.some((n) => !blocks.has(n)); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    blocks = parseAuthoringLog(logFile);
  }
  return blocks;
}

/**
 * The node's authoring record of each block, from its log: `Prepared block for proposing at N
 * (T ms) … end: REASON; extrinsics_count: C` → `Map(N → { ms, end, count })`. `end` tells whether
 * the proposer stopped at a limit (`HitBlockWeightLimit`, `HitBlockSizeLimit`, `HitDeadline`) or
 * because the pool had nothing more (`NoMoreTransactions`).
 */
export function parseAuthoringLog(logFile) {
  const text = fs.readFileSync(logFile, 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
  const pattern = /Prepared block for proposing at (\d+) \((\d+) ms\).*?end: (\w+); extrinsics_count: (\d+)/g;
  const blocks = new Map();
  for (const m of text.matchAll(pattern)) {
    blocks.set(Number(m[1]), { ms: Number(m[2]), end: m[3], count: Number(m[4]) });
  }
  return blocks;
}

const FULL_ENDS = new Set(['HitBlockWeightLimit', 'HitBlockSizeLimit', 'HitDeadline']);

/**
 * Runs the sTPS measurement of one call: `items` are its prepared transactions. Returns its
 * result: `submitted`, `accepted`, `included`, `failures` (`[{ kind, error, count }]`: refused at
 * submission, not included, ExtrinsicFailed with the decoded error, succeeded without the call's
 * event), `sustained_tps` (included / (timestamp of the last block − timestamp of the block
 * before the first)), `peak_per_block`, `blocks`, `normal_weight_pct` (mean over the full blocks,
 * else over all, `saturated` says which), `charged_us_per_tx` (normal refTime of the blocks per
 * included transaction), `executed_us_per_tx` (authoring time per signed extrinsic, from the node
 * log), the signing and submission times, `gap_blocks` and `per_block`.
 */
export async function measureCall(chain, call, items, { logFile, timeoutMs }) {
  const { api } = chain;
  const { signed, seconds: signSeconds } = await signAll(chain, items, call.name);
  log(`${call.name}: signed ${signed.length} transactions in ${signSeconds.toFixed(1)} s`);

  // Start early in a slot, so that the submission has most of it before the next block.
  await chain.follower.slotStart(chain.blockMs);
  const startBlock = chain.follower.head;
  const tracker = trackInclusion(chain, signed.map((s) => s.hash));
  const submission = await submitAll(chain, signed);
  tracker.expect(submission.accepted);
  log(`${call.name}: submitted ${submission.accepted.size} (${submission.rejected.length} refused) in ${submission.seconds.toFixed(1)} s; following blocks`);
  const outcome = await tracker.done(timeoutMs);

  const blocks = tracker.blocks;
  const included = blocks.reduce((n, b) => n + b.measured.length, 0);
  const failures = [];
  const addFailure = (kind, error, count = 1) => {
    const found = failures.find((f) => f.kind === kind && f.error === error);
    if (found) found.count += count;
    else failures.push({ kind, error, count });
  };
  for (const r of submission.rejected) addFailure('refused at submission', r.error);
  const missing = [...submission.accepted].filter((h) => tracker.pending.has(h)).length;
  if (missing > 0) addFailure('not included (dropped from the pool or timed out)', outcome === 'timeout' ? `waited ${Math.round(timeoutMs / 1000)} s` : `no inclusion for ${tracker.stallBlocks} blocks`, missing);

  // Read the blocks: timestamps, weights, events. After the window, so the client's decoding
  // does not compete with the node while it is being measured.
  const maxNormal = api.consts.system.blockWeights.perClass.normal.maxTotal.unwrap().refTime.toBigInt();
  const authoring = await readAuthoringLog(logFile, blocks.map((b) => b.number));
  const perBlock = [];
  for (const block of blocks) {
    const [now, weight, events] = await Promise.all([
      api.query.timestamp.now.at(block.hash),
      api.query.system.blockWeight.at(block.hash),
      api.query.system.events.at(block.hash),
    ]);
    const measured = new Set(block.measured);
    let succeeded = 0;
    const withEvent = new Set();
    for (const { phase, event } of events) {
      if (!phase.isApplyExtrinsic) continue;
      const index = phase.asApplyExtrinsic.toNumber();
      if (!measured.has(index)) continue;
      if (api.events.system.ExtrinsicFailed.is(event)) addFailure('ExtrinsicFailed', describeError(api, event.data[0]));
      else if (api.events.system.ExtrinsicSuccess.is(event)) succeeded += 1;
      else if (event.section === call.event[0] && event.method === call.event[1]) withEvent.add(index);
    }
    const lacking = [...measured].filter((i) => !withEvent.has(i)).length;
    const okWithoutEvent = lacking - (measured.size - succeeded);
    if (okWithoutEvent > 0) addFailure('succeeded without its event', `${call.event.join('.')} missing`, okWithoutEvent);
    const log_ = authoring.get(block.number) ?? null;
    perBlock.push({
      number: block.number,
      hash: block.hash,
      timestamp: now.toNumber(),
      measured: measured.size,
      extrinsics: block.extrinsics,
      signed: log_ ? log_.count - block.inherents : null,
      normalRefTime: weight.normal.refTime.toBigInt(),
      authoringMs: log_?.ms ?? null,
      end: log_?.end ?? null,
    });
  }

  const result = {
    call: call.name,
    submitted: signed.length,
    accepted: submission.accepted.size,
    included,
    sign_seconds: round(signSeconds, 2),
    submit_seconds: round(submission.seconds, 2),
    outcome,
    failures,
    failure_count: failures.reduce((n, f) => n + f.count, 0),
    blocks: perBlock.length,
    sustained_tps: null,
    peak_per_block: null,
    normal_weight_pct: null,
    full_blocks: 0,
    saturated: false,
    charged_us_per_tx: null,
    executed_us_per_tx: null,
    per_block: perBlock.map((b) => ({ ...b, normalRefTime: b.normalRefTime.toString() })),
  };
  if (perBlock.length === 0) return result;

  const first = perBlock[0];
  const last = perBlock[perBlock.length - 1];
  const before = (await api.query.timestamp.now.at(blocks[0].parentHash)).toNumber();
  result.window_ms = last.timestamp - before;
  result.sustained_tps = round(included / ((last.timestamp - before) / 1000), 1);
  result.peak_per_block = Math.max(...perBlock.map((b) => b.measured));
  result.start_block = startBlock;
  result.first_block = first.number;
  result.last_block = last.number;
  // Blocks built after the submission began that included none of it (a session rotation, or a
  // submission the pool had not validated in time): not in the sustained rate's window.
  result.blocks_before_first = first.number - startBlock - 1;

  // "Full" blocks: the proposer stopped at a limit, not for want of transactions. Without any
  // (the pool never held more than a block: a submission-bound run), every block counts and the
  // result says it was not saturated.
  const full = perBlock.filter((b) => FULL_ENDS.has(b.end));
  result.full_blocks = full.length;
  result.saturated = full.length > 0;
  const weighed = full.length > 0 ? full : perBlock;
  result.normal_weight_pct = round(weighed.reduce((s, b) => s + Number(b.normalRefTime) / Number(maxNormal), 0) / weighed.length * 100, 1);
  const chargedPs = perBlock.reduce((s, b) => s + b.normalRefTime, 0n);
  result.charged_us_per_tx = round(Number(chargedPs) / 1e6 / included, 1);
  const timed = perBlock.filter((b) => b.authoringMs !== null && b.signed > 0);
  if (timed.length === perBlock.length) {
    const ms = timed.reduce((s, b) => s + b.authoringMs, 0);
    const txs = timed.reduce((s, b) => s + b.signed, 0);
    result.executed_us_per_tx = round((ms * 1000) / txs, 1);
  }
  // Blocks inside the window that carry none of the measured transactions: on spec 106 a
  // session rotation every 10 blocks, whose on_initialize takes the whole block's weight
  // (pallet-session), so no transaction fits; they count in the sustained rate's time.
  const maxBlock = api.consts.system.blockWeights.maxBlock.refTime.toBigInt();
  result.gap_blocks = [];
  for (const b of tracker.seen.filter((x) => x.measured === 0 && x.number > first.number && x.number < last.number)) {
    const weight = await api.query.system.blockWeight.at(b.hash);
    const mandatoryPct = Number((weight.mandatory.refTime.toBigInt() * 1000n) / maxBlock) / 10;
    result.gap_blocks.push({ number: b.number, mandatory_weight_pct: mandatoryPct });
  }
  result.end_reasons = Object.fromEntries([...new Set(perBlock.map((b) => b.end))].map((e) => [e, perBlock.filter((b) => b.end === e).length]));
  return result;
}

let silenced = false;

/** Progress on standard error (standard output stays for the final summary). */
export function log(message) {
  if (!silenced) process.stderr.write(`[bench] ${message}\n`);
}

/** Stops progress messages: after an interruption, the unwinding phases have nothing to say. */
export function silence() {
  silenced = true;
}
