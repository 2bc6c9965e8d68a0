// Runs one command as a fresh process and measures its wall time (ms) and peak RSS (MB, from GNU time).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const GNU_TIME = '/usr/bin/time';
export const hasGnuTime = existsSync(GNU_TIME);

/**
 * Run `cmd args` with stdout to /dev/null. Wall time is taken with hrtime around the spawn
 * (GNU time's %e has only 10 ms resolution); peak RSS is GNU time's %M (kB), the child's maximum.
 * Returns { wallMs, rssMb, exitCode, signal, timedOut, stderrTail }.
 */
export function measure(cmd, args, { cwd, timeoutMs = 600_000 } = {}) {
  const [bin, argv] = hasGnuTime ? [GNU_TIME, ['-f', '%e %M %x', cmd, ...args]] : [cmd, args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(bin, argv, {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
    timeout: timeoutMs,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const stderr = r.stderr ? r.stderr.toString('utf8') : '';
  const lines = stderr.trimEnd().split('\n');
  let rssMb = null;
  let exitCode = r.status;
  if (hasGnuTime) {
    // GNU time writes "Command exited with non-zero status N" and then our format line last.
    const m = /^([\d.]+) (\d+) (\d+)$/.exec(lines.at(-1) ?? '');
    if (m) {
      rssMb = Number(m[2]) / 1024;
      exitCode = Number(m[3]);
      lines.pop();
    }
    if (/^Command (exited with non-zero status|terminated by signal)/.test(lines.at(-1) ?? '')) lines.pop();
  }
  return {
    wallMs,
    rssMb,
    exitCode,
    signal: r.signal ?? null,
    timedOut: r.error?.code === 'ETIMEDOUT',
    spawnError: r.error && r.error.code !== 'ETIMEDOUT' ? String(r.error.message) : null,
    stderrTail: lines.slice(-5).join('\n').slice(-800),
  };
}

/** Median of a numeric list (mean of the two middle values for even length); null when empty. */
export function median(xs) {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
