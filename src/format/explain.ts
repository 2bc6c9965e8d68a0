// Text for `avtalesjekk explain` and `avtalesjekk rules`, read from the catalogue and the rule registry.
import { RULE_EXPLANATIONS } from '../i18n/explain-rules.js';
import { t } from '../i18n/index.js';
import { citationIn, type Catalogue, type PolicyRuleEntry, type RequirementEntry } from '../requirements/catalogue.js';
import { ruleTitle, type RuleInfo } from '../rules/registry.js';
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

/** Plain-text explanation of a policy rule from the catalogue (authority, governance). */
export function explainPolicyRule(catalogue: Catalogue, r: PolicyRuleEntry, lang: Lang): string {
  const out = [`${r.id}  ${r.title[lang]}`, '', r.summary[lang]];
  for (const [label, c] of [[t(lang, 'explain.citation'), r.citation], ...(r.seeAlso ?? []).map((s) => [t(lang, 'explain.see-also'), s] as const)] as const) {
    if (!c) continue;
    const cc = citationIn(catalogue, c, lang);
    out.push('', `${label}: ${cc.law} ${cc.ref}`, `  ${cc.url}`);
  }
  if (r.basis) out.push('', `${t(lang, 'explain.basis')}: ${r.basis[lang]}`);
  out.push('', t(lang, 'explain.severity', { severity: `@severity.${r.severity}` }));
  if (!r.verified) out.push(t(lang, 'explain.unverified'));
  return out.join('\n') + '\n';
}

/** Plain-text explanation of a rule that is not a requirement: its kind and severity, what triggers it, an example, how to fix it. */
export function explainRule(rule: RuleInfo, lang: Lang): string {
  const out = [`${rule.id}  ${ruleTitle(rule, lang)}`, '', t(lang, 'explain.rule-kind', { category: `@category.${rule.category}` }), t(lang, 'explain.severity', { severity: `@severity.${rule.severity}` })];
  const more = RULE_EXPLANATIONS[rule.id];
  if (more) {
    out.push('', `${t(lang, 'explain.trigger')}: ${more.trigger[lang]}`);
    out.push('', `${t(lang, 'explain.example')}:`, '', ...more.example[lang].split('\n').map((l) => `  ${l}`));
    out.push('', `${t(lang, 'explain.fix')}: ${more.fix[lang]}`);
  }
  return out.join('\n') + '\n';
}

/** The list of requirements and rules, as plain text or as the markdown table kept in the README. */
export function listRules(catalogue: Catalogue, rules: RuleInfo[], lang: Lang, format: 'text' | 'markdown'): string {
  const reqRows = catalogue.requirements.map((r) => {
    const c = citationIn(catalogue, r.citation, lang);
    return { id: r.id, title: r.title[lang], citation: `${c.ref}`, url: c.url, severity: t(lang, `severity.${r.severity}`), from: r.inForce.from };
  });
  const policyRows = catalogue.rules.map((r) => {
    const c = r.citation ? citationIn(catalogue, r.citation, lang) : undefined;
    return { id: r.id, title: r.title[lang], citation: c?.ref ?? (r.basis ? r.basis[lang] : ''), url: c?.url, severity: t(lang, `severity.${r.severity}`) };
  });
  const policyIds = new Set(policyRows.map((r) => r.id));
  const otherRows = rules.filter((r) => r.category !== 'requirement' && !policyIds.has(r.id)).map((r) => ({ id: r.id, title: ruleTitle(r, lang), severity: t(lang, `severity.${r.severity}`), category: t(lang, `category.${r.category}`) }));
  if (format === 'markdown') {
    const out = [
      `| ${t(lang, 'rules.col.id')} | ${t(lang, 'rules.col.title')} | ${t(lang, 'rules.col.citation')} | ${t(lang, 'rules.col.severity')} | ${t(lang, 'rules.col.in-force')} |`,
      '|---|---|---|---|---|',
      ...reqRows.map((r) => `| \`${r.id}\` | ${escapeMarkdown(r.title)} | [${escapeMarkdown(r.citation)}](${r.url}) | ${r.severity} | ${r.from} |`),
      ...(policyRows.length > 0 ? [
        '',
        `| ${t(lang, 'rules.col.id')} | ${t(lang, 'rules.col.title')} | ${t(lang, 'rules.col.citation')} | ${t(lang, 'rules.col.severity')} |`,
        '|---|---|---|---|',
        ...policyRows.map((r) => `| \`${r.id}\` | ${escapeMarkdown(r.title)} | ${r.url ? `[${escapeMarkdown(r.citation)}](${r.url})` : escapeMarkdown(r.citation)} | ${r.severity} |`),
      ] : []),
      '',
      `| ${t(lang, 'rules.col.id')} | ${t(lang, 'rules.col.title')} | ${t(lang, 'rules.col.severity')} |`,
      '|---|---|---|',
      ...otherRows.map((r) => `| \`${r.id}\` | ${escapeMarkdown(r.title)} | ${r.severity} |`),
    ];
    return out.join('\n') + '\n';
  }
  const w = Math.max(...[...reqRows, ...policyRows, ...otherRows].map((r) => r.id.length));
  return [
    `${t(lang, 'rules.heading-requirements')}:`,
    ...reqRows.map((r) => `  ${r.id.padEnd(w)}  ${r.severity.padEnd(9)}  ${r.title} (${r.citation})`),
    '',
    ...(policyRows.length > 0 ? [`${t(lang, 'rules.heading-policies')}:`, ...policyRows.map((r) => `  ${r.id.padEnd(w)}  ${r.severity.padEnd(9)}  ${r.title}${r.citation ? ` (${r.citation})` : ''}`), ''] : []),
    `${t(lang, 'rules.heading-rules')}:`,
    ...otherRows.map((r) => `  ${r.id.padEnd(w)}  ${r.severity.padEnd(9)}  ${r.title}`),
  ].join('\n') + '\n';
}
