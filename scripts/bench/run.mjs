// `npm run bench`: times avtalesjekk against ajv-cli, Spectral and bare Node on synthetic agreement sets (issue 6, part 1).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSet, loadItems } from './generate.mjs';
import { hasGnuTime, measure } from './measure.mjs';
import { ensurePeers, writeSpectralRuleset } from './peers.mjs';
import { printScenario, printTargets, ratios, summarise, targets } from './report.mjs';

const rootUrl = new URL('../../', import.meta.url);
const root = fileURLToPath(rootUrl);
const print = (s = '') => process.stdout.write(`${s}\n`);
const log = (s) => process.stderr.write(`[bench] ${s}\n`);
const AS_OF = '2026-11-22';
const SCENARIOS = [
  { label: '1 fil (kald prosess)', files: 1, iterations: 5 },
  { label: '100 filer', files: 100, iterations: 5 },
  { label: '1 000 filer i ett kall', files: 1000, iterations: 3 },
];
const ARG_MAX_SAFE = 128 * 1024; // bytes of paths per call; far below Linux's ARG_MAX (2 MB), so no chunking is needed

/** Newest mtime (ms) under a folder. */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function ensureBuild() {
  const dist = join(root, 'dist');
  if (existsSync(join(dist, 'cli.js')) && newest(dist) >= newest(join(root, 'src'))) return;
  log('dist/ mangler eller er eldre enn src/: kjører npm run build');
  const r = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error('npm run build failed');
}

function helpText() {
  const r = spawnSync(process.execPath, [join(root, 'bin/avtalesjekk.js'), 'check', '--help'], { encoding: 'utf8' });
  return `${r.stdout}${r.stderr}`;
}

function writeSets(dir, n, items) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = [];
  let bytes = 0;
  const gaps = {};
  for (let i = 0; i < n; i++) {
    const { text, gap } = generateSet(i, items);
    const f = join(dir, `avtale-${String(i).padStart(4, '0')}.yaml`);
    writeFileSync(f, text);
    files.push(f);
    bytes += Buffer.byteLength(text);
    if (gap) gaps[gap] = (gaps[gap] ?? 0) + 1;
  }
  return { files, bytes, gaps };
}

function writeJsonAtomic(path, data) {
  mkdirSync(join(path, '..'), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(data, null, 2)}\n`);
  renameSync(tmp, path);
}

async function main() {
  const started = Date.now();
  ensureBuild();
  const help = helpText();
  const noConfig = help.includes('--no-config');
  const cacheOption = /--cache\b/.test(help);
  const runsOverride = process.env.BENCH_RUNS ? Math.max(1, Number.parseInt(process.env.BENCH_RUNS, 10) || 1) : null;

  const machine = {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGb: +(os.totalmem() / 1024 ** 3).toFixed(1),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
  };
  print('# avtalesjekk benchmark');
  print(`Maskin: ${machine.cpu}, ${machine.cores} kjerner, ${machine.memoryGb} GB minne, ${machine.os}, Node ${machine.node}`);
  if (!hasGnuTime) print('Advarsel: /usr/bin/time (GNU time) finnes ikke; toppminne rapporteres som n/a.');

  const work = join(os.tmpdir(), 'avtalesjekk-bench');
  const peersDir = join(os.tmpdir(), 'avtalesjekk-bench-peers');
  mkdirSync(work, { recursive: true });
  const peers = ensurePeers(peersDir, log);
  const schema = join(root, 'schemas/avtale.schema.json');
  const ruleset = writeSpectralRuleset(schema, join(work, 'spectral-ruleset.json'));
  const items = loadItems(rootUrl);

  const bin = join(root, 'bin/avtalesjekk.js');
  const cacheFile = join(work, 'avtalesjekk-cache.json');
  const ours = (format) => (files) => [process.execPath, [bin, 'check', ...files, '--format', format, '--as-of', AS_OF, ...(noConfig ? ['--no-config'] : [])]];
  const tools = [
    { name: 'avtalesjekk json', cmd: ours('json'), okExit: [0, 1] },
    { name: 'avtalesjekk markdown', cmd: ours('markdown'), okExit: [0, 1] },
    {
      // A second run over unchanged files: the cache is filled once before the timed runs (scenario 1 000 only).
      name: 'avtalesjekk json --cache',
      cmd: (files) => { const [c, a] = ours('json')(files); return [c, [...a, '--cache-location', cacheFile]]; },
      okExit: [0, 1],
      only: [1000],
      available: cacheOption,
      reason: 'check --help has no --cache',
      warm: true,
    },
    {
      name: 'ajv-cli',
      cmd: (files) => [process.execPath, [peers.ajv, 'validate', '--spec=draft2020', '--all-errors', '--strict=false', '-c', 'ajv-formats', '-s', schema, ...files.flatMap((f) => ['-d', f])]],
      okExit: [0],
      cwd: peersDir, // so `-c ajv-formats` resolves from the peers' node_modules
      available: !!peers.ajv,
      reason: peers.errors['ajv-cli'] ?? peers.errors.install,
    },
    {
      name: 'spectral',
      cmd: (files) => [process.execPath, [peers.spectral, 'lint', ...files, '--ruleset', ruleset, '--fail-severity', 'error', '--format', 'text']],
      okExit: [0],
      available: !!peers.spectral,
      reason: peers.errors.spectral ?? peers.errors.install,
    },
    { name: 'node -e 0', cmd: () => [process.execPath, ['-e', '0']], okExit: [0] },
  ];

  const scenarios = [];
  for (const sc of SCENARIOS) {
    const iterations = runsOverride ?? sc.iterations;
    const { files, bytes, gaps } = writeSets(join(work, `files-${sc.files}`), sc.files, items);
    const argBytes = files.reduce((n, f) => n + f.length + 1, 0);
    log(`${sc.label}: ${files.length} filer (${(bytes / 1024).toFixed(0)} KB, hull: ${JSON.stringify(gaps)}), argumenter ${argBytes} byte, ${iterations} runder`);
    if (argBytes > ARG_MAX_SAFE) throw new Error(`argument list of ${argBytes} bytes is too long for one call; chunking is not implemented`);

    const state = tools.map((t) => ({ name: t.name, available: (t.available ?? true) && (!t.only || t.only.includes(sc.files)), reason: t.only && !t.only.includes(sc.files) ? 'not measured in this scenario' : t.reason, runs: [] }));
    for (const [idx, t] of tools.entries()) {
      if (!t.warm || !state[idx].available) continue;
      rmSync(cacheFile, { force: true });
      const [cmd, args] = t.cmd(files);
      const warm = measure(cmd, args, { cwd: root });
      log(`  ${t.name}: fylte mellomlageret på ${(warm.wallMs / 1000).toFixed(3)} s (exit ${warm.exitCode})`);
    }
    for (let it = 0; it < iterations; it++) {
      // Round-robin, starting one tool later each iteration so no tool always runs first.
      for (let k = 0; k < tools.length; k++) {
        const idx = (k + it) % tools.length;
        const t = tools[idx];
        const s = state[idx];
        if (!s.available) continue;
        const [cmd, args] = t.cmd(files);
        const m = measure(cmd, args, { cwd: t.cwd ?? root });
        let problem = null;
        if (m.spawnError) problem = `could not start: ${m.spawnError}`;
        else if (m.timedOut) problem = 'timed out';
        else if (m.signal) problem = `killed by ${m.signal}`;
        else if (!t.okExit.includes(m.exitCode)) problem = `exit ${m.exitCode}: ${m.stderrTail.replace(/\s+/g, ' ').slice(0, 300)}`;
        s.runs.push({ wallMs: m.wallMs, rssMb: m.rssMb, exitCode: m.exitCode, ok: !problem, problem });
        log(`  ${it + 1}/${iterations} ${t.name}: ${(m.wallMs / 1000).toFixed(3)} s, ${m.rssMb?.toFixed(1) ?? '?'} MB, exit ${m.exitCode}${problem ? ` (${problem.slice(0, 120)})` : ''}`);
        // A peer that cannot run at all on the first try is reported as n/a, not retried.
        if (problem && it === 0 && !t.name.startsWith('avtalesjekk') && t.name !== 'node -e 0') {
          s.available = false;
          s.reason = problem.slice(0, 200);
        }
      }
    }
    const summaries = state.map(summarise).filter((x, i) => !tools[i].only || tools[i].only.includes(sc.files));
    scenarios.push({ ...sc, iterations, totalKb: Math.round(bytes / 1024), gaps, argBytes, summaries, ratios: ratios(summaries) });
  }

  for (const sc of scenarios) printScenario(sc, print);
  const tg = targets(scenarios, cacheOption);
  printTargets(tg, print);
  print('\nMerknader:');
  print('- Alle tall er medianer over runder som veksler mellom verktøyene (round-robin); hver kjøring er en ny prosess.');
  print('- ajv-cli leser YAML-filene direkte (js-yaml); datoene i de syntetiske filene står i anførselstegn, ellers gjør js-yaml dem til Date og ajv-cli avviser dem.');
  print('- ajv-cli kjøres med --strict=false fordi skjemaet har editor-nøkkelord (markdownDescription, errorMessage, …).');
  print('- Spectral bruker et regelsett med én regel: den innebygde «schema»-funksjonen med hele avtale.schema.json på roten av dokumentet.');
  print(`- Alle filer sendes som argumenter i ett kall (ingen oppdeling); største argumentliste: ${Math.max(...scenarios.map((s) => s.argBytes))} byte.`);
  print(`- Veggtid måles med hrtime rundt prosessen, toppminne (maks RSS) med GNU time %M. Peers: ${JSON.stringify(peers.versions)}.`);

  const out = join(root, 'bench-results', 'results.json');
  writeJsonAtomic(out, {
    generatedBy: 'scripts/bench/run.mjs',
    date: new Date().toISOString(),
    durationS: Math.round((Date.now() - started) / 1000),
    machine,
    avtalesjekkVersion: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version,
    peers: peers.versions,
    peerErrors: peers.errors,
    asOf: AS_OF,
    noConfig,
    cacheOption,
    scenarios: scenarios.map(({ label, files, iterations, totalKb, gaps, summaries, ratios: r }) => ({ label, files, iterations, totalKb, gaps, summaries, ratios: r })),
    targets: tg,
  });
  print(`\nResultater skrevet til ${out} (${Math.round((Date.now() - started) / 1000)} s i alt).`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    log(`feil: ${err?.stack ?? err}`);
    process.exitCode = 2;
  },
);
