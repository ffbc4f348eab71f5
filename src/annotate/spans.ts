import type { Span } from '../model/types.js';

/** Two spans overlap without one containing the other. */
export function crosses(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end && !(a.start <= b.start && b.end <= a.end) && !(b.start <= a.start && a.end <= b.end);
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * Fit a recognised span (entity, date) to the editorial markup around it:
 * - a supplied bracket it reaches into becomes part of it: `Mao [Zedong]`, `[North] Korea`;
 * - a name in either half of an alternative spelling covers the whole `choice`: `Ri Song-un [Ri Song Un]`.
 * Returns undefined when the span would still cut through markup.
 */
export function snap(text: string, span: Span, editorial: Span[]): Span | undefined {
  let { start, end } = span;
  for (const e of editorial) {
    if (e.element !== 'supplied' || !crosses({ start, end }, e)) continue;
    const inner = { start: e.start + 1, end: e.end - 1 };
    if (start <= inner.start && end >= inner.end) {
      // The name takes in the whole supplied part: `Mao [Zedong]`, `[North] Korea`.
      start = Math.min(start, e.start);
      end = Math.max(end, e.end);
    } else if (start > inner.start) {
      // Only the end of a supplied title: `[US President Lyndon B.] Johnson` is "Johnson".
      start = e.end;
      while (start < end && /\s/.test(text[start]!)) start++;
      if (start >= end) return undefined;
    } else return undefined;
  }
  // A date or name that reaches into a correction covers the whole `choice`: `October 1958 [sic; 1959]`.
  for (const e of editorial) {
    if (e.element === 'choice' && crosses({ start, end }, e) && start <= e.start) end = Math.max(end, e.end);
  }
  for (const e of editorial) {
    if ((e.element === 'orig' || e.element === 'reg') && e.source === 'alt-spelling' && start >= e.start && end <= Math.max(e.end, e.start)) {
      const choice = editorial.find((c) => c.element === 'choice' && c.start <= e.start && c.end >= e.end);
      if (choice) ({ start, end } = choice);
    }
  }
  const fitted = { ...span, start, end };
  if (editorial.some((e) => e.element !== 'pb' && crosses(fitted, e))) return undefined;
  if (editorial.some((e) => e.element === 'omit' && e.start <= start && end <= e.end)) return undefined;
  return fitted;
}

/**
 * All spans of a text: the editorial markup as given, then recognised spans (longest first, no
 * overlaps among them), then candidates where nothing else is.
 */
export function resolve(text: string, editorial: Span[], recognised: Span[], candidates: Span[]): Span[] {
  const kept: Span[] = [];
  const byLength = (a: Span, b: Span) => b.end - b.start - (a.end - a.start) || a.start - b.start;
  for (const group of [recognised.filter((s) => s.element !== 'date').sort(byLength), recognised.filter((s) => s.element === 'date').sort(byLength), candidates]) {
    for (const span of group) {
      const fitted = snap(text, span, editorial);
      if (!fitted || fitted.end > text.length) continue;
      if (kept.some((k) => overlaps(k, fitted))) continue;
      kept.push(fitted);
    }
  }
  return [...editorial, ...kept].sort((a, b) => a.start - b.start || b.end - a.end);
}
