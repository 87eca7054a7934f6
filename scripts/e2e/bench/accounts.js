// The harness's accounts: the dev accounts of the `--dev` chain (Alice … Ferdie, endowed, holding
// the demo organizations' roles) and deterministic benchmark accounts per role, plus the local
// nonce book that lets thousands of transactions be signed without asking the node each time.

import { Keyring } from '@polkadot/keyring';
import { blake2AsU8a } from '@polkadot/util-crypto';

let keyring = null;

function ring() {
  // Created lazily: the caller has awaited cryptoWaitReady() by then.
  keyring ??= new Keyring({ type: 'sr25519', ss58Format: 42 });
  return keyring;
}

/** The sr25519 key of a dev account (`'Alice'` → `//Alice`). */
export function devKey(name) {
  return ring().addFromUri(`//${name}`);
}

/**
 * Benchmark account `i` of `role` (e.g. `'clinician'`, 3): an sr25519 key from a fixed seed, so
 * a run is reproducible. A seed, not a derivation path: deriving thousands of `//a//b` keys is
 * markedly slower in JS and buys nothing here.
 */
export function benchKey(role, i) {
  return ring().addFromSeed(blake2AsU8a(`healthchain-bench/${role}/${i}`, 256));
}

/**
 * The next nonce of each signer, kept locally. The first use of an account asks the node
 * (`system_accountNextIndex`, which counts the pool too); every later one is handed out at once, so
 * concurrent setup steps of one signer (Alice funds, registers and adds members at the same time)
 * get consecutive nonces in the order they ask.
 */
export class Nonces {
  constructor(api) {
    this.api = api;
    this.next_ = new Map();
  }

  /** The nonce for `address`'s next transaction (reserved: the following call gets the next one). */
  next(address) {
    let current = this.next_.get(address);
    if (!current) current = this.api.rpc.system.accountNextIndex(address).then((n) => n.toNumber());
    this.next_.set(address, current.then((n) => n + 1));
    return current;
  }

  /**
   * Forgets what was handed out, so that the next use asks the node again: after a measured run,
   * in which some transactions may have been refused or dropped and their nonces never used.
   */
  reset() {
    this.next_.clear();
  }

  /** Asks the node for the nonces of `addresses` now, `concurrency` requests at a time. */
  async prefetch(addresses, concurrency = 256) {
    const todo = [...new Set(addresses)].filter((a) => !this.next_.has(a));
    for (let i = 0; i < todo.length; i += concurrency) {
      const chunk = todo.slice(i, i + concurrency);
      const values = await Promise.all(chunk.map((a) => this.api.rpc.system.accountNextIndex(a)));
      chunk.forEach((a, k) => this.next_.set(a, Promise.resolve(values[k].toNumber())));
    }
  }
}
