// stale-daily-rate: a fixed daily rate (døgnpris) for discharge-ready patients written into the text; the state sets it anew each year.
import { pathTarget, type Issue } from '../../engine/issue.js';
import type { Rule } from '../rule.js';
import { mentions, textValues, wordPattern } from '../utils/text-values.js';

/** A sum of money: «kr 5 745», «kr. 5.745,-», «NOK 4 885», «5745 kroner», «5 745,-». Group 1–3 hold the digits. */
const DIGITS = '(\\d{1,3}(?:[ \\u00a0\\u202f.]\\d{3})+|\\d{3,6})';
const AMOUNT = new RegExp(
  [
    `(?<![\\p{L}\\p{N}])(?:kr\\.?|NOK)\\s*${DIGITS}(?:,(?:-|\\d{2}))?`,
    `(?<![\\p{L}\\p{N}])${DIGITS}(?:,(?:-|\\d{2}))?\\s*(?:kr\\.?|kroner|NOK)(?![\\p{L}\\p{N}])`,
    `(?<![\\p{L}\\p{N}])${DIGITS},-`,
  ].join('|'),
  'giu',
);

const THREE_DIGITS = /\d{3}/;

/** Words that tie an amount to discharge-ready patients (bokmål and nynorsk). */
const DISCHARGE_READY = ['utskrivn?ingsklar\\p{L}*', 'overliggedøgn\\p{L}*', 'overliggjardøgn\\p{L}*'].map((s) => wordPattern(s));
/** Words that make an amount a rate per day. */
const PER_DAY = ['døgn\\p{L}*', 'dag(?:en|er|ar|ane)?', 'døgnpris\\p{L}*', 'døgnsats\\p{L}*'].map((s) => wordPattern(`(?:${s})(?![\\p{L}\\p{N}])`));

/** How far (in characters) from an amount the words above may be. */
const WINDOW = 150;

/** Below this, a number with «kr» is not a daily rate (a fee, a co-payment). The rate was NOK 4 000–6 000 in 2012–2025. */
const MIN_RATE = 1000;

export const staleDailyRateRule: Rule = {
  meta: { id: 'stale-daily-rate' },
  check({ data }) {
    const issues: Issue[] = [];
    for (const text of textValues(data)) {
      const { value, titles } = text;
      // Every amount the pattern takes has three digits in a row; most texts have none.
      if (!THREE_DIGITS.test(value)) continue;
      const aboutDischarge = titles.some((t) => mentions(t, DISCHARGE_READY));
      const amounts: { text: string; kroner: number }[] = [];
      AMOUNT.lastIndex = 0;
      for (const m of value.matchAll(AMOUNT)) {
        const digits = (m[1] ?? m[2] ?? m[3] ?? '').replace(/\D/g, '');
        const kroner = Number.parseInt(digits, 10);
        if (!(kroner >= MIN_RATE)) continue;
        const around = value.slice(Math.max(0, m.index - WINDOW), m.index + m[0].length + WINDOW);
        // Near a discharge-ready word in the same text, or a rate per day in a section or document about them.
        if (mentions(around, DISCHARGE_READY) || (aboutDischarge && mentions(around, PER_DAY))) amounts.push({ text: m[0].replace(/\s+/g, ' ').trim(), kroner });
      }
      if (amounts.length === 0) continue;
      issues.push({
        ruleId: 'stale-daily-rate',
        messageId: 'stale.daily-rate',
        params: { amount: amounts.map((a) => a.text).join(', ') },
        hintId: 'hint.stale-daily-rate',
        target: pathTarget(text.path, 'value'),
        data: { amounts: amounts.map((a) => a.kroner) },
      });
    }
    return issues;
  },
};
