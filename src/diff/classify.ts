// Classifies a change: its default reason (LAW.md § 7), unless the agreement in force says otherwise in `avtale.endringsregler`.
import { t } from '../i18n/index.js';
import type { DataPath } from '../engine/issue.js';
import { isRecord, text, type Data } from '../model.js';
import type { Lang } from '../types.js';
import { LAW_FIXED, REASONS, type ChangeClass, type ChangeKind, type DefaultReason } from './kinds.js';
import { list, refText } from './raw.js';

/** One entry of `avtale.endringsregler`. */
export interface ChangeRuleView {
  area: string;
  classification: ChangeClass;
  reference?: string;
  path: DataPath;
}

/** The change rules of a version, first entry per area. */
export function changeRules(data: Data, lang: Lang): ChangeRuleView[] {
  const meta = isRecord(data.avtale) ? data.avtale : {};
  const out: ChangeRuleView[] = [];
  for (const [i, r] of list(meta.endringsregler).entries()) {
    if (!isRecord(r)) continue;
    const area = text(r.omraade);
    const klasse = r.klasse === 'vesentlig' ? 'material' : r.klasse === 'mindre' ? 'minor' : undefined;
    if (area === undefined || klasse === undefined || out.some((x) => x.area === area)) continue;
    out.push({ area, classification: klasse, ...(isRecord(r.hjemmel) ? { reference: refText(r.hjemmel, lang) } : {}), path: ['avtale', 'endringsregler', i] });
  }
  return out;
}

export interface Classified {
  classification: ChangeClass;
  /** The reason id and where it comes from. */
  reason: { id: DefaultReason | 'agreement-rule'; source: 'law' | 'default' | 'agreement'; rule?: ChangeRuleView; overrideIgnored?: ChangeRuleView };
}

/** The class of a change of `kind` with default reason `reason`, under the change rules of the version in force. */
export function classify(kind: ChangeKind, reason: DefaultReason, rules: readonly ChangeRuleView[]): Classified {
  const fixed = LAW_FIXED.includes(reason);
  const source = fixed ? 'law' : 'default';
  const rule = rules.find((r) => r.area === kind);
  if (!rule) return { classification: REASONS[reason], reason: { id: reason, source } };
  if (fixed) return { classification: REASONS[reason], reason: { id: reason, source, ...(rule.classification === 'minor' ? { overrideIgnored: rule } : {}) } };
  return { classification: rule.classification, reason: { id: 'agreement-rule', source: 'agreement', rule } };
}

/** The reason as a sentence in `lang`. */
export function reasonText(c: Classified, lang: Lang): string {
  if (c.reason.id !== 'agreement-rule') return t(lang, `diff.reason.${c.reason.id}`);
  const rule = c.reason.rule!;
  const base = t(lang, 'diff.reason.agreement-rule', { classification: `@diff.class.${rule.classification}` });
  return rule.reference ? `${base} (${rule.reference})` : base;
}
