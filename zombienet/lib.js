// Shared by the zombienet js-scripts (CommonJS; zombienet bundles its own @polkadot/api as
// `zombie`). Governance goes through scripts/governance.sh, the tool operators use, so the
// network test exercises exactly that tool.

const { execFile } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = process.env.HC_ROOT || path.resolve(__dirname, '..');

/** Runs `scripts/governance.sh ARGS --ws WS_URI`; resolves with its JSON output. */
function governance(wsUri, args) {
  return new Promise((resolve, reject) => {
    execFile(path.join(ROOT, 'scripts/governance.sh'), [...args, '--ws', wsUri], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`governance.sh ${args[0]} failed: ${stderr || error.message}`));
      console.log(`governance.sh ${args[0]}: ${stdout.trim()}`);
      try {
        resolve(JSON.parse(stdout));
      } catch (e) {
        reject(new Error(`governance.sh ${args[0]} printed no JSON: ${stdout}`));
      }
    });
  });
}

/** Polls `predicate` every 2 s until it holds, or fails naming `what` after `timeoutMs`. */
async function waitFor(what, predicate, timeoutMs = 600_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await predicate()) return;
    await new Promise((r) => setTimeout(r, 2000));
  }
  throw new Error(`timed out waiting for: ${what}`);
}

/** The number of the node's finalized head. */
async function finalizedNumber(api) {
  const head = await api.rpc.chain.getFinalizedHead();
  return (await api.rpc.chain.getHeader(head)).number.toNumber();
}

/**
 * The WebSocket address of node `name`'s RPC server, from the port the node itself reports in its
 * log ("Running JSON-RPC server: addr=0.0.0.0:<port>"). Zombienet assigns each node a port, but a
 * node that finds it taken (another node's IPv6 listener can take it while the network starts)
 * binds another: zombienet's `wsUri` then reaches the wrong node. After a restart, the port of the
 * node's last start. Falls back to `wsUri`.
 */
function nodeWsUri(networkInfo, name) {
  const node = networkInfo.nodesByName[name];
  const dir = networkInfo.tmpDir;
  if (dir) {
    try {
      const log = fs.readFileSync(path.join(dir, `${name}.log`), 'utf8');
      // The last start's: a restarted node appends to the same log.
      const matches = [...log.matchAll(/Running JSON-RPC server: addr=0\.0\.0\.0:(\d+)/g)];
      if (matches.length > 0) return `ws://127.0.0.1:${matches[matches.length - 1][1]}`;
    } catch (e) {
      console.log(`no log of ${name} in ${dir}: ${e.message}; using ${node.wsUri}`);
    }
  }
  return node.wsUri;
}

module.exports = { governance, waitFor, finalizedNumber, nodeWsUri };
