// Consortium governance from the command line and from tests: council motions, Root through
// three quarters of the council (pallet-whitelist), and runtime upgrades.
//
// Run it through scripts/governance.sh (which installs the npm packages first):
//
//   scripts/governance.sh status
//   scripts/governance.sh authorize-upgrade --wasm runtime.compact.compressed.wasm   (a member proposes)
//   scripts/governance.sh vote --motion 0x…                                          (each member)
//   scripts/governance.sh close --motion 0x…                                         (anyone on the council)
//   scripts/governance.sh apply-upgrade --wasm runtime.compact.compressed.wasm       (anyone)
//
// Options: --ws URL (default $HC_WS or ws://127.0.0.1:9944); --seed SURI (default $HC_SEED: the
// signing key, e.g. a mnemonic; dev seeds such as //Alice on test networks only).
// On test networks `upgrade --wasm FILE --seeds //Alice,//Bob,//Eve` runs the whole walk, and
// `pass --call 0x… [--as-root] --seeds …` passes any motion.
//
// The consortium's node set (README, "Operating a node"):
//   scripts/governance.sh nodes                                              (the set, by peer id)
//   scripts/governance.sh authorize-node --peer-id 12D3KooW… --organization 4  (a member proposes)
//   scripts/governance.sh deauthorize-node --peer-id 12D3KooW…
// Both propose a motion signed with --seed (members then vote and close it), or pass it at once
// with --seeds A,B,C on test networks.

import fs from 'node:fs';
import path from 'node:path';

import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { base58Decode, base58Encode, blake2AsHex, cryptoWaitReady } from '@polkadot/util-crypto';

import { describeError, submitInBlock } from './tx.js';

/** Ayes a Root motion needs with `seats` council members: at least three quarters. */
export function rootThreshold(seats) {
  return Math.ceil((seats * 3) / 4);
}

/** Ayes an everyday governance motion needs: more than half. */
export function governanceThreshold(seats) {
  return Math.floor(seats / 2) + 1;
}

/**
 * The call that dispatches `call` as Root once three quarters of the council approve it:
 * whitelist its hash and dispatch it with its preimage, in one batch.
 */
export function asRoot(api, call) {
  return api.tx.utility.batchAll([
    api.tx.whitelist.whitelistCall(call.method.hash),
    api.tx.whitelist.dispatchWhitelistedCallWithPreimage(call.method),
  ]);
}

/** The call that authorizes an upgrade to `code` (bytes): `system.authorizeUpgrade(blake2(code))`. */
export function authorizeUpgradeCall(api, code) {
  return api.tx.system.authorizeUpgrade(blake2AsHex(code, 256));
}

async function councilSeats(api) {
  return (await api.query.council.members()).length;
}

function eventOf(api, events, section, method) {
  return events.find(({ event }) => event.section === section && event.method === method);
}

/** Fails with the dispatch error's name, unless the transaction succeeded. */
function check(api, outcome, what) {
  if (outcome.dispatchError) throw new Error(`${what} failed: ${describeError(api, outcome.dispatchError)}`);
  return outcome;
}

/**
 * `signer` (a council member) proposes `call` with `threshold` ayes and votes aye on it.
 * Returns `{ hash, index, threshold }`.
 */
export async function propose(api, signer, call, threshold) {
  const length = call.method.encodedLength;
  const proposed = check(api, await submitInBlock(api, api.tx.council.propose(threshold, call.method, length), signer), 'council.propose');
  const event = eventOf(api, proposed.events, 'council', 'Proposed');
  if (!event) {
    // A threshold of one executes at once.
    const executed = eventOf(api, proposed.events, 'council', 'MemberExecuted');
    return { hash: call.method.hash.toHex(), index: null, threshold, executed: executed?.event.data.result.toJSON() };
  }
  const [, index, hash] = event.event.data;
  await vote(api, signer, hash.toHex(), true);
  return { hash: hash.toHex(), index: index.toNumber(), threshold };
}

/** `signer` votes on the open motion `hash`. */
export async function vote(api, signer, hash, aye = true) {
  const voting = await api.query.council.voting(hash);
  if (voting.isNone) throw new Error(`no open motion ${hash}`);
  const { index } = voting.unwrap();
  check(api, await submitInBlock(api, api.tx.council.vote(hash, index, aye), signer), 'council.vote');
}

/**
 * `signer` closes the motion `hash` (its threshold reached, or its time up). Returns
 * `{ approved, result }`: `result` is the dispatch result of the motion's call (`{ ok }` or
 * `{ err }`) when it was approved; for a Root motion also `rootResult`, the result of the call
 * run as Root.
 */
export async function close(api, signer, hash) {
  const voting = await api.query.council.voting(hash);
  if (voting.isNone) throw new Error(`no open motion ${hash}`);
  const { index } = voting.unwrap();
  const proposal = (await api.query.council.proposalOf(hash)).unwrap();
  const length = proposal.encodedLength;
  const { weight } = await api.call.transactionPaymentCallApi.queryCallInfo(proposal, length);
  const closed = check(api, await submitInBlock(api, api.tx.council.close(hash, index, weight, length), signer), 'council.close');
  const executed = eventOf(api, closed.events, 'council', 'Executed');
  if (!executed) return { approved: false };
  const root = eventOf(api, closed.events, 'whitelist', 'WhitelistedCallDispatched');
  const outcome = { approved: true, result: executed.event.data.result.toJSON() };
  if (root) outcome.rootResult = root.event.data.result.isOk ? { ok: null } : { err: root.event.data.result.asErr.error.toJSON() };
  return outcome;
}

/**
 * Passes a motion on a test network: the first of `signers` proposes `call` (as Root through the
 * whitelist when `asRootCall`), the others vote aye, the proposer closes it.
 */
export async function pass(api, signers, call, { asRootCall = false } = {}) {
  const seats = await councilSeats(api);
  const threshold = asRootCall ? rootThreshold(seats) : governanceThreshold(seats);
  const motionCall = asRootCall ? asRoot(api, call) : call;
  const [proposer, ...voters] = signers;
  const { hash } = await propose(api, proposer, motionCall, threshold);
  for (const voter of voters) await vote(api, voter, hash, true);
  const outcome = await close(api, proposer, hash);
  if (!outcome.approved) throw new Error(`motion ${hash} was not approved`);
  if (outcome.result && 'err' in outcome.result) throw new Error(`motion ${hash} failed: ${JSON.stringify(outcome.result.err)}`);
  if (asRootCall && (!outcome.rootResult || 'err' in outcome.rootResult)) {
    throw new Error(`the Root call of motion ${hash} failed: ${JSON.stringify(outcome.rootResult)}`);
  }
  return { hash, ...outcome };
}

/** The runtime's spec version now. */
export async function specVersion(api) {
  return (await api.rpc.state.getRuntimeVersion()).specVersion.toNumber();
}

/**
 * Submits the authorized `code` (`system.applyAuthorizedUpgrade`, free when it matches the
 * authorization) and waits until the chain runs it. Returns `{ from, to }` spec versions.
 */
export async function applyUpgrade(api, signer, code, timeoutMs = 300_000) {
  const authorized = await api.query.system.authorizedUpgrade();
  if (authorized.isNone) throw new Error('no upgrade is authorized: pass an authorize-upgrade motion first');
  const expected = authorized.unwrap().codeHash.toHex();
  const actual = blake2AsHex(code, 256);
  if (expected !== actual) throw new Error(`the authorized code hash is ${expected}, this file's is ${actual}`);
  const from = await specVersion(api);
  check(api, await submitInBlock(api, api.tx.system.applyAuthorizedUpgrade(u8aToHex(code)), signer, timeoutMs), 'system.applyAuthorizedUpgrade');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const to = await specVersion(api);
    if (to !== from) return { from, to };
    await new Promise((r) => setTimeout(r, 2000));
  }
  throw new Error(`the spec version is still ${from} ${timeoutMs} ms after the upgrade was applied`);
}

/** What an operator checks: versions, council, thresholds, open motions, authorized upgrade. */
export async function status(api) {
  const seats = await councilSeats(api);
  const motions = [];
  for (const hash of await api.query.council.proposals()) {
    const voting = (await api.query.council.voting(hash)).unwrap();
    const proposal = (await api.query.council.proposalOf(hash)).unwrap();
    motions.push({
      hash: hash.toHex(),
      call: `${proposal.section}.${proposal.method}`,
      threshold: voting.threshold.toNumber(),
      ayes: voting.ayes.length,
      nays: voting.nays.length,
      end: voting.end.toNumber(),
    });
  }
  const authorized = await api.query.system.authorizedUpgrade();
  const version = await api.rpc.state.getRuntimeVersion();
  return {
    specName: version.specName.toString(),
    specVersion: version.specVersion.toNumber(),
    council: { seats, governanceThreshold: governanceThreshold(seats), rootThreshold: rootThreshold(seats) },
    sudoKey: api.query.sudo ? (await api.query.sudo.key()).toJSON() : null,
    motions,
    authorizedUpgrade: authorized.isSome ? authorized.unwrap().codeHash.toHex() : null,
  };
}

function parseArgs(argv) {
  const [command, ...rest] = argv;
  const options = {};
  for (let i = 0; i < rest.length; i += 1) {
    const key = rest[i].replace(/^--/, '');
    if (['as-root', 'nay'].includes(key)) options[key] = true;
    else options[key] = rest[(i += 1)];
  }
  return { command, options };
}

/** A libp2p peer id (`12D3KooW…`, base58) as the bytes the chain stores. */
export function peerIdBytes(peerId) {
  if (!peerId) throw new Error('--peer-id is required (the node prints it at start: "Local node identity is: 12D3KooW…")');
  return u8aToHex(base58Decode(peerId));
}

/** The consortium's node set: peer id (base58), organization, block authorized. */
export async function nodes(api) {
  const entries = await api.query.consortiumNodes.nodes.entries();
  return entries
    .map(([key, info]) => ({ peerId: base58Encode(key.args[0].toU8a(true)), ...info.toJSON() }))
    .sort((a, b) => a.organization - b.organization || a.peerId.localeCompare(b.peerId));
}

function readCode(file) {
  if (!file) throw new Error('--wasm FILE is required');
  return new Uint8Array(fs.readFileSync(path.resolve(file)));
}

async function main() {
  const { command, options } = parseArgs(process.argv.slice(2));
  const usage = 'commands: status | motion --call 0x… [--as-root] | authorize-upgrade --wasm F | vote --motion H [--nay] | close --motion H | apply-upgrade --wasm F | pass --call 0x… [--as-root] --seeds A,B,C | upgrade --wasm F --seeds A,B,C | nodes | authorize-node --peer-id P --organization N [--seeds A,B,C] | deauthorize-node --peer-id P [--seeds A,B,C]';
  if (!command || command === 'help') {
    process.stdout.write(`${usage}\n`);
    return;
  }
  // Standard output carries only the command's JSON result (scripts parse it); everything
  // @polkadot/api logs goes to standard error.
  const result = (value) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  console.log = (...args) => console.error(...args);
  await cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519' });
  const signer = () => {
    const suri = options.seed || process.env.HC_SEED;
    if (!suri) throw new Error('a signing key is required: --seed SURI or HC_SEED');
    return keyring.addFromUri(suri);
  };
  const signers = () => (options.seeds || '').split(',').filter(Boolean).map((s) => keyring.addFromUri(s));
  const api = await ApiPromise.create({ provider: new WsProvider(options.ws || process.env.HC_WS || 'ws://127.0.0.1:9944'), noInitWarn: true });
  try {
    const print = result;
    const seats = await councilSeats(api);
    switch (command) {
      case 'status':
        print(await status(api));
        break;
      case 'motion': {
        const call = api.tx(api.createType('Call', options.call));
        const asRootCall = Boolean(options['as-root']);
        print(await propose(api, signer(), asRootCall ? asRoot(api, call) : call, asRootCall ? rootThreshold(seats) : governanceThreshold(seats)));
        break;
      }
      case 'authorize-upgrade': {
        const code = readCode(options.wasm);
        const motion = await propose(api, signer(), asRoot(api, authorizeUpgradeCall(api, code)), rootThreshold(seats));
        print({ ...motion, codeHash: blake2AsHex(code, 256), codeBytes: code.length });
        break;
      }
      case 'vote':
        await vote(api, signer(), options.motion, !options.nay);
        print({ voted: options.nay ? 'nay' : 'aye', motion: options.motion });
        break;
      case 'close':
        print(await close(api, signer(), options.motion));
        break;
      case 'apply-upgrade':
        print(await applyUpgrade(api, signer(), readCode(options.wasm)));
        break;
      case 'pass': {
        const call = api.tx(api.createType('Call', options.call));
        print(await pass(api, signers(), call, { asRootCall: Boolean(options['as-root']) }));
        break;
      }
      case 'upgrade': {
        const code = readCode(options.wasm);
        const all = signers();
        const motion = await pass(api, all, authorizeUpgradeCall(api, code), { asRootCall: true });
        const applied = await applyUpgrade(api, all[0], code);
        print({ motion: motion.hash, codeHash: blake2AsHex(code, 256), ...applied });
        break;
      }
      case 'nodes':
        print(await nodes(api));
        break;
      case 'authorize-node':
      case 'deauthorize-node': {
        const peer = peerIdBytes(options['peer-id']);
        let call;
        if (command === 'authorize-node') {
          if (options.organization === undefined) throw new Error('--organization N is required');
          call = api.tx.consortiumNodes.authorizeNode(peer, Number(options.organization));
        } else {
          call = api.tx.consortiumNodes.deauthorizeNode(peer);
        }
        const outcome = options.seeds
          ? await pass(api, signers(), call)
          : await propose(api, signer(), call, governanceThreshold(seats));
        print({ ...outcome, peerId: options['peer-id'] });
        break;
      }
      default:
        throw new Error(`unknown command '${command}'; ${usage}`);
    }
  } finally {
    await api.disconnect();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  main().then(() => process.exit(0), (error) => {
    console.error(`error: ${error.message}`);
    process.exit(1);
  });
}
