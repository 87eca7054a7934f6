// Run by local-4-validators.zndsl after the runtime upgrade (the runtime with
// pallet-consortium-nodes): only the consortium's authorized nodes replicate the chain.
//
// 1. Governance (a council majority, with scripts/governance.sh) authorizes the four validators'
//    nodes, one per founding organization; the network closes and keeps finalizing.
// 2. A fifth node, not authorized, is started with the validators as bootnodes: for a minute,
//    while the validators finalize more blocks, it has no peer and its best block stays genesis.
// 3. Governance authorizes it (scripts/governance.sh authorize-node, the operators' command): it
//    connects and syncs to the validators' finalized head.
// Returns 1.

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const { governance, waitFor, finalizedNumber, nodeWsUri } = require('./lib.js');

const SEEDS = ['--seeds', '//Alice,//Bob,//Eve'];

/** A TCP port nobody listens on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function connect(wsUri) {
  return zombie.connect(wsUri, {});
}

async function run(nodeName, networkInfo) {
  const bin = process.env.HC_NODE_BIN;
  if (!bin) throw new Error('HC_NODE_BIN is not set: run through scripts/zombienet.sh');
  const validators = ['alice', 'bob', 'charlie', 'dave'];
  const apis = {};
  for (const name of validators) apis[name] = await connect(nodeWsUri(networkInfo, name));
  const api = apis[nodeName];

  // 1. The founding members' nodes: alice's validator belongs to organization 0, bob's to 1 …
  const peerIds = {};
  for (const name of validators) peerIds[name] = (await apis[name].rpc.system.localPeerId()).toString();
  // (zombienet's bundled @polkadot/api reads V14 metadata, without runtime APIs: read storage.)
  const authorizedNodes = async () => (await api.query.consortiumNodes.nodes.entries()).length;
  if ((await authorizedNodes()) !== 0) throw new Error('the upgraded chain should have no node set yet');
  const authorizeAll = api.tx.utility.batchAll(
    validators.map((name, org) => api.tx.consortiumNodes.authorizeNode('0x' + Buffer.from(zombie.util.base58Decode(peerIds[name])).toString('hex'), org)),
  );
  await governance(nodeWsUri(networkInfo, nodeName), ['pass', '--call', authorizeAll.method.toHex(), ...SEEDS]);
  if ((await authorizedNodes()) !== 4) throw new Error(`expected four authorized nodes, found ${await authorizedNodes()}`);
  // The validators keep their three peers and finalize.
  const closedAt = await finalizedNumber(api);
  await waitFor('finality to advance 5 blocks in the closed network', async () => (await finalizedNumber(api)) >= closedAt + 5);
  for (const name of validators) {
    const peers = (await apis[name].rpc.system.health()).peers.toNumber();
    if (peers < 3) throw new Error(`${name} has ${peers} peers after the network closed`);
  }

  // 2. A fifth node with its own key, not authorized.
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'hc-fifth-'));
  const [p2p, rpc] = [await freePort(), await freePort()];
  // The validators' listen addresses on loopback (a wildcard listen address is dialled on
  // 127.0.0.1), with zombienet's own multiaddress as a fallback.
  const bootnodes = new Set();
  for (const name of validators) {
    const addrs = (await apis[name].rpc.system.localListenAddresses()).map(String);
    for (const addr of [...addrs, networkInfo.nodesByName[name].multiAddress].filter(Boolean)) {
      const local = addr.replace('/ip4/0.0.0.0/', '/ip4/127.0.0.1/');
      if (local.includes('/ip4/127.0.0.1/tcp/') && local.includes('/p2p/')) bootnodes.add(local);
    }
  }
  if (bootnodes.size === 0) throw new Error('no loopback address of the validators to use as bootnodes');
  console.log(`bootnodes: ${[...bootnodes].join(' ')}`);
  const args = [
    '--chain', networkInfo.chainSpecPath, '--base-path', base, '--name', 'fifth',
    '--port', String(p2p), '--rpc-port', String(rpc), '--no-mdns', '--no-telemetry',
    '--no-prometheus', '--bootnodes', ...bootnodes, '-lconsortium-peering=info',
  ];
  const log = fs.openSync(path.join(networkInfo.tmpDir, 'fifth.log'), 'a');
  const fifth = spawn(bin, args, { stdio: ['ignore', log, log] });
  console.log(`fifth node: pid ${fifth.pid}, log ${path.join(networkInfo.tmpDir, 'fifth.log')}`);
  try {
    const fifthWs = `ws://127.0.0.1:${rpc}`;
    let fifthApi;
    await waitFor('the fifth node to answer RPC', async () => {
      try {
        fifthApi = await zombie.ApiPromise.create({ provider: new zombie.WsProvider(fifthWs, 1000), throwOnConnect: true, noInitWarn: true });
        return true;
      } catch (e) {
        return false;
      }
    }, 120_000);
    const fifthPeerId = (await fifthApi.rpc.system.localPeerId()).toString();
    const bestOfFifth = async () => (await fifthApi.rpc.chain.getHeader()).number.toNumber();

    // For a minute the validators finalize on, and the fifth node gets nothing.
    const start = await finalizedNumber(api);
    let maxPeers = 0;
    for (let i = 0; i < 30; i += 1) {
      await new Promise((r) => setTimeout(r, 2000));
      maxPeers = Math.max(maxPeers, (await fifthApi.rpc.system.health()).peers.toNumber());
      const best = await bestOfFifth();
      if (best !== 0) throw new Error(`the unauthorized node imported block #${best}`);
    }
    const advanced = (await finalizedNumber(api)) - start;
    if (advanced < 5) throw new Error(`the validators finalized only ${advanced} blocks meanwhile`);
    if (maxPeers !== 0) throw new Error(`the unauthorized node had ${maxPeers} peers`);
    console.log(`unauthorized node ${fifthPeerId}: 0 peers, best #0 for 60 s while the validators finalized ${advanced} blocks`);

    // 3. Governance authorizes it; it syncs.
    await governance(nodeWsUri(networkInfo, nodeName), ['authorize-node', '--peer-id', fifthPeerId, '--organization', '0', ...SEEDS]);
    const target = await finalizedNumber(api);
    const authorizedAt = Date.now();
    await waitFor(`the authorized node to sync to #${target}`, async () => (await bestOfFifth()) >= target, 180_000);
    console.log(`authorized node synced to #${target} in ${((Date.now() - authorizedAt) / 1000).toFixed(1)} s after the motion; ${(await fifthApi.rpc.system.health()).peers} peers`);
    await fifthApi.disconnect();
  } finally {
    fifth.kill('SIGTERM');
    fs.closeSync(log);
  }
  for (const name of validators) await apis[name].disconnect();
  return 1;
}

module.exports = { run };
