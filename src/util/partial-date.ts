// Dates known to the day, the month or only the year ("2025-06-19", "2023-10", "2019"), and comparisons that say yes, no or «cannot tell».

/** A date known to some precision: the first and the last day it can be (YYYY-MM-DD), and how precise it is. */
export interface PartialDate {
  text: string;
  first: string;
  last: string;
  precision: 'year' | 'month' | 'day';
}

/** The answer to a comparison: true, false, or undefined when the precision of the dates does not allow an answer. */
export type Maybe = boolean | undefined;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

/** The source of the schema's pattern for year and year-month dates (full dates are checked as real calendar days). */
export const PARTIAL_DATE_PATTERN = '^[0-9]{4}(-(0[1-9]|1[0-2]))?$';

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Reads a year, a year-month or a real calendar day; anything else (a wrong day, free text) is undefined. */
export function parsePartialDate(value: unknown): PartialDate | undefined {
  if (typeof value !== 'string') return undefined;
  let m = DAY.exec(value);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
    return { text: value, first: value, last: value, precision: 'day' };
  }
  m = MONTH.exec(value);
  if (m) {
    const [year, month] = [Number(m[1]), Number(m[2])];
    if (month < 1 || month > 12) return undefined;
    return { text: value, first: `${value}-01`, last: `${value}-${pad(daysIn(year, month))}`, precision: 'month' };
  }
  m = YEAR.exec(value);
  if (m) return { text: value, first: `${value}-01-01`, last: `${value}-12-31`, precision: 'year' };
  return undefined;
}

/** Is `a` strictly before `b`? Undefined when the dates overlap so it cannot be told, or either is not a date. */
export function isBefore(a: unknown, b: unknown): Maybe {
  const x = parsePartialDate(a);
  const y = parsePartialDate(b);
  if (!x || !y) return undefined;
  if (x.last < y.first) return true;
  if (x.first >= y.last) return false;
  return undefined;
}

/** Is `a` strictly after `b`? */
export function isAfter(a: unknown, b: unknown): Maybe {
  return isBefore(b, a);
}

/** Is `a` on or before `b`? */
export function isOnOrBefore(a: unknown, b: unknown): Maybe {
  const after = isAfter(a, b);
  return after === undefined ? undefined : !after;
}

/** Is `a` on or after `b`? */
export function isOnOrAfter(a: unknown, b: unknown): Maybe {
  const before = isBefore(a, b);
  return before === undefined ? undefined : !before;
}

/** Does `date` fall in the period from `from` to `until` (both inclusive, either open)? */
export function isWithin(date: unknown, from: unknown, until: unknown): Maybe {
  const a = from === undefined ? true : isOnOrAfter(date, from);
  const b = until === undefined ? true : isOnOrBefore(date, until);
  if (a === false || b === false) return false;
  return a === true && b === true ? true : undefined;
}

/** Orders dates by their first possible day, then by precision (a year before its months and days); for sorting only. */
export function comparePartialDates(a: string | undefined, b: string | undefined): number {
  const x = parsePartialDate(a);
  const y = parsePartialDate(b);
  if (!x || !y) return (x ? 1 : 0) - (y ? 1 : 0);
  return x.first.localeCompare(y.first) || x.last.localeCompare(y.last);
}

/** `date` plus whole months, for a notice period; undefined for a date that is not known to the day. */
export function addMonths(date: string, months: number): string | undefined {
  const d = parsePartialDate(date);
  if (!d || d.precision !== 'day') return undefined;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return `${y}-${pad(m)}-${pad(Math.min(day, daysIn(y, m)))}`;
}
