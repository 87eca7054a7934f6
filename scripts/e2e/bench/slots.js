// Slots and who missed them, read from a node: the Aura slot of each block, the slots a window of
// the finalized chain left without a block and whose they were, and (with every head a node
// imported, forks included) what became of each: orphaned, late or never produced.

import { u8aToBigInt } from '@polkadot/util';

import { round } from './measure.js';

/** Whether an RPC error says the block's state is gone (pruned). */
const pruned = (error) => /State already discarded|unknown Block/i.test(String(error?.message ?? error));

/** The Aura authorities (hex) at block `hash`, or `fallback` when its state was pruned. */
export async function authoritiesAt(api, hash, fallback) {
  try {
    return (await api.query.aura.authorities.at(hash)).map((a) => a.toHex());
  } catch (error) {
    if (pruned(error)) return fallback;
    throw error;
  }
}

/** The Aura slot of a header (its pre-runtime digest), as a Number. */
export function auraSlot(header) {
  for (const item of header.digest.logs) {
    if (item.isPreRuntime) {
      const [engine, data] = item.asPreRuntime;
      if (engine.toString() === 'aura') return Number(u8aToBigInt(data.toU8a(true), { isLe: true }));
    }
  }
  throw new Error(`block #${header.number} has no Aura pre-runtime digest`);
}

/**
 * Every block header a node imports while the flood runs, forks included, by Aura slot, with
 * when the node saw it: so that a slot without a block on the finalized chain can be told apart as
 * produced on time but orphaned by the fork choice, produced late, or not produced at all. Read
 * at the slot's author's own node (which imports its block as it seals it), this says whether
 * the author produced on time; read at another node, it also counts that node's import delay.
 */
export class SeenHeads {
  constructor() {
    this.bySlot = new Map();
    this.unsubscribe = null;
  }

  record(header) {
    const slot = auraSlot(header);
    const seen = this.bySlot.get(slot) ?? [];
    seen.push({ number: header.number.toNumber(), at: Date.now() });
    this.bySlot.set(slot, seen);
  }

  /** Follows `api`'s node. */
  async start(api) {
    this.unsubscribe = await api.rpc.chain.subscribeAllHeads((header) => this.record(header));
  }

  /**
   * Follows another node through `provider` (a plain JSON-RPC WsProvider), its headers decoded
   * with `registry` (any node's of the same chain).
   */
  async startRaw(provider, registry) {
    const id = await provider.subscribe('chain_allHead', 'chain_subscribeAllHeads', [], (error, header) => {
      if (!error) this.record(registry.createType('Header', header));
    });
    this.unsubscribe = () => provider.unsubscribe('chain_allHead', 'chain_unsubscribeAllHeads', id).catch(() => {});
  }

  stop() {
    if (this.unsubscribe) this.unsubscribe();
  }

  /** What became of slot `slot` (of `slotMs` ms) that has no finalized block. */
  fate(slot, slotMs) {
    const seen = this.bySlot.get(slot);
    if (!seen) return 'not_produced';
    const first = Math.min(...seen.map((h) => h.at));
    return first <= (slot + 1) * slotMs ? 'orphaned' : 'late';
  }
}

/**
 * The slots between blocks `from` and `to` (inclusive, on the chain finalized by now; headers read
 * through `raw`, a plain JSON-RPC provider) that have no
 * block, and whose (the Aura authority of the slot, by its session key): `{ blocks, slots,
 * missed, missed_pct, most_in_a_row, by_author }` (by node name for the dev keys). With `seen`
 * (the node's imported heads, forks included) each author's missed slots are also split by fate
 * (`by_author_fate`): `orphaned` (a block the node saw within its slot, which the fork choice
 * dropped), `late` (seen after its slot ended) or `not_produced`; `missed_slots` lists each
 * missed slot with its author (and fate). `seenBy` (author name →
 * SeenHeads of that author's own node) reads an author's fates at its own node instead;
 * `fates_read_at` says where each author's were read.
 */
export async function missedSlots(api, raw, from, to, { seen = null, seenBy = {}, seenAt = 'ws', slotMs = 0, names = new Map() } = {}) {
  const slots = [];
  for (let n = from; n <= to; n += 1) {
    // Read raw: @polkadot/api decodes a historic header with that block's runtime, which needs
    // its state, gone for the first blocks of a long window.
    const hash = await raw.send('chain_getBlockHash', [n]);
    const header = api.registry.createType('Header', await raw.send('chain_getHeader', [hash]));
    slots.push({ n, hash, slot: auraSlot(header) });
  }
  // The authorities are read at the block before each gap; a long window's first blocks may have
  // no state left (pruned: 256 blocks by default), and then the set at its last block stands
  // for them (`authorities_from_last_block` counts them).
  const latest = await authoritiesAt(api, slots[slots.length - 1].hash, null);
  if (latest === null) throw new Error(`no state at block #${to}: cannot tell whose the missed slots were`);
  let fromLatest = 0;
  const byAuthor = {};
  const byAuthorFate = {};
  const fatesReadAt = {};
  const missedList = [];
  let missed = 0;
  let inARow = 0;
  for (let k = 1; k < slots.length; k += 1) {
    const gap = slots[k].slot - slots[k - 1].slot - 1;
    if (gap <= 0) continue;
    missed += gap;
    inARow = Math.max(inARow, gap);
    let authorities = await authoritiesAt(api, slots[k - 1].hash, null);
    if (authorities === null) {
      authorities = latest;
      fromLatest += 1;
    }
    for (let s = slots[k - 1].slot + 1; s < slots[k].slot; s += 1) {
      const who = authorities[s % authorities.length];
      const name = names.get(who) ?? who;
      byAuthor[name] = (byAuthor[name] ?? 0) + 1;
      const heads = seenBy[name] ?? seen;
      const entry = { slot: s, author: name };
      if (heads) {
        const fates = byAuthorFate[name] ?? { orphaned: 0, late: 0, not_produced: 0 };
        entry.fate = heads.fate(s, slotMs);
        fates[entry.fate] += 1;
        byAuthorFate[name] = fates;
        fatesReadAt[name] = seenBy[name] ? name : seenAt;
      }
      missedList.push(entry);
    }
  }
  const total = slots.length ? slots[slots.length - 1].slot - slots[0].slot + 1 : 0;
  return {
    from, to, blocks: slots.length, slots: total, missed, missed_pct: total ? round((missed / total) * 100, 2) : 0,
    most_in_a_row: inARow, by_author: byAuthor, missed_slots: missedList,
    ...(seen || Object.keys(seenBy).length ? { by_author_fate: byAuthorFate, fates_read_at: fatesReadAt } : {}),
    authorities_from_last_block: fromLatest,
  };
}

