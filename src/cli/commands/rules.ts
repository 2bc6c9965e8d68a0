// `avtalesjekk rules`: lists every requirement and rule, as text or as the README's markdown table.
import { listRules } from '../../format/explain.js';
import { t } from '../../i18n/index.js';
import { loadCatalogue } from '../../requirements/catalogue.js';
import { allRules } from '../../rules/registry.js';
import type { Lang } from '../../types.js';
import { RULES_FORMAT_SPELLINGS, choiceOption } from '../choices.js';
import type { LocalCommand } from '../command.js';
import type { CommandContext } from '../context.js';

/** Defines `rules` on the program. */
export function defineRules(ctx: CommandContext): LocalCommand {
  const { lang, io } = ctx;
  return ctx
    .command('rules')
    .description(t(lang, 'cli.rules'))
    .addOption(
      choiceOption(`-f, --format <${t(lang, 'cli.value.format')}>`, t(lang, 'cli.opt.format'), '--format', RULES_FORMAT_SPELLINGS).default(
        'text',
      ),
    )
    .action((opts: { lang: Lang; format: 'text' | 'markdown' }) => {
      const catalogue = loadCatalogue();
      io.stdout(listRules(catalogue, allRules(catalogue), opts.lang, opts.format));
    }) as LocalCommand;
}
