// The GitHub Action's inputs (INPUT_* environment variables) turned into an `avtalesjekk check` command line. Pure.

/** The inputs declared in action.yml, as the composite step passes them (empty when not given). */
export interface ActionInputs {
  /** Files, folders or glob patterns, one per line. */
  paths: string;
  /** Extra report files, one `format: file` per line (for example `sarif: avtalesjekk.sarif`). */
  reports: string;
  lang: string;
  failOn: string;
  asOf: string;
  config: string;
}

/** The environment variable for each input: `INPUT_` and the input's name in capitals, `-` as `_`. */
export const INPUT_ENV: Readonly<Record<keyof ActionInputs, string>> = {
  paths: 'INPUT_PATHS',
  reports: 'INPUT_REPORTS',
  lang: 'INPUT_LANG',
  failOn: 'INPUT_FAIL_ON',
  asOf: 'INPUT_AS_OF',
  config: 'INPUT_CONFIG',
};

/** Reads the inputs from an environment; a missing variable is an empty input. */
export function readInputs(env: Readonly<Record<string, string | undefined>>): ActionInputs {
  const get = (key: keyof ActionInputs) => (env[INPUT_ENV[key]] ?? '').trim();
  return { paths: get('paths'), reports: get('reports'), lang: get('lang'), failOn: get('failOn'), asOf: get('asOf'), config: get('config') };
}

export type ActionArgv = { ok: true; argv: string[] } | { ok: false; messageId: 'action.error.report-line'; params: { line: string } };

/**
 * The command line: `check <paths> --format github` (annotations on stdout; the CLI also appends the markdown report
 * to the job summary), then `--format <f> --output <file>` per report line, then the options that were given.
 * Empty options are left out, so the agreement repository's `.avtalesjekk.yaml` still applies.
 */
export function actionArgv(inputs: ActionInputs): ActionArgv {
  const paths = lines(inputs.paths);
  const argv = ['check', ...(paths.length > 0 ? paths : ['.']), '--format', 'github'];
  for (const line of lines(inputs.reports)) {
    const match = /^([A-Za-z]+)\s*:\s*(\S.*)$/.exec(line);
    if (!match) return { ok: false, messageId: 'action.error.report-line', params: { line } };
    argv.push('--format', match[1]!, '--output', match[2]!.trim());
  }
  if (inputs.lang) argv.push('--lang', inputs.lang);
  if (inputs.failOn) argv.push('--fail-on', inputs.failOn);
  if (inputs.asOf) argv.push('--as-of', inputs.asOf);
  if (inputs.config) argv.push('--config', inputs.config);
  return { ok: true, argv };
}

function lines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
}
