// Summarises benchmark runs: per-tool medians, ratios avtalesjekk ÷ peer, and the targets of issue 6.
import { median } from './measure.mjs';

const fmtS = (ms) => (ms == null ? 'n/a' : (ms / 1000).toFixed(3));
const fmtMb = (mb) => (mb == null ? 'n/a' : mb.toFixed(1));
const fmtR = (r) => (r == null ? 'n/a' : r.toFixed(2));
const ratio = (a, b) => (a == null || b == null || b === 0 ? null : a / b);

/** Per-tool summary of one scenario's runs: medians and min–max; a tool with any bad run is flagged. */
export function summarise(tool) {
  const ok = tool.runs.filter((r) => r.ok);
  const walls = ok.map((r) => r.wallMs);
  return {
    name: tool.name,
    available: tool.available,
    reason: tool.reason ?? null,
    runs: tool.runs.length,
    okRuns: ok.length,
    exitCodes: [...new Set(tool.runs.map((r) => r.exitCode))],
    errors: tool.runs.filter((r) => !r.ok).map((r) => r.problem),
    medianWallMs: median(walls),
    minWallMs: walls.length ? Math.min(...walls) : null,
    maxWallMs: walls.length ? Math.max(...walls) : null,
    medianRssMb: median(ok.map((r) => r.rssMb)),
  };
}

/** Ratios avtalesjekk (each format) ÷ each peer, for wall time and peak memory. */
export function ratios(summaries) {
  const by = Object.fromEntries(summaries.map((s) => [s.name, s]));
  const out = [];
  for (const ours of summaries.filter((s) => s.name.startsWith('avtalesjekk'))) {
    for (const peer of ['ajv-cli', 'spectral']) {
      const p = by[peer];
      out.push({
        ours: ours.name,
        peer,
        wall: ratio(ours.medianWallMs, p?.medianWallMs),
        rss: ratio(ours.medianRssMb, p?.medianRssMb),
      });
    }
  }
  return out;
}

export function printScenario(sc, print) {
  print(`\n## ${sc.label}: ${sc.files} fil${sc.files === 1 ? '' : 'er'}, ${sc.totalKb} KB i alt, ${sc.iterations} runder (medianer)`);
  const rows = [['tool', 'median wall (s)', 'min–max (s)', 'median peak RSS (MB)', 'exit', 'runs ok']];
  for (const s of sc.summaries) {
    if (!s.available) {
      rows.push([s.name, 'n/a', 'n/a', 'n/a', '', `n/a: ${s.reason}`]);
      continue;
    }
    rows.push([s.name, fmtS(s.medianWallMs), `${fmtS(s.minWallMs)}–${fmtS(s.maxWallMs)}`, fmtMb(s.medianRssMb), s.exitCodes.join(','), `${s.okRuns}/${s.runs}`]);
  }
  table(rows, print);
  print('');
  const rr = [['ratio', 'wall', 'peak RSS']];
  for (const r of sc.ratios) rr.push([`${r.ours} ÷ ${r.peer}`, fmtR(r.wall), fmtR(r.rss)]);
  table(rr, print);
  for (const s of sc.summaries) for (const e of s.errors.slice(0, 2)) print(`  ! ${s.name}: ${e}`);
}

function table(rows, print) {
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  rows.forEach((r, n) => {
    print(`| ${r.map((c, i) => String(c).padEnd(w[i])).join(' | ')} |`);
    if (n === 0) print(`|${w.map((x) => '-'.repeat(x + 2)).join('|')}|`);
  });
}

/**
 * The targets of issue 6, for each avtalesjekk format. Memory growth is "sub-linear" when the
 * extra memory per file from 100 to 1 000 files is below the extra per file from 1 to 100 files.
 */
export function targets(scenarios, cacheOption) {
  const get = (files, name) => scenarios.find((s) => s.files === files)?.summaries.find((x) => x.name === name);
  const out = [];
  for (const fmt of ['avtalesjekk json', 'avtalesjekk markdown']) {
    const one = get(1, fmt), oneAjv = get(1, 'ajv-cli');
    const k = get(1000, fmt), kAjv = get(1000, 'ajv-cli'), h = get(100, fmt);
    const r1 = ratio(one?.medianWallMs, oneAjv?.medianWallMs);
    const rk = ratio(k?.medianWallMs, kAjv?.medianWallMs);
    const judge = (v, ok) => (v == null ? 'n/a' : ok ? 'met' : 'NOT met');
    out.push({ format: fmt, target: '1 file, cold: wall ≤ 0.6 × ajv-cli', value: r1 == null ? null : `${r1.toFixed(2)} ×`, status: judge(r1, r1 <= 0.6) });
    out.push({ format: fmt, target: '1 file, cold: peak RSS ≤ 80 MB', value: one?.medianRssMb == null ? null : `${one.medianRssMb.toFixed(1)} MB`, status: judge(one?.medianRssMb, one?.medianRssMb <= 80) });
    out.push({ format: fmt, target: '1 000 files: wall ≤ 1.0 × ajv-cli', value: rk == null ? null : `${rk.toFixed(2)} ×`, status: judge(rk, rk <= 1.0) });
    out.push({ format: fmt, target: '1 000 files: peak RSS ≤ 150 MB', value: k?.medianRssMb == null ? null : `${k.medianRssMb.toFixed(1)} MB`, status: judge(k?.medianRssMb, k?.medianRssMb <= 150) });
    let growth = null;
    if (one?.medianRssMb != null && h?.medianRssMb != null && k?.medianRssMb != null) {
      const per100 = (h.medianRssMb - one.medianRssMb) / 99;
      const per1000 = (k.medianRssMb - h.medianRssMb) / 900;
      // Growth exponent over the bare-Node floor: 1 = linear, < 1 = sub-linear.
      const floor = get(1000, 'node -e 0')?.medianRssMb ?? 0;
      const exponent = Math.log((k.medianRssMb - floor) / (h.medianRssMb - floor)) / Math.log(10);
      growth = { per100, per1000, exponent, ok: per1000 < per100 };
    }
    out.push({
      format: fmt,
      target: 'memory grows sub-linearly (MB/file 100→1 000 < MB/file 1→100)',
      value: growth
        ? `${(growth.per1000 * 1024).toFixed(0)} vs ${(growth.per100 * 1024).toFixed(0)} KB/file; exponent ${growth.exponent.toFixed(2)}`
        : null,
      status: growth ? (growth.ok ? 'met' : 'NOT met') : 'n/a',
    });
  }
  const cached = get(1000, 'avtalesjekk json --cache');
  const rc = ratio(cached?.medianWallMs, get(1000, 'ajv-cli')?.medianWallMs);
  out.push({
    format: 'avtalesjekk json --cache',
    target: '1 000 files, 2nd run with --cache, unchanged: wall ≤ 0.2 × ajv-cli',
    value: rc == null ? null : `${rc.toFixed(2)} ×`,
    status: !cacheOption ? 'not implemented yet' : rc == null ? 'n/a' : rc <= 0.2 ? 'met' : 'NOT met',
  });
  return out;
}

export function printTargets(list, print) {
  print('\n## Targets (issue 6)');
  table([['format', 'target', 'measured', 'status'], ...list.map((t) => [t.format, t.target, t.value ?? 'n/a', t.status])], print);
}
