import * as chrono from 'chrono-node';
import type { Span } from '../model/types.js';
import { isRealIsoDate, isoDay } from '../lib/dates.js';
import type { View } from './view.js';
import { toText } from './view.js';

/**
 * Date expressions → `date` spans with ISO values.
 *
 * chrono-node (strict mode) reads full dates and day-month dates; it does not read month-year
 * ("August 1956") or years ("in 1958", "the 1960 plan"), which the two patterns below add. A
 * missing year comes from the last full date of the narrative, else from the document's date, and
 * is marked `@cert="medium"`. Years mentioned in passing ("the 1960 plan") do not move the narrative.
 */

export interface DateContext {
  /** The document's own date (ISO), the reference for years left out. */
  documentDate?: string;
  /** Year of the last full date read so far in the document; updated as the text is read. */
  lastYear?: number;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_ABBR = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const MONTH_YEAR = new RegExp(`\\b(${MONTHS}|(?:${MONTH_ABBR})\\.?)\\s*,?\\s+(\\d{4}|'?\\d{2})(?![\\d/.-]\\d)`, 'g');
const MONTH_NAME = new RegExp(`\\b(${MONTHS}|${MONTH_ABBR})\\b`);
const YEAR_CONTEXT =
  /\b(?:in|since|until|till|of|from|by|before|after|during|to|the|year|early|late|mid|spring|summer|autumn|fall|winter|and|through|for|between)\s+$/i;
const YEAR = /(?<![\d/.,–-])(1[89]\d\d|20[0-4]\d)(?:\s*[-–]\s*(1[89]\d\d|20[0-4]\d))?(?![\d/%]|,\d|\.\d|\s*(?:tons?|meters?|metres?|km|kilo|people|persons|men|units|dollars|rubles|roubles|yuan|wons?|vons?)\b)/gi;
const WEEKDAY_OR_PREPOSITION = /^(?:(?:on|from|since|until|till|by|of|in|the|about|around|before|after)\s+)*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?/i;
const MONTH_NUMBER = new Map(
  [...MONTHS.split('|'), ...MONTH_ABBR.split('|')].map((m) => [m.slice(0, 3).toLowerCase(), 0] as [string, number]),
);
MONTHS.split('|').forEach((m, i) => MONTH_NUMBER.set(m.slice(0, 3).toLowerCase(), i + 1));

interface Found {
  start: number;
  end: number;
  attributes: Record<string, string>;
  /** Day-month without a year: resolved in reading order. */
  month?: number;
  day?: number;
  lastYear?: boolean;
  /** The year of a full date: the narrative's current year, which later yearless dates take. */
  narrativeYear?: number;
}

export function findDates(view: View, context: DateContext): Span[] {
  const found: Found[] = [];
  const taken = (s: number, e: number) => found.some((f) => s < f.end && f.start < e);
  const ref = context.documentDate ? new Date(`${context.documentDate.padEnd(10, '-01').slice(0, 10)}T12:00:00Z`) : new Date();

  for (const r of chrono.strict.parse(view.value, { instant: ref })) {
    // Only calendar expressions: chrono also reads "4 days later" and "for two days" as dates.
    if (!MONTH_NAME.test(r.text) || /\d\/\d|\d\.\d/.test(r.text) || !r.start.isCertain('month') || !r.start.isCertain('day')) continue;
    const start = r.index + WEEKDAY_OR_PREPOSITION.exec(r.text)![0].length;
    const end = Math.max(start + 1, r.index + r.text.replace(/[\s,.]+$/, '').length);
    const month = r.start.get('month')!;
    const day = r.start.get('day')!;
    if (!r.start.isCertain('year')) {
      const lastYear = /^\s+last year/i.test(view.value.slice(end, end + 12));
      found.push({ start, end, attributes: {}, month, day, lastYear });
      continue;
    }
    const year = r.start.get('year')!;
    const attributes: Record<string, string> = {};
    if (r.end && r.end.isCertain('day')) {
      attributes.from = isoDay(year, month, day);
      attributes.to = isoDay(r.end.isCertain('year') ? r.end.get('year')! : year, r.end.get('month')!, r.end.get('day')!);
    } else attributes.when = isoDay(year, month, day);
    if (Object.values(attributes).every(isRealIsoDate)) found.push({ start, end, attributes, narrativeYear: year });
  }

  for (const m of view.value.matchAll(MONTH_YEAR)) {
    const start = m.index;
    const end = start + m[0].length;
    const digits = m[2]!.replace("'", '');
    // "May 12" is a day, not a year; two-digit years only after abbreviated months ("Feb 64").
    if (taken(start, end) || (digits.length === 2 && !/^[A-Z][a-z]{2}\.?$/.test(m[1]!))) continue;
    const month = MONTH_NUMBER.get(m[1]!.slice(0, 3).toLowerCase())!;
    const year = digits.length === 2 ? 1900 + Number(digits) : Number(digits);
    found.push({ start, end, attributes: { when: `${year}-${String(month).padStart(2, '0')}` } });
  }

  for (const m of view.value.matchAll(YEAR)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken(start, end) || !YEAR_CONTEXT.test(view.value.slice(Math.max(0, start - 20), start))) continue;
    const attributes: Record<string, string> = m[2] ? { from: m[1]!, to: m[2] } : { when: m[1]! };
    found.push({ start, end, attributes });
  }

  const spans: Span[] = [];
  const docYear = context.documentDate ? Number(context.documentDate.slice(0, 4)) : undefined;
  for (const f of found.sort((a, b) => a.start - b.start)) {
    if (f.narrativeYear !== undefined) context.lastYear = f.narrativeYear;
    if (f.month !== undefined) {
      // "last year" counts from the time of writing; a bare day-month from the narrative.
      const year = f.lastYear ? (docYear ?? NaN) - 1 : (context.lastYear ?? docYear);
      if (year === undefined || Number.isNaN(year)) continue;
      const when = isoDay(year, f.month, f.day!);
      if (!isRealIsoDate(when)) continue;
      f.attributes = { when, cert: 'medium' };
    }
    spans.push({ ...toText(view, f.start, f.end), element: 'date', attributes: f.attributes, source: 'date' });
  }
  return spans;
}
