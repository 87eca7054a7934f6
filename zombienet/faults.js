// Run by local-4-validators.zndsl (zombienet `js-script`, CommonJS, @polkadot/api bundled as
// `zombie`): the network's faults, each a step between the DSL's own `pause`, `resume` and
// `restart` (which is `kill -9` and a start with the same command line, database and keys).
// The first argument names the step, the second the node it is about; what a step needs from an
// earlier one is kept in `<network dir>/faults.json`. Every step returns 1 or throws, saying what
// the network did instead.
//
//   kill-before,N    before N is killed: N's finalized head and the number of times it started
//   kill-after,N     N was restarted (one more start in its log, a new pid), found in its own
//                    database every block it had finalized ("Highest known block" at start),
//                    identical to alice's, and catches up with the network
//   two-down         charlie and dave are paused: alice and bob go on authoring, finality stops
//   one-back         dave resumed: finality resumes within a minute
//   one-chain        all four up: every node finalized the same blocks over the whole episode
//   wipe,N           N is paused: its database is deleted (keys and node key are kept)
//   resynced,N       N was restarted on an empty database (highest known block #0), synced
//                    from its peers every finalized block, identical to alice's, and authors again
//   load,N           the load harness (scripts/e2e/bench/network.js): a transaction flood at N,
//                    then a soak at half the capacity it measured (HC_SOAK_SECONDS, default 90;
//                    HC_FLOOD_TXS, default 6000); the report goes to <network dir>/soak.json and
//                    to $HC_SOAK_REPORT when set

const { execFile } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const { waitFor, finalizedNumber, nodeWsUri } = require('./lib.js');

const ROOT = process.env.HC_ROOT || path.resolve(__dirname, '..');
const NAMES = ['alice', 'bob', 'charlie', 'dave'];

const stateFile = (networkInfo) => path.join(networkInfo.tmpDir, 'faults.json');
const loadState = (networkInfo) => (fs.existsSync(stateFile(networkInfo)) ? JSON.parse(fs.readFileSync(stateFile(networkInfo), 'utf8')) : {});
function saveState(networkInfo, patch) {
  fs.writeFileSync(stateFile(networkInfo), JSON.stringify({ ...loadState(networkInfo), ...patch }, null, 1));
}

const logOf = (networkInfo, name) => fs.readFileSync(path.join(networkInfo.tmpDir, `${name}.log`), 'utf8');
/** How many times the node started (its log is appended to across restarts). */
const starts = (networkInfo, name) => (logOf(networkInfo, name).match(/Local node identity is/g) || []).length;
/** The node's log since its last start. */
function lastRun(networkInfo, name) {
  const log = logOf(networkInfo, name);
  return log.slice(log.lastIndexOf('Local node identity is'));
}

async function connect(networkInfo, name) {
  return zombie.connect(nodeWsUri(networkInfo, name), {});
}

async function header(api, hash) {
  return api.rpc.chain.getHeader(hash);
}

/** The hashes of blocks `from..=to` on `api`'s chain. */
async function hashes(api, from, to) {
  const out = [];
  for (let n = from; n <= to; n += 1) out.push((await api.rpc.chain.getBlockHash(n)).toHex());
  return out;
}

/** Fails unless `api` (node `name`) has the same blocks `from..=to` as `reference`. */
async function sameBlocks(reference, api, name, from, to) {
  const [a, b] = [await hashes(reference, from, to), await hashes(api, from, to)];
  const k = a.findIndex((h, i) => h !== b[i]);
  if (k >= 0) throw new Error(`${name}'s block #${from + k} is ${b[k]}, alice's ${a[k]}`);
}

/** The pid of node `name`'s process: the one running the node binary on its base path. */
function nodePid(networkInfo, name) {
  const bin = fs.realpathSync(process.env.HC_NODE_BIN);
  const base = path.join(networkInfo.tmpDir, name, 'data');
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readlinkSync(`/proc/${entry}/exe`) !== bin) continue;
      const args = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (args.includes(base)) return Number(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  throw new Error(`no process of ${name} (${bin} --base-path ${base})`);
}

const steps = {
  async 'kill-before'(networkInfo, name) {
    const api = await connect(networkInfo, name);
    const head = await api.rpc.chain.getFinalizedHead();
    const number = (await header(api, head)).number.toNumber();
    const pid = nodePid(networkInfo, name);
    saveState(networkInfo, { killed: { name, number, hash: head.toHex(), starts: starts(networkInfo, name), pid, at: Date.now() } });
    console.log(`${name} (pid ${pid}) has finalized #${number} ${head.toHex()}`);
    await api.disconnect();
  },

  async 'kill-after'(networkInfo, name) {
    const { killed } = loadState(networkInfo);
    if (!killed || killed.name !== name) throw new Error(`no kill-before step for ${name}`);
    await waitFor(`${name}'s restart in its log`, async () => starts(networkInfo, name) > killed.starts, 60_000);
    if (starts(networkInfo, name) !== killed.starts + 1) throw new Error(`${name} started ${starts(networkInfo, name) - killed.starts} more times, not once`);
    const pid = nodePid(networkInfo, name);
    if (pid === killed.pid) throw new Error(`${name} still runs as pid ${pid}`);
    // What the node found in its own database when it started, before any peer could send a block.
    const known = lastRun(networkInfo, name).match(/Highest known block at #(\d+)/);
    if (!known) throw new Error(`${name}'s log since its restart has no "Highest known block"`);
    const kept = Number(known[1]);
    if (kept < killed.number) throw new Error(`${name} restarted with best #${kept} in its database, below the #${killed.number} it had finalized`);
    const [api, alice] = [await connect(networkInfo, name), await connect(networkInfo, 'alice')];
    const number = await finalizedNumber(api);
    if (number < killed.number) throw new Error(`${name} restarted with finalized #${number}, below the #${killed.number} it had finalized`);
    await sameBlocks(alice, api, name, 0, killed.number);
    const target = (await alice.rpc.chain.getHeader()).number.toNumber();
    await waitFor(`${name} to reach alice's best #${target}`, async () => (await api.rpc.chain.getHeader()).number.toNumber() >= target, 180_000);
    const final = await finalizedNumber(alice);
    await waitFor(`${name} to finalize alice's #${final}`, async () => (await finalizedNumber(api)) >= final, 180_000);
    await sameBlocks(alice, api, name, killed.number, final);
    const seconds = ((Date.now() - killed.at) / 1000).toFixed(0);
    console.log(`${name}: pid ${killed.pid} killed at finalized #${killed.number}, restarted as ${pid} with #${kept} in its database; blocks 0..#${final} identical to alice's; caught up ${seconds} s after the kill`);
    saveState(networkInfo, { killResult: { name, had: killed.number, database: kept, caughtUpTo: final, seconds: Number(seconds) } });
    await Promise.all([api.disconnect(), alice.disconnect()]);
  },

  async 'two-down'(networkInfo) {
    const [alice, bob] = [await connect(networkInfo, 'alice'), await connect(networkInfo, 'bob')];
    // Rounds in flight when the two stopped may still conclude: let them.
    await new Promise((r) => setTimeout(r, 15_000));
    const [f0, b0] = [await finalizedNumber(alice), (await alice.rpc.chain.getHeader()).number.toNumber()];
    await new Promise((r) => setTimeout(r, 48_000));
    const [f1, b1] = [await finalizedNumber(alice), (await alice.rpc.chain.getHeader()).number.toNumber()];
    const fb = await finalizedNumber(bob);
    console.log(`two of four down: over 48 s alice's best went #${b0} → #${b1}, finalized stayed #${f0} → #${f1} (bob #${fb})`);
    if (f1 !== f0 || fb > f0) throw new Error(`finality went on with two of four validators down: #${f0} → #${f1} (bob #${fb})`);
    if (b1 < b0 + 3) throw new Error(`alice and bob stopped authoring: best #${b0} → #${b1} in 48 s`);
    saveState(networkInfo, { stall: { finalized: f0, best: b1, at: Date.now() } });
    await Promise.all([alice.disconnect(), bob.disconnect()]);
  },

  async 'one-back'(networkInfo) {
    const { stall } = loadState(networkInfo);
    const alice = await connect(networkInfo, 'alice');
    const resumed = Date.now();
    await waitFor(`finality past #${stall.best} with three of four up`, async () => (await finalizedNumber(alice)) >= stall.best, 120_000);
    const seconds = ((Date.now() - resumed) / 1000).toFixed(0);
    console.log(`one back (three of four): alice finalized past #${stall.best} (the best when finality stopped) ${seconds} s after`);
    saveState(networkInfo, { resume: { seconds: Number(seconds) } });
    await alice.disconnect();
  },

  async 'one-chain'(networkInfo) {
    const { stall } = loadState(networkInfo);
    const apis = await Promise.all(NAMES.map((n) => connect(networkInfo, n)));
    const target = (await finalizedNumber(apis[0])) + 2;
    for (const [k, api] of apis.entries()) {
      await waitFor(`${NAMES[k]} to finalize #${target}`, async () => (await finalizedNumber(api)) >= target, 180_000);
    }
    const from = Math.max(0, stall.finalized - 5);
    for (const [k, api] of apis.entries()) await sameBlocks(apis[0], api, NAMES[k], from, target);
    console.log(`all four finalized the same blocks #${from}..#${target}`);
    await Promise.all(apis.map((a) => a.disconnect()));
  },

  async wipe(networkInfo, name) {
    const alice = await connect(networkInfo, 'alice');
    const finalized = await finalizedNumber(alice);
    const chains = path.join(networkInfo.tmpDir, name, 'data', 'chains');
    const removed = [];
    for (const chain of fs.readdirSync(chains)) {
      for (const dir of ['db', 'paritydb']) {
        const p = path.join(chains, chain, dir);
        if (fs.existsSync(p)) {
          fs.rmSync(p, { recursive: true, force: true });
          removed.push(p);
        }
      }
    }
    if (removed.length === 0) throw new Error(`no database found under ${chains}`);
    console.log(`${name}'s database removed (${removed.join(', ')}); alice has finalized #${finalized}`);
    saveState(networkInfo, { wiped: { name, finalized, starts: starts(networkInfo, name), at: Date.now() } });
    await alice.disconnect();
  },

  async resynced(networkInfo, name) {
    const { wiped } = loadState(networkInfo);
    if (!wiped || wiped.name !== name) throw new Error(`no wipe step for ${name}`);
    await waitFor(`${name}'s restart in its log`, async () => starts(networkInfo, name) > wiped.starts, 60_000);
    if (starts(networkInfo, name) !== wiped.starts + 1) throw new Error(`${name} was not restarted once`);
    const known = lastRun(networkInfo, name).match(/Highest known block at #(\d+)/);
    if (!known || known[1] !== '0') throw new Error(`${name} did not restart on an empty database (its log: highest known block ${known ? `#${known[1]}` : 'not reported'})`);
    const [api, alice] = [await connect(networkInfo, name), await connect(networkInfo, 'alice')];
    await waitFor(`${name} to finalize #${wiped.finalized} again`, async () => (await finalizedNumber(api)) >= wiped.finalized, 300_000);
    const synced = Date.now();
    await sameBlocks(alice, api, name, 0, wiped.finalized);
    // And it is a validator again: a block of its own, authored after the resync.
    const pair = new zombie.Keyring({ type: 'sr25519' }).addFromUri(`//${name[0].toUpperCase()}${name.slice(1)}`);
    const key = `0x${Buffer.from(pair.publicKey).toString('hex')}`;
    const from = (await api.rpc.chain.getHeader()).number.toNumber();
    let authored = null;
    await waitFor(`${name} to author a block after resyncing`, async () => {
      const best = (await api.rpc.chain.getHeader()).number.toNumber();
      for (let n = from + 1; n <= best && !authored; n += 1) {
        const hash = await api.rpc.chain.getBlockHash(n);
        const h = await header(api, hash);
        const pre = h.digest.logs.find((l) => l.isPreRuntime && l.asPreRuntime[0].toString() === 'aura');
        const slot = pre.asPreRuntime[1].toU8a(true).reduce((acc, byte, i) => acc + byte * 2 ** (8 * i), 0);
        const authorities = (await api.query.aura.authorities.at(h.parentHash)).map((a) => a.toHex());
        if (authorities[slot % authorities.length] === key) authored = n;
      }
      return authored !== null;
    }, 120_000);
    const seconds = ((synced - wiped.at) / 1000).toFixed(0);
    console.log(`${name}: restarted on an empty database, had alice's #0..#${wiped.finalized} again ${seconds} s after the wipe, authored #${authored}`);
    saveState(networkInfo, { resyncResult: { name, blocks: wiped.finalized, seconds: Number(seconds), authored } });
    await Promise.all([api.disconnect(), alice.disconnect()]);
  },

  async load(networkInfo, name) {
    const args = [
      path.join(ROOT, 'scripts/e2e/bench/network.js'),
      '--ws', nodeWsUri(networkInfo, name),
      '--flooded', name,
      '--flood-txs', process.env.HC_FLOOD_TXS || '6000',
      '--seconds', process.env.HC_SOAK_SECONDS || '90',
      ...NAMES.flatMap((n) => ['--pid', `${n}=${nodePid(networkInfo, n)}`, '--heads', `${n}=${nodeWsUri(networkInfo, n)}`]),
      ...(process.env.HC_SOAK_ARGS || '').split(/\s+/).filter(Boolean),
    ];
    console.log(`node ${args.join(' ')}`);
    const { code, stdout } = await new Promise((resolve) => {
      const child = execFile('node', args, { maxBuffer: 64 * 1024 * 1024 }, (error, out) => resolve({ code: error ? error.code : 0, stdout: out }));
      child.stderr.pipe(process.stderr);
    });
    fs.writeFileSync(path.join(networkInfo.tmpDir, 'soak.json'), stdout);
    if (process.env.HC_SOAK_REPORT) fs.writeFileSync(process.env.HC_SOAK_REPORT, stdout);
    console.log(stdout);
    if (code !== 0) throw new Error(`the load harness failed (exit ${code})`);
  },
};

async function run(nodeName, networkInfo, args) {
  const [step, name] = args;
  if (!steps[step]) throw new Error(`unknown step ${step}`);
  await steps[step](networkInfo, name || nodeName);
  return 1;
}

module.exports = { run };
