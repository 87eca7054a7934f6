// The load harness's slot accounting (bench/slots.js) against a node that has pruned the state of
// the window's first blocks, as every node has after an hour's soak (256 blocks of state by
// default): the hour's soak report of 2026-12-01 18:00–19:00 was lost there ("State already
// discarded" when it read whose a missed slot of the first minutes was). Whose a missed slot was
// is read at the block before it, or, when that state is gone, from the authorities at the
// window's last block.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { u8aToHex } from '@polkadot/util';

import { devKey } from '../bench/accounts.js';
import { connectRaw, disconnectRaw } from '../bench/chain.js';
import { missedSlots, SeenHeads } from '../bench/slots.js';
import { useDevNode, waitForHead } from '../lib/node.js';

const ctx = useDevNode([], { args: ['--dev', '--state-pruning', '4'] });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

test('missed slots whose blocks have no state left are still accounted, and their fates read at the author', async () => {
  const { api } = ctx;
  await waitForHead(api, 'best', (h) => h.number.toNumber() >= 2, 120_000);
  // The validator's own imported heads (as the load harness reads each validator's, `--heads`).
  const [own] = await connectRaw(`ws://127.0.0.1:${ctx.node.rpcPort}`, 1);
  const heads = new SeenHeads();
  await heads.startRaw(own, api.registry);
  // Slots without a block: the only validator stopped for 13 s (two slots and more).
  process.kill(ctx.node.pid, 'SIGSTOP');
  await sleep(13_000);
  process.kill(ctx.node.pid, 'SIGCONT');
  const gapAt = (await api.rpc.chain.getHeader()).number.toNumber();
  await waitForHead(api, 'finalized', (h) => h.number.toNumber() >= gapAt + 8, 180_000);
  // The state before the gap is gone: reading whose the missed slots were there fails.
  await assert.rejects(api.query.aura.authorities.at(await api.rpc.chain.getBlockHash(1)), /State already discarded|unknown Block/i);
  const to = (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();
  const raw = await connectRaw(`ws://127.0.0.1:${ctx.node.rpcPort}`, 1);
  const window = await missedSlots(api, raw[0], 1, to);
  // Whose and what became of them, read at the author's own node: it was stopped, so none of
  // those slots had a block of its, on time or late.
  const names = new Map([[u8aToHex(devKey('Alice').publicKey), 'alice']]);
  const fates = await missedSlots(api, raw[0], 1, to, { seenBy: { alice: heads }, slotMs: api.consts.aura.slotDuration.toNumber(), names });
  heads.stop();
  await disconnectRaw([...raw, own]);
  assert.deepEqual(fates.by_author_fate, { alice: { orphaned: 0, late: 0, not_produced: window.missed } });
  assert.deepEqual(fates.fates_read_at, { alice: 'alice' });
  assert.ok(heads.bySlot.size >= 8, `the validator's own heads were followed: ${heads.bySlot.size} slots`);
  assert.equal(window.blocks, to);
  assert.ok(window.missed >= 1, `the stop left slots without a block: ${JSON.stringify(window)}`);
  assert.equal(window.missed, window.slots - window.blocks);
  assert.equal(Object.values(window.by_author).reduce((a, b) => a + b, 0), window.missed, 'each missed slot has its author');
  assert.ok(window.authorities_from_last_block >= 1, 'read from the last block where the state was gone');
});
