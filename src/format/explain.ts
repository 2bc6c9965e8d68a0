// Text for `avtalesjekk explain` and `avtalesjekk rules`, read from the catalogue and the rule registry.
import { t } from '../i18n/index.js';
import { citationIn, type Catalogue, type RequirementEntry } from '../requirements/catalogue.js';
import type { RuleInfo } from '../rules/registry.js';
import type { Lang } from '../types.js';
import { escapeMarkdown } from './markdown.js';

/** Plain-text explanation of one requirement. */
export function explainRequirement(catalogue: Catalogue, r: RequirementEntry, lang: Lang): string {
  const c = citationIn(catalogue, r.citation, lang);
  const out = [`${r.id}  ${r.title[lang]}`, '', r.summary[lang], '', `${t(lang, 'explain.citation')}: ${c.law} ${c.ref}`, `  ${c.url}`];
  for (const s of r.seeAlso ?? []) {
    const sc = citationIn(catalogue, s, lang);
    out.push(`${t(lang, 'explain.see-also')}: ${sc.law} ${sc.ref}`, `  ${sc.url}`);
  }
  out.push('', t(lang, 'explain.in-force', { date: r.inForce.from }));
  if (r.inForce.transitionUntil && r.inForce.transitionSeverity) {
    out.push(t(lang, 'explain.transition', { date: r.inForce.transitionUntil, severity: `@severity.${r.inForce.transitionSeverity}`, normal: `@severity.${r.severity}` }));
  }
  out.push(t(lang, 'explain.severity', { severity: `@severity.${r.severity}` }));
  if (!r.verified) out.push(t(lang, 'explain.unverified'));
  if (r.elements?.length) {
    out.push('', `${t(lang, 'explain.elements')}:`);
    const width = Math.max(...r.elements.map((e) => e.id.length));
    for (const e of r.elements) out.push(`  ${e.id.padEnd(width)}  ${e.title[lang]}${e.since ? ` (${t(lang, 'explain.since', { date: e.since })})` : ''}`);
  }
  if (r.fields?.length) out.push('', `${t(lang, 'explain.fields')}: ${r.fields.join(', ')}`);
  if (r.snippet) out.push('', `${t(lang, 'explain.example')}:`, '', ...r.snippet.trimEnd().split('\n').map((l) => `  ${l}`));
  return out.join('\n') + '\n';
}

/** Plain-text explanation of a rule that is not a requirement. */
export function explainRule(rule: RuleInfo, lang: Lang): string {
  const title = rule.titleId ? t(lang, rule.titleId) : rule.id;
  return [`${rule.id}  ${title}`, '', t(lang, 'explain.rule-kind', { category: `@category.${rule.category}` }), t(lang, 'explain.severity', { severity: `@severity.${rule.severity}` })].join('\n') + '\n';
}

/** The list of requirements and rules, as plain text or as the markdown table kept in the README. */
export function listRules(catalogue: Catalogue, rules: RuleInfo[], lang: Lang, format: 'text' | 'markdown'): string {
  const reqRows = catalogue.requirements.map((r) => {
    const c = citationIn(catalogue, r.citation, lang);
    return { id: r.id, title: r.title[lang], citation: `${c.ref}`, url: c.url, severity: t(lang, `severity.${r.severity}`), from: r.inForce.from };
  });
  const otherRows = rules.filter((r) => r.category !== 'requirement').map((r) => ({ id: r.id, title: r.titleId ? t(lang, r.titleId) : r.id, severity: t(lang, `severity.${r.severity}`), category: t(lang, `category.${r.category}`) }));
  if (format === 'markdown') {
    const out = [
      `| ${t(lang, 'rules.col.id')} | ${t(lang, 'rules.col.title')} | ${t(lang, 'rules.col.citation')} | ${t(lang, 'rules.col.severity')} | ${t(lang, 'rules.col.in-force')} |`,
      '|---|---|---|---|---|',
      ...reqRows.map((r) => `| \`${r.id}\` | ${escapeMarkdown(r.title)} | [${escapeMarkdown(r.citation)}](${r.url}) | ${r.severity} | ${r.from} |`),
      '',
      `| ${t(lang, 'rules.col.id')} | ${t(lang, 'rules.col.title')} | ${t(lang, 'rules.col.severity')} |`,
      '|---|---|---|',
      ...otherRows.map((r) => `| \`${r.id}\` | ${escapeMarkdown(r.title)} | ${r.severity} |`),
    ];
    return out.join('\n') + '\n';
  }
  const w = Math.max(...[...reqRows, ...otherRows].map((r) => r.id.length));
  return [
    `${t(lang, 'rules.heading-requirements')}:`,
    ...reqRows.map((r) => `  ${r.id.padEnd(w)}  ${r.severity.padEnd(9)}  ${r.title} (${r.citation})`),
    '',
    `${t(lang, 'rules.heading-rules')}:`,
    ...otherRows.map((r) => `  ${r.id.padEnd(w)}  ${r.severity.padEnd(9)}  ${r.title}`),
  ].join('\n') + '\n';
}
