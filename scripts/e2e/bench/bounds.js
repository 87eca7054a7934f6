// The load harness's bounds (scripts/e2e/bench/network.js documents each flag): which a report
// breaks, each said in a line. Apart from network.js so that they can be tested on reports.

/** The bounds when no flag sets them. */
export const DEFAULT_BOUNDS = Object.freeze({
  maxValidatorMissed: 1,
  maxFloodLost: 0,
  maxFloodMissedPct: 50,
  maxFloodMissedInARow: null, // reported, not bounded
  maxMissedPct: 5,
  maxMissedInARow: 1,
  maxRssMib: 1536,
  maxLagP99S: 30,
});

/** The bounds `report` breaks (`o`: the options, bounds included), each a line; none: `[]`. */
export function broken(report, o) {
  const out = [];
  for (const [phase, bound, inARow] of [['flood', o.maxFloodMissedPct, o.maxFloodMissedInARow], ['soak', o.maxMissedPct, o.maxMissedInARow]]) {
    const w = report[phase]?.window_slots;
    if (!w) continue;
    if (w.missed_pct > bound) out.push(`${phase}: ${w.missed_pct} % of slots missed (bound ${bound} %)`);
    if (inARow !== null && w.most_in_a_row > inARow) out.push(`${phase}: ${w.most_in_a_row} slots in a row without a block (bound ${inARow})`);
  }
  if (report.flood && report.flood.lost > o.maxFloodLost) out.push(`flood: ${report.flood.lost} transfers accepted by the node never reached a finalized block (bound ${o.maxFloodLost})`);
  // Each validator's own slots in which it produced no block on time (none, or one seen only
  // after the slot ended), read at its own node where `--heads` names it. A block produced on
  // time that the fork choice dropped counts in the missed-slot rate above, not here.
  const w = report.flood?.window_slots;
  for (const [name, fate] of Object.entries(w?.by_author_fate ?? {})) {
    const own = fate.late + fate.not_produced;
    const flooded = name === o.flooded ? ' (the flooded node)' : '';
    if (own > o.maxValidatorMissed) out.push(`flood: ${name}${flooded} produced no block on time in ${own} of its own slots (${fate.not_produced} none, ${fate.late} late, read at ${w.fates_read_at?.[name] ?? 'the --ws node'}; bound ${o.maxValidatorMissed})`);
  }
  const s = report.soak;
  if (s) {
    if (s.in_finalized_blocks < s.sent * 0.99) out.push(`soak: ${s.in_finalized_blocks} of ${s.sent} transfers in finalized blocks`);
    if (s.finality_lag_ms.p99 === null || s.finality_lag_ms.p99 > o.maxLagP99S * 1000) out.push(`soak: finality lag p99 ${s.finality_lag_ms.p99} ms (bound ${o.maxLagP99S} s)`);
    for (const [name, m] of Object.entries(s.rss)) {
      if (m.gone) out.push(`soak: node ${name} (pid ${o.pids[name]}) went away`);
      else if (m.peak_mib > o.maxRssMib) out.push(`soak: ${name}'s resident memory reached ${m.peak_mib} MiB (bound ${o.maxRssMib})`);
    }
  }
  return out;
}
