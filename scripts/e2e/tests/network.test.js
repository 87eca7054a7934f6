// Who can reach the chain: the node serves only the safe RPC methods on localhost unless its
// operator chooses otherwise, and the consortium's node set (pallet-consortium-nodes) is kept on
// chain by governance and applied by the node. The zombienet test (scripts/zombienet.sh) shows
// an unauthorized node kept out of a 4-validator network; this file shows the same parts from
// a dApp's side, with @polkadot/api against real nodes.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import { after, before, describe, test } from 'node:test';

import { base58Decode } from '@polkadot/util-crypto';
import { u8aToHex } from '@polkadot/util';

import { describeError, startNode, submitInBlock, useDevNode, waitForHead } from '../lib/node.js';

/** The error a node's RPC returns for `method`, or null when it answers. */
async function rpcError(call) {
  try {
    await call();
    return null;
  } catch (e) {
    return e.message;
  }
}

/** Whether a TCP connection to `host:port` is accepted. */
function accepts(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 2000 });
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => { socket.destroy(); resolve(false); });
  });
}

/** The sudo call's own result from a `sudo.Sudid` event: null when it succeeded. */
function sudoError(api, { events }) {
  const sudid = events.find(({ event }) => api.events.sudo.Sudid.is(event));
  assert.ok(sudid, 'a sudo.Sudid event');
  const result = sudid.event.data.sudoResult;
  return result.isErr ? describeError(api, result.asErr) : null;
}

describe('RPC exposure: safe methods on localhost by default', () => {
  const ctx = useDevNode(['Alice']);

  test('unsafe methods are refused without --rpc-methods unsafe; safe ones are served', async () => {
    const { api } = ctx;
    for (const [name, call] of [
      ['author_rotateKeys', () => api.rpc.author.rotateKeys()],
      ['system_peers', () => api.rpc.system.peers()],
      ['system_addReservedPeer', () => api.rpc.system.addReservedPeer('/ip4/127.0.0.1/tcp/1/p2p/12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp')],
    ]) {
      const error = await rpcError(call);
      assert.ok(error && /unsafe/i.test(error), `${name} should be refused as unsafe, got: ${error}`);
    }
    assert.equal((await api.rpc.system.chain()).toString(), 'HealthChain Development');
    assert.ok((await api.rpc.system.localPeerId()).toString().startsWith('12D3KooW'));
  });

  test('RPC listens on the loopback interface only', async () => {
    const external = Object.values(os.networkInterfaces()).flat()
      .filter((i) => i && i.family === 'IPv4' && !i.internal).map((i) => i.address);
    assert.ok(await accepts('127.0.0.1', ctx.node.rpcPort), 'served on 127.0.0.1');
    assert.ok(external.length > 0, 'this machine has a non-loopback IPv4 address to test against');
    for (const address of external) {
      assert.equal(await accepts(address, ctx.node.rpcPort), false, `RPC must not answer on ${address}`);
    }
  });
});

describe('RPC exposure: the operator opts in to unsafe methods', () => {
  let node;
  before(async () => { node = await startNode({ args: ['--dev', '--rpc-methods', 'unsafe'] }); });
  after(async () => { if (node) await node.stop(); });

  test('author_rotateKeys answers with --rpc-methods unsafe', async () => {
    const keys = await node.api.rpc.author.rotateKeys();
    assert.ok(keys.length > 32, `session keys: ${keys.toHex()}`);
  });
});

describe('the consortium node set', () => {
  const ctx = useDevNode(['Alice', 'Bob']);

  test('governance authorizes nodes; bad input is refused with a typed error; the node applies the set', async () => {
    const { api, k } = ctx;
    assert.ok((await api.call.consortiumNodesApi.peering()).isOpen, 'a development chain starts open');

    const own = (await api.rpc.system.localPeerId()).toString();
    const ownBytes = u8aToHex(base58Decode(own));

    // Not governance: refused.
    const signed = await submitInBlock(api, api.tx.consortiumNodes.authorizeNode(ownBytes, 0), k.bob);
    assert.equal(describeError(api, signed.dispatchError), 'BadOrigin');
    // Not a peer id.
    const garbage = await submitInBlock(api, api.tx.sudo.sudo(api.tx.consortiumNodes.authorizeNode('0x68656c6c6f', 0)), k.alice);
    assert.equal(sudoError(api, garbage), 'consortiumNodes.MalformedPeerId');
    // Not an organization.
    const unknown = await submitInBlock(api, api.tx.sudo.sudo(api.tx.consortiumNodes.authorizeNode(ownBytes, 999)), k.alice);
    assert.equal(sudoError(api, unknown), 'consortiumNodes.UnknownOrganization');
    assert.ok((await api.call.consortiumNodesApi.peering()).isOpen, 'refused calls change nothing');

    // The hospital's node (this one): authorized; the event names the node and organization only.
    const ok = await submitInBlock(api, api.tx.sudo.sudo(api.tx.consortiumNodes.authorizeNode(ownBytes, 0)), k.alice);
    assert.equal(sudoError(api, ok), null);
    const authorized = ok.events.find(({ event }) => api.events.consortiumNodes.NodeAuthorized.is(event));
    assert.deepEqual([authorized.event.data.peerId.toHex(), authorized.event.data.organization.toNumber()], [ownBytes, 0]);
    const peering = await api.call.consortiumNodesApi.peering();
    assert.ok(peering.isOnly);
    assert.deepEqual(peering.asOnly.map((p) => p.toHex()), [ownBytes]);
    const nodes = (await api.call.consortiumNodesApi.nodes()).toJSON();
    assert.equal(nodes.length, 1);
    assert.equal(nodes[0][1].organization, 0);

    // Once finalized, the node applies it (its log says so) and keeps producing blocks.
    const closedAt = (await api.rpc.chain.getHeader(ok.blockHash)).number.toNumber();
    await waitForHead(api, 'finalized', (h) => h.number.toNumber() >= closedAt + 2);
    const deadline = Date.now() + 30_000;
    while (!/peering only with the 0 other authorized node/.test(fs.readFileSync(ctx.node.logFile, 'utf8')) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
    }
    assert.match(fs.readFileSync(ctx.node.logFile, 'utf8'), /peering only with the 0 other authorized node/);

    // The last node cannot be removed: that would reopen the network.
    const last = await submitInBlock(api, api.tx.sudo.sudo(api.tx.consortiumNodes.deauthorizeNode(ownBytes)), k.alice);
    assert.equal(sudoError(api, last), 'consortiumNodes.LastNode');
  });
});
