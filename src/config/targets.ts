// Pairs --format and --output options, in the order given, into report targets (a format and a file, or standard output).
import type { MessageId } from '../i18n/index.js';

/** One --format or --output as it appeared on the command line. */
export type OutputOption = { kind: 'format'; value: string } | { kind: 'output'; value: string };

/** A report to write: in `format`, to `output`, or to standard output when `output` is undefined. */
export interface Target {
  format: string;
  output?: string;
}

export type TargetsResult = { ok: true; targets: Target[] } | { ok: false; messageId: MessageId; params: Record<string, string> };

/**
 * Each --output belongs to the --format right before it. With at most one --format, a single --output goes with
 * it wherever it stands (`-o rapport.md -f markdown`), and without --format it goes with `defaultFormat`.
 * At most one target may be written to standard output, and no two to the same file (`samePath` normalises paths).
 */
export function pairTargets(options: readonly OutputOption[], defaultFormat: string, samePath: (file: string) => string = (file) => file): TargetsResult {
  const formats = options.filter((o) => o.kind === 'format');
  const outputs = options.filter((o) => o.kind === 'output');
  let targets: Target[];
  if (formats.length <= 1) {
    if (outputs.length > 1) return { ok: false, messageId: 'targets.outputs-without-formats', params: { outputs: outputs.map((o) => o.value).join(', ') } };
    const format = formats[0]?.value ?? defaultFormat;
    targets = [outputs[0] ? { format, output: outputs[0].value } : { format }];
  } else {
    targets = [];
    for (const option of options) {
      if (option.kind === 'format') {
        targets.push({ format: option.value });
        continue;
      }
      const last = targets.at(-1);
      if (!last || last.output !== undefined) return { ok: false, messageId: 'targets.output-without-format', params: { output: option.value } };
      last.output = option.value;
    }
  }
  const toStdout = targets.filter((t) => t.output === undefined);
  if (toStdout.length > 1) return { ok: false, messageId: 'targets.several-stdout', params: { formats: toStdout.map((t) => t.format).join(', ') } };
  const seen = new Set<string>();
  for (const t of targets) {
    if (t.output === undefined) continue;
    const key = samePath(t.output);
    if (seen.has(key)) return { ok: false, messageId: 'targets.same-output', params: { output: t.output } };
    seen.add(key);
  }
  return { ok: true, targets };
}
