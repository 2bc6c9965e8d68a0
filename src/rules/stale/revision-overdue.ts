// revision-overdue: the agreement's next revision date has passed, or its last revision is older than its own interval.
import { pathTarget, type Issue } from '../../engine/issue.js';
import type { MessageId } from '../../i18n/index.js';
import { isRecord } from '../../model.js';
import { isDate } from '../utils/authority.js';
import type { Rule } from '../rule.js';

/** `date` (YYYY-MM-DD) plus whole `years`; 29 February becomes 28 February in a year that has none. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** A real calendar day written as YYYY-MM-DD (a wrong one is invalid-date's finding, not this rule's). */
function day(value: unknown): string | undefined {
  if (typeof value !== 'string' || !isDate(value)) return undefined;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate() ? value : undefined;
}

export const revisionOverdueRule: Rule = {
  meta: { id: 'revision-overdue' },
  check({ data, asOf }) {
    const revision = isRecord(data.avtale) && isRecord(data.avtale.revisjon) ? data.avtale.revisjon : undefined;
    if (!revision) return [];
    const base = ['avtale', 'revisjon'];
    const next = day(revision.neste);
    // A next-revision date the parties wrote themselves decides; the interval is only read when there is none.
    if (next !== undefined) {
      if (next >= asOf) return [];
      return [issue('stale.revision-next', { date: next, asOf }, [...base, 'neste'], { due: next })];
    }
    const last = day(revision.sist_revidert);
    const years = revision.intervall_aar;
    if (last === undefined || typeof years !== 'number' || !Number.isInteger(years) || years < 1) return [];
    const due = addYears(last, years);
    if (due >= asOf) return [];
    return [issue('stale.revision-interval', { last, years, due, asOf }, [...base, 'sist_revidert'], { due, last, years })];
  },
};

function issue(messageId: MessageId, params: Record<string, string | number>, path: (string | number)[], data: Record<string, unknown>): Issue {
  return { ruleId: 'revision-overdue', messageId, params, hintId: 'hint.revision-overdue', target: pathTarget(path, 'value'), data };
}
