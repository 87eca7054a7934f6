// What every phase of the harness does with the chain: open raw websocket connections, follow
// new blocks (matching the extrinsics in them by hash), sign with explicit nonces, and run setup
// transactions to inclusion, checking that each one succeeded.

import { WsProvider } from '@polkadot/api';
import { hexToU8a } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';

import { describeError } from '../lib/tx.js';

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Opens `count` websocket connections to `url` without @polkadot/api on top: they carry raw
 * JSON-RPC (`author_submitExtrinsic`, block fetches, RPC latency loops), so no metadata is
 * downloaded and no result is decoded that the harness does not need.
 */
export async function connectRaw(url, count) {
  const providers = [];
  for (let i = 0; i < count; i += 1) {
    const provider = new WsProvider(url, 1000, {}, 120_000);
    await provider.isReady;
    providers.push(provider);
  }
  return providers;
}

/** Closes connections opened by `connectRaw`. */
export async function disconnectRaw(providers) {
  await Promise.all(providers.map((p) => p.disconnect().catch(() => {})));
}

/**
 * Whether an extrinsic (hex, with its length prefix) is signed: bit 7 of its version byte.
 * Unsigned ones in a block are the inherents (timestamp), which no transaction pays for.
 */
export function isSigned(hex) {
  const bytes = hexToU8a(hex);
  const mode = bytes[0] & 0b11;
  const prefix = mode === 0 ? 1 : mode === 1 ? 2 : mode === 2 ? 4 : 1 + (bytes[0] >> 2) + 4;
  return (bytes[prefix] & 0x80) !== 0;
}

/**
 * Follows the best chain block by block (no block is skipped, even when several arrive while
 * one is being read) and tells who waits for an extrinsic hash in which block it landed. It reads
 * each block raw (`chain_getBlock`) and hashes its extrinsics (blake2-256 of the encoding), which
 * is cheap enough to run during a measurement without decoding thousands of extrinsics.
 */
export class BlockFollower {
  constructor(api, provider) {
    this.api = api;
    this.provider = provider;
    this.waiters = new Map();
    this.listeners = new Set();
    this.head = 0;
    this.next = 0;
    this.busy = false;
    this.unsubscribe = null;
    this.lastError = null;
  }

  /** Starts following at the block after the current best one. */
  async start() {
    const best = await this.api.rpc.chain.getHeader();
    this.next = best.number.toNumber() + 1;
    this.head = best.number.toNumber();
    this.unsubscribe = await this.api.rpc.chain.subscribeNewHeads((header) => {
      this.head = Math.max(this.head, header.number.toNumber());
      this.pump();
    });
  }

  stop() {
    if (this.unsubscribe) this.unsubscribe();
    this.unsubscribe = null;
    for (const waiter of this.waiters.values()) waiter.reject(new Error('the block follower stopped'));
    this.waiters.clear();
  }

  /** Reads every block up to the newest head, in order, and dispatches it. */
  async pump() {
    if (this.busy) return;
    this.busy = true;
    try {
      while (this.next <= this.head) {
        const number = this.next;
        const hash = await this.provider.send('chain_getBlockHash', [number]);
        const { block } = await this.provider.send('chain_getBlock', [hash]);
        const hashes = block.extrinsics.map((x) => blake2AsHex(hexToU8a(x), 256));
        const inherents = block.extrinsics.filter((x) => !isSigned(x)).length;
        const info = { number, hash, parentHash: block.header.parentHash, hashes, inherents, seenAt: Date.now() };
        hashes.forEach((h, index) => {
          const waiter = this.waiters.get(h);
          if (waiter) {
            this.waiters.delete(h);
            waiter.resolve({ blockHash: hash, number, index });
          }
        });
        this.lastBlockAt = performance.now();
        for (const listener of this.listeners) listener(info);
        this.next = number + 1;
      }
    } catch (error) {
      // A failed read is retried at the next head; remember it for a stall's error message.
      this.lastError = error;
    } finally {
      this.busy = false;
    }
  }

  /** Calls `listener(block)` for every block read from now on; returns the unsubscribe function. */
  onBlock(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Resolves early in a slot: at once when the newest block arrived less than `fraction` of a
   * block time ago (and every announced head has been read), else with the next block. A
   * measured submission then has most of a slot before the next block is built.
   */
  async slotStart(blockMs, fraction = 0.3) {
    const fresh = this.lastBlockAt !== undefined && performance.now() - this.lastBlockAt < fraction * blockMs;
    if (fresh && this.next > this.head) return;
    await this.nextBlock(Math.max(60_000, 5 * blockMs));
  }

  /** Resolves with the next block read (`{ number, hash, ... }`). */
  nextBlock(timeoutMs = 60_000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => { off(); reject(new Error(`no new block within ${timeoutMs} ms`)); }, timeoutMs);
      const off = this.onBlock((block) => { clearTimeout(timer); off(); resolve(block); });
    });
  }

  /**
   * Waits for the extrinsic `hash` in a block: `{ promise, cancel }`; the promise resolves with
   * `{ blockHash, number, index }`, or rejects after `timeoutMs` naming `what`. Register it before
   * submitting, so that a fast inclusion is not missed.
   */
  include(hash, timeoutMs, what) {
    let cancel;
    const promise = new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(hash);
        const hint = this.lastError ? ` (last block read failed: ${this.lastError.message})` : '';
        reject(new Error(`${what}: not included within ${Math.round(timeoutMs / 1000)} s${hint}`));
      }, timeoutMs);
      this.waiters.set(hash, {
        resolve: (v) => { clearTimeout(timer); resolve(v); },
        reject: (e) => { clearTimeout(timer); reject(e); },
      });
      cancel = () => { clearTimeout(timer); this.waiters.delete(hash); };
    });
    promise.catch(() => {}); // a cancelled or abandoned wait must not become an unhandled rejection
    return { promise, cancel };
  }
}

/**
 * The shared state of a run: the API, the submission connections, the block follower, the
 * nonce book, the block time and the mode. Set-up helpers and measurements take it first.
 */
export class Chain {
  constructor({ api, follower, submitters, nonces, blockMs, smoke }) {
    Object.assign(this, { api, follower, submitters, nonces, blockMs, smoke });
    this.eventsCache = new Map();
  }

  /** The events of the block `blockHash` (decoded once, cached for setup blocks). */
  events(blockHash) {
    let events = this.eventsCache.get(blockHash);
    if (!events) {
      events = this.api.query.system.events.at(blockHash);
      this.eventsCache.set(blockHash, events);
    }
    return events;
  }

  /** The connection a signer's transactions go over: always the same one per signer. */
  submitterFor(address) {
    let h = 0;
    for (let i = 0; i < address.length; i += 1) h = (h * 31 + address.charCodeAt(i)) >>> 0;
    return this.submitters[h % this.submitters.length];
  }

  /**
   * Signs `call` as `pair` with its next local nonce, immortal (era 0: no block hash to fetch,
   * and it stays valid however long the queue before it is).
   */
  async sign(pair, call) {
    const nonce = await this.nonces.next(pair.address);
    return call.signAsync(pair, { nonce, era: 0 });
  }

  /**
   * Runs one setup transaction to inclusion and checks it: signs `call` as `pair`, submits it,
   * waits for its block and fails with `what` and the decoded error if it failed (an atomic
   * `utility.batchAll` fails as a whole with its first inner error). Returns
   * `{ blockHash, number, index, events }` (the extrinsic's own events).
   */
  async execute(pair, call, what, timeoutMs = this.setupTimeout()) {
    const tx = await this.sign(pair, call);
    const hash = tx.hash.toHex();
    const wait = this.follower.include(hash, timeoutMs, what);
    try {
      await this.submitterFor(pair.address).send('author_submitExtrinsic', [tx.toHex()]);
    } catch (error) {
      wait.cancel();
      throw new Error(`${what}: the node refused the transaction: ${error.message}`);
    }
    const at = await wait.promise;
    const all = await this.events(at.blockHash);
    const events = all.filter(({ phase }) => phase.isApplyExtrinsic && phase.asApplyExtrinsic.toNumber() === at.index);
    const failed = events.find(({ event }) => this.api.events.system.ExtrinsicFailed.is(event));
    if (failed) {
      throw new Error(`${what}: failed in block #${at.number}: ${describeError(this.api, failed.event.data[0])}`);
    }
    return { ...at, events };
  }

  /**
   * Runs `calls` of one signer as atomic batches (`utility.batchAll`) sized to stay well inside
   * one block's normal weight, all submitted at once with consecutive nonces; checks each.
   * Returns each batch's `execute` result in order (`{ blockHash, number, index, events }`, the
   * events of its inner calls in call order).
   */
  async executeBatches(pair, calls, what) {
    if (calls.length === 0) return [];
    const size = await this.batchSize(calls[0]);
    const batches = [];
    for (let i = 0; i < calls.length; i += size) batches.push(calls.slice(i, i + size));
    return Promise.all(batches.map((batch, k) =>
      this.execute(pair, this.api.tx.utility.batchAll(batch), `${what} (batch ${k + 1}/${batches.length} of ${batch.length})`)));
  }

  /**
   * How many calls like `call` fit in one batch: a third of the normal class's per-extrinsic
   * weight limit, at most 500 (from the call's declared weight, `queryCallInfo`).
   */
  async batchSize(call) {
    const key = `${call.method.section}.${call.method.method}`;
    this.batchSizes ??= new Map();
    if (!this.batchSizes.has(key)) {
      const info = await this.api.call.transactionPaymentCallApi.queryCallInfo(call, call.method.encodedLength);
      const perClass = this.api.consts.system.blockWeights.perClass.normal;
      const limit = (perClass.maxExtrinsic.isSome ? perClass.maxExtrinsic.unwrap() : perClass.maxTotal.unwrap()).refTime.toBigInt();
      const weight = info.weight.refTime.toBigInt() || 1n;
      this.batchSizes.set(key, Math.max(1, Math.min(500, Number(limit / 3n / weight))));
    }
    return this.batchSizes.get(key);
  }

  /** How long a setup transaction may take to be included: generous on a busy debug node. */
  setupTimeout() {
    return Math.max(120_000, 20 * this.blockMs);
  }
}

/** The events of `section.method` among `events` (a list of EventRecords), in order. */
export function eventsNamed(events, section, method) {
  return events.filter(({ event }) => event.section === section && event.method === method).map(({ event }) => event);
}
