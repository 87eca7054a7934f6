// Shared by the zombienet js-scripts (CommonJS; zombienet bundles its own @polkadot/api as
// `zombie`). Governance goes through scripts/governance.sh, the tool operators use, so the
// network test exercises exactly that tool.

const { execFile } = require('node:child_process');
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

module.exports = { governance, waitFor, finalizedNumber };
