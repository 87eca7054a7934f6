// The load harness's bounds (bench/bounds.js) on reports shaped as the network scenario's flood
// and soak report them: the flood window below is the one measured on 2026-12-02 04:22 (the flood
// alone on the four validators: 5 of 23 slots without a finalized block, two in a row, every one
// a block produced on time and orphaned, read at its author's own node).

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { broken, DEFAULT_BOUNDS } from '../bench/bounds.js';

const o = { ...DEFAULT_BOUNDS, flooded: 'dave', pids: {} };
const fates = (orphaned, late = 0, notProduced = 0) => ({ orphaned, late, not_produced: notProduced });
const NAMES = ['alice', 'bob', 'charlie', 'dave'];

function report({ missed = 5, slots = 23, inARow = 2, byAuthorFate = { dave: fates(1), bob: fates(1), charlie: fates(2), alice: fates(1) }, lost = 0, soakInARow = 0 } = {}) {
  return {
    flood: {
      submitted: 6000, accepted: 6000, included: 6000 - lost, lost,
      window_slots: {
        blocks: slots - missed, slots, missed, missed_pct: Math.round((missed / slots) * 10000) / 100, most_in_a_row: inARow,
        by_author_fate: byAuthorFate, fates_read_at: Object.fromEntries(NAMES.map((n) => [n, n])),
      },
    },
    soak: {
      sent: 714, in_finalized_blocks: 714,
      finality_lag_ms: { count: 6, p50: 12000, p99: 14038, max: 14038 },
      window_slots: { blocks: 8, slots: 8 + soakInARow, missed: soakInARow, missed_pct: soakInARow ? 20 : 0, most_in_a_row: soakInARow },
      rss: Object.fromEntries(NAMES.map((n) => [n, { peak_mib: 450, gone: false }])),
    },
  };
}

test('forks under the flood, every validator producing on time, break no bound', () => {
  assert.deepEqual(broken(report(), o), []);
  assert.deepEqual(broken(report({ missed: 7, slots: 21, inARow: 3 }), o), [], 'three in a row, a third of the slots: reported, not bounded');
});

test('a validator that does not produce on time in two of its slots breaks the flood', () => {
  const lines = broken(report({ byAuthorFate: { dave: fates(1), charlie: fates(0, 1, 1) } }), o);
  assert.deepEqual(lines, ['flood: charlie produced no block on time in 2 of its own slots (1 none, 1 late, read at charlie; bound 1)']);
  const flooded = broken(report({ byAuthorFate: { dave: fates(0, 2) } }), o);
  assert.match(flooded[0], /^flood: dave \(the flooded node\) produced no block on time in 2/);
  assert.deepEqual(broken(report({ byAuthorFate: { dave: fates(3, 1), alice: fates(0, 0, 1) } }), o), [], 'one each is within the bound');
});

test('a collapse of the slots, a lost transfer, or two in a row in the soak break their bounds', () => {
  assert.deepEqual(broken(report({ missed: 12, slots: 23 }), o), ['flood: 52.17 % of slots missed (bound 50 %)']);
  assert.deepEqual(broken(report({ lost: 1 }), o), ['flood: 1 transfers accepted by the node never reached a finalized block (bound 0)']);
  assert.deepEqual(broken(report({ soakInARow: 2 }), o), ['soak: 20 % of slots missed (bound 5 %)', 'soak: 2 slots in a row without a block (bound 1)']);
  assert.deepEqual(broken(report({ inARow: 3 }), { ...o, maxFloodMissedInARow: 2 }), ['flood: 3 slots in a row without a block (bound 2)'], 'bounded when asked');
});
