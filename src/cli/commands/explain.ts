// `avtalesjekk explain <id>`: what a requirement or rule asks, with its citation, or «Mente du …?» for an unknown id.
import { explainPolicyRule, explainRequirement, explainRule } from '../../format/explain.js';
import { t } from '../../i18n/index.js';
import { findPolicyRule, findRequirement, loadCatalogue } from '../../requirements/catalogue.js';
import { allRules, ruleInfo } from '../../rules/registry.js';
import type { Lang } from '../../types.js';
import type { LocalCommand } from '../command.js';
import type { CommandContext } from '../context.js';
import { CliError } from '../errors.js';
import { suggest } from '../suggest.js';

/** Defines `explain` on the program. */
export function defineExplain(ctx: CommandContext): LocalCommand {
  const { lang, io } = ctx;
  return ctx
    .command('explain')
    .description(t(lang, 'cli.explain'))
    .argument(`<${t(lang, 'cli.arg.id')}>`, t(lang, 'cli.explain.id'))
    .action((id: string, opts: { lang: Lang }) => {
      const catalogue = loadCatalogue();
      const requirement = findRequirement(catalogue, id);
      if (requirement) return io.stdout(explainRequirement(catalogue, requirement, opts.lang));
      const policy = findPolicyRule(catalogue, id);
      if (policy) return io.stdout(explainPolicyRule(catalogue, policy, opts.lang));
      const rule = ruleInfo(catalogue, id);
      if (rule) return io.stdout(explainRule(rule, opts.lang));
      const suggestion = suggest(
        id,
        allRules(catalogue).map((r) => r.id),
      );
      throw suggestion
        ? new CliError('cli.error.unknown-rule-suggest', { id, suggestion })
        : new CliError('cli.error.unknown-rule', { id });
    }) as LocalCommand;
}
