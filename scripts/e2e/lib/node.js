// Starts a real healthchain-node for a test and connects @polkadot/api to it.
//
// The node runs as a child process on free loopback ports with its state in a temporary
// directory; its log goes to a file whose path is printed when a test fails, so a failure can
// be read, not guessed.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { after, before } from 'node:test';

import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';

import { connect } from '@healthchain/client';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
const TARGET_DIR = process.env.CARGO_TARGET_DIR || path.join(os.homedir(), '.cache/healthchain/target');

/** The node binary: `HC_NODE_BIN`, else the debug build in the shared target dir. */
export const NODE_BIN = process.env.HC_NODE_BIN || path.join(TARGET_DIR, 'debug/healthchain-node');

/** A TCP port nobody listens on right now (the OS picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts `healthchain-node` with `args` (default: a dev chain in a temp dir) and returns
 * `{ api, rpcPort, logFile, pid, stop }` once its RPC answers.
 */
export async function startNode({ args = ['--dev'], timeoutMs = 180_000 } = {}) {
  if (!fs.existsSync(NODE_BIN)) {
    throw new Error(`node binary not found at ${NODE_BIN}: build it with scripts/test.sh or cargo build -p healthchain-node`);
  }
  const rpcPort = await freePort();
  const p2pPort = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'healthchain-e2e-'));
  const logFile = path.join(dir, 'node.log');
  const log = fs.openSync(logFile, 'a');
  const child = spawn(
    NODE_BIN,
    [
      ...args,
      '--base-path', path.join(dir, 'data'),
      '--rpc-port', String(rpcPort),
      '--port', String(p2pPort),
      '--no-prometheus',
      '--no-telemetry',
      '--no-mdns',
    ],
    { cwd: ROOT, stdio: ['ignore', log, log] },
  );
  let exited = null;
  child.on('exit', (code, signal) => { exited = { code, signal }; });

  const stop = async () => {
    if (exited === null) {
      child.kill('SIGINT');
      for (let i = 0; i < 100 && exited === null; i++) await sleep(100);
      if (exited === null) child.kill('SIGKILL');
    }
    fs.closeSync(log);
    if (!process.env.HC_KEEP_NODE_DIR) fs.rmSync(path.join(dir, 'data'), { recursive: true, force: true });
  };

  const deadline = Date.now() + timeoutMs;
  let api = null;
  while (Date.now() < deadline) {
    if (exited !== null) {
      await stop();
      throw new Error(`healthchain-node exited early (${JSON.stringify(exited)}); log: ${logFile}\n${tail(logFile)}`);
    }
    if (await portOpen(rpcPort)) {
      try {
        // The HealthChain client (clients/ts), every healthchain_* result compared with its
        // decoding: a result the types do not describe fails the test that received it.
        api = await connect(`ws://127.0.0.1:${rpcPort}`, { verifyResults: true, strictRuntime: true });
        break;
      } catch (e) {
        // not answering yet
      }
    }
    await sleep(250);
  }
  if (api === null) {
    await stop();
    throw new Error(`healthchain-node RPC did not answer within ${timeoutMs} ms; log: ${logFile}\n${tail(logFile)}`);
  }
  return {
    api,
    rpcPort,
    logFile,
    pid: child.pid,
    async stop() {
      await api.disconnect().catch(() => {});
      await stop();
    },
  };
}

/**
 * The set-up every end-to-end test file shares: registers `before`/`after` hooks that start a dev
 * node (stopped after the file's tests) and make sr25519 keys of the dev accounts `names`
 * (`['Alice', 'Bob']` → `ctx.k.alice`, `ctx.k.bob`). Returns `ctx`; `ctx.api`, `ctx.node` and
 * `ctx.keyring` are set once the `before` hook has run.
 */
export function useDevNode(names = [], options = {}) {
  const ctx = { k: {}, api: null, node: null, keyring: null };
  before(async () => {
    await cryptoWaitReady();
    ctx.node = await startNode(options);
    ctx.api = ctx.node.api;
    ctx.keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    for (const name of names) ctx.k[name.toLowerCase()] = ctx.keyring.addFromUri(`//${name}`);
  });
  after(async () => {
    if (ctx.node) await ctx.node.stop();
  });
  return ctx;
}

function portOpen(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

/** The last lines of a log file, for failure messages. */
export function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/**
 * Waits until `predicate(header)` holds for a new head of the given kind
 * (`'best'` or `'finalized'`), or fails after `timeoutMs`.
 */
export function waitForHead(api, kind, predicate, timeoutMs = 120_000) {
  const subscribe = kind === 'finalized' ? api.rpc.chain.subscribeFinalizedHeads : api.rpc.chain.subscribeNewHeads;
  return new Promise((resolve, reject) => {
    let unsub = null;
    const timer = setTimeout(() => {
      if (unsub) unsub();
      reject(new Error(`no ${kind} head satisfying the condition within ${timeoutMs} ms`));
    }, timeoutMs);
    subscribe((header) => {
      if (predicate(header)) {
        clearTimeout(timer);
        if (unsub) unsub();
        else setImmediate(() => unsub && unsub());
        resolve(header);
      }
    }).then((u) => { unsub = u; });
  });
}

export { submitFinalized, submitInBlock, describeError, assertOk } from './tx.js';
