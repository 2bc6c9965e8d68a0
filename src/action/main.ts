// The GitHub Action's entry point (bundled as dist/bundle-action.js; run by action.yml): reads the inputs and runs `check`.
import { run } from '../cli.js';
import { t } from '../i18n/index.js';
import { LANGS, type Lang } from '../types.js';
import { actionArgv, readInputs } from './inputs.js';

const inputs = readInputs(process.env);
const parsed = actionArgv(inputs);
if (parsed.ok) {
  process.exitCode = await run(parsed.argv);
} else {
  const lang: Lang = LANGS.includes(inputs.lang as Lang) ? (inputs.lang as Lang) : 'nb';
  process.stderr.write(t(lang, 'cli.error.prefix') + t(lang, parsed.messageId, parsed.params) + '\n');
  process.exitCode = 2;
}
