import type { Span } from '../../model/types.js';

/**
 * A translator's square-bracket convention, ESLint-style: metadata, the spans it produces, and a
 * table of examples that doubles as its test (`tests/brackets.test.ts` runs every table).
 */
export interface BracketRule {
  id: string;
  description: string;
  /** The TEI this convention becomes, for the docs. */
  tei: string;
  /**
   * Spans for the bracket at `open`..`close` (indices of `[` and `]` in `text`), or undefined when the
   * rule does not apply. Spans may reach back over the words before the bracket (sic, abbreviations).
   */
  apply(bracket: Bracket): Span[] | undefined;
  /** Example inputs and the TEI the encoder writes for them. */
  examples: { text: string; tei: string }[];
}

export interface Bracket {
  text: string;
  open: number;
  close: number;
  /** The text between the brackets. */
  inner: string;
}

/** The `[` and `]` (and anything else between the element's parts) are convention, not text. */
export function omit(start: number, end: number, source: string): Span {
  return { start, end, element: 'omit', source };
}

/** Wrap the bracket in `element`, keeping its inner text and dropping the brackets themselves. */
export function wrapInner(b: Bracket, element: string, source: string, attributes?: Record<string, string>): Span[] {
  return [
    { start: b.open, end: b.close + 1, element, source, ...(attributes ? { attributes } : {}) },
    omit(b.open, b.open + 1, source),
    omit(b.close, b.close + 1, source),
  ];
}

/** The `count` words (letters, digits, hyphens, apostrophes, dots of initials) right before `end`. */
export function wordsBefore(text: string, end: number, count: number): { start: number; end: number } | undefined {
  const before = text.slice(0, end).replace(/[\s\u00a0]+$/u, '');
  const m = new RegExp(`((?:[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'’.\\-]*\\s+){${count - 1}}[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'’.\\-]*)$`, 'u').exec(before);
  if (!m) return undefined;
  const wordEnd = before.length;
  return { start: wordEnd - m[1]!.length, end: wordEnd };
}

/** A `choice` over `before [inner]`: first child over the words, second over the bracket's inner text. */
export function choiceOver(
  b: Bracket,
  words: { start: number; end: number },
  first: string,
  second: string,
  secondStart: number,
  source: string,
): Span[] {
  return [
    { start: words.start, end: b.close + 1, element: 'choice', source },
    { start: words.start, end: words.end, element: first, source },
    omit(words.end, secondStart, source),
    { start: secondStart, end: b.close, element: second, source },
    omit(b.close, b.close + 1, source),
  ];
}
