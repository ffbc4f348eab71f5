import * as chrono from 'chrono-node';

/** Shared date helpers: ISO checks and the parse of a complete date such as a document's own date. */

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `value` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real calendar day/month. */
export function isRealIsoDate(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const date = new Date(Date.UTC(Number(m[1]), month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Parse text that should be one complete date ("February 16, 1965", "13 November 1957") to ISO.
 * Returns undefined unless year, month and day are all stated.
 */
export function parseFullDate(text: string): { when: string; index: number; text: string } | undefined {
  const results = chrono.strict.parse(text, new Date(Date.UTC(2000, 0, 1)));
  for (const r of results) {
    const c = r.start;
    if (c.isCertain('year') && c.isCertain('month') && c.isCertain('day')) {
      const when = isoDay(c.get('year')!, c.get('month')!, c.get('day')!);
      if (isRealIsoDate(when)) return { when, index: r.index, text: r.text };
    }
  }
  return undefined;
}

/** Compare two ISO values of possibly different precision by their earliest day. */
export function compareIso(a: string, b: string): number {
  const pad = (v: string) => (v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v);
  return pad(a).localeCompare(pad(b));
}
