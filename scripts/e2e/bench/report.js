// The harness's output: where and on what it ran (commit, node binary and version, runtime,
// machine), the JSON of every result, the Markdown tables, and the README section between the
// `<!-- throughput:begin -->` and `<!-- throughput:end -->` markers.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { UsageError } from './args.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
export const README = path.join(ROOT, 'README.md');
const BEGIN = '<!-- throughput:begin -->';
const END = '<!-- throughput:end -->';

function run(command, args) {
  try {
    return execFileSync(command, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/**
 * What a result must be read with: the commit (`-dirty` when the work tree has changes), the
 * node binary and its `--version`, the runtime's spec version, the machine (cores, CPU model,
 * RAM), the mode, the exact command and the date.
 */
export function environment({ nodeBin, specVersion, smoke, command }) {
  const commit = run('git', ['rev-parse', '--short', 'HEAD']);
  const dirty = (run('git', ['status', '--porcelain']) ?? '') !== '';
  let cpu = null;
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? null;
  } catch { /* not Linux */ }
  return {
    commit: commit ? `${commit}${dirty ? '-dirty' : ''}` : null,
    node_binary: nodeBin,
    node_version: run(nodeBin, ['--version']),
    spec_version: specVersion,
    machine: {
      nproc: Number(run('nproc', [])) || os.cpus().length,
      cpu: cpu ?? os.cpus()[0]?.model ?? null,
      ram_gib: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    },
    mode: smoke ? 'smoke' : 'full',
    command,
    date: new Date().toISOString(),
  };
}

/** Fails unless README.md has both throughput markers, in order (checked before a long run). */
export function checkReadmeMarkers(readme = README) {
  const text = fs.readFileSync(readme, 'utf8');
  const begin = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (begin < 0 || end < 0 || end < begin) {
    throw new UsageError(`--readme: ${path.basename(readme)} has no '${BEGIN}' … '${END}' section; add both markers where the throughput tables belong`);
  }
}

/** Replaces the README section between the markers with `markdown` (the markers stay). */
export function updateReadme(markdown, readme = README) {
  checkReadmeMarkers(readme);
  const text = fs.readFileSync(readme, 'utf8');
  const begin = text.indexOf(BEGIN) + BEGIN.length;
  const end = text.indexOf(END);
  fs.writeFileSync(readme, `${text.slice(0, begin)}\n${markdown.trim()}\n${text.slice(end)}`);
}

const cell = (v, suffix = '') => (v === null || v === undefined ? '–' : `${typeof v === 'number' ? v.toLocaleString('en-US') : v}${suffix}`);

/** A failure list as one table cell: `0`, or `3 (ExtrinsicFailed: consent.TooManyConsents ×3)`. */
function failureCell(result) {
  if (result.error) return `setup failed: ${result.error}`;
  if (!result.failure_count) return '0';
  return `${result.failure_count} (${result.failures.map((f) => `${f.kind}: ${f.error} ×${f.count}`).join('; ')})`;
}

/** The Markdown report: the header, the sTPS table, the latency and the RPC tables. */
export function markdown(report) {
  const { env, calls, latency, rpc } = report;
  const lines = [];
  lines.push(`Throughput, ${env.mode} run (\`${env.command}\`), ${env.date.slice(0, 10)}: commit ${env.commit}, `
    + `node \`${env.node_version ?? env.node_binary}\` (${env.node_binary.includes('/release/') ? 'release' : env.node_binary.includes('/debug/') ? 'debug' : 'custom'} build), `
    + `runtime spec ${env.spec_version}, ${env.machine.nproc} × ${env.machine.cpu}, ${env.machine.ram_gib} GiB RAM.`);
  lines.push('');
  lines.push('sTPS: every transaction pre-signed, all submitted at once, counted in the blocks that include them; '
    + 'sustained TPS = transactions / (timestamp of the last block − timestamp of the block before the first); '
    + '% normal weight = mean over the full blocks (the proposer hit a limit) of the normal class\'s refTime / its maximum; '
    + 'charged = normal refTime of those blocks per transaction; executed = the node\'s authoring time per signed extrinsic (its log).');
  lines.push('');
  lines.push('| call | sustained TPS | × transfer | peak/block | % normal weight | charged µs/tx | executed µs/tx | failures |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---|');
  for (const r of calls) {
    const weight = r.normal_weight_pct === null ? null : `${r.normal_weight_pct}${r.saturated ? '' : '*'}`;
    lines.push(`| \`${r.call}\` | ${cell(r.sustained_tps)} | ${cell(r.x_transfer)} | ${cell(r.peak_per_block)} | ${cell(weight)} | ${cell(r.charged_us_per_tx)} | ${cell(r.executed_us_per_tx)} | ${failureCell(r)} |`);
  }
  if (calls.some((r) => r.normal_weight_pct !== null && !r.saturated)) {
    lines.push('');
    lines.push('\\* no block was full (the proposer never hit a limit: the run was bound by the submission, not the chain); the mean is over all its blocks.');
  }
  lines.push('');
  lines.push(`Counts: ${calls.map((r) => `${r.call.split('.')[1]} ${r.included ?? 0}/${r.submitted ?? 0} in ${r.blocks ?? 0} blocks`).join(', ')}.`);
  const signed = calls.filter((r) => r.sign_seconds !== undefined);
  const signSeconds = signed.reduce((t, r) => t + r.sign_seconds, 0);
  const signedTxs = signed.reduce((t, r) => t + r.submitted, 0);
  if (signedTxs > 0) {
    lines.push('');
    lines.push(`Client side: the set-up of every call (calibration included) took ${report.setup_seconds} s; pre-signing the `
      + `${signedTxs.toLocaleString('en-US')} measured transactions took ${signSeconds.toFixed(1)} s (${((signSeconds * 1e3) / signedTxs).toFixed(2)} ms each), outside the measured windows.`);
  }
  const gaps = calls.filter((r) => r.gap_blocks?.length);
  if (gaps.length > 0) {
    lines.push('');
    lines.push(`Blocks inside a call's window without its transactions (counted in its time; a mandatory weight of 100 % is a session rotation, which pallet-session gives the whole block): ${
      gaps.map((r) => `${r.call.split('.')[1]} ${r.gap_blocks.map((g) => `#${g.number} (mandatory ${g.mandatory_weight_pct} %)`).join(', ')}`).join('; ')}.`);
  }
  if (latency) {
    lines.push('');
    lines.push(`Latency of transfers at a steady ${latency.rate}/s for ${latency.seconds} s (${latency.submitted} transactions, pre-signed, watched with \`author_submitAndWatchExtrinsic\`):`);
    lines.push('');
    lines.push('| measure | transactions | p50 ms | p99 ms | failures |');
    lines.push('|---|---:|---:|---:|---|');
    const f = latency.failure_count ? `${latency.failure_count} (${Object.entries(latency.failures).map(([k, v]) => `${k} ×${v}`).join('; ')})` : '0';
    lines.push(`| submit → in block | ${cell(latency.in_block.count)} | ${cell(latency.in_block.p50_ms)} | ${cell(latency.in_block.p99_ms)} | ${f} |`);
    lines.push(`| submit → finalized | ${cell(latency.finalized.count)} | ${cell(latency.finalized.p50_ms)} | ${cell(latency.finalized.p99_ms)} | |`);
  }
  if (rpc && (rpc.idle || rpc.loaded)) {
    lines.push('');
    const clients = (rpc.idle ?? rpc.loaded).clients;
    const loadText = rpc.loaded?.load
      ? `; under load: transfers submitted at ${rpc.loaded.load.submit_rate}/s in the background, ${rpc.loaded.load.included_tps}/s included`
      : '';
    lines.push(`RPC latency, ${clients} concurrent websocket clients calling in loops (Ferdie, the hospital)${loadText}:`);
    lines.push('');
    lines.push('| method | condition | calls | p50 ms | p99 ms | errors |');
    lines.push('|---|---|---:|---:|---:|---:|');
    for (const [condition, run_] of [['idle', rpc.idle], ['under transfer load', rpc.loaded]]) {
      if (!run_) continue;
      for (const [method, s] of Object.entries(run_.methods)) {
        lines.push(`| \`${method}\` | ${condition} | ${cell(s.count)} | ${cell(s.p50_ms)} | ${cell(s.p99_ms)} | ${s.errors} |`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Writes `throughput.json` and `throughput.md` to `dir`; returns their paths. */
export function writeReport(dir, report) {
  fs.mkdirSync(dir, { recursive: true });
  const json = path.join(dir, 'throughput.json');
  const md = path.join(dir, 'throughput.md');
  fs.writeFileSync(json, `${JSON.stringify(report, (k, v) => (typeof v === 'bigint' ? v.toString() : v), 2)}\n`);
  fs.writeFileSync(md, markdown(report));
  return { json, md };
}
