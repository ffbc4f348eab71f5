import type { Span } from '../../model/types.js';
import type { Bracket } from './rule.js';
import { bracketRules } from './rules.js';

export interface BracketWarning {
  /** Offset in the text. */
  at: number;
  message: string;
}

export interface AppliedRule {
  open: number;
  close: number;
  rule: string;
}

/** Find the square brackets of a text and encode each by the first rule that applies. */
export function encodeBrackets(text: string): { spans: Span[]; warnings: BracketWarning[]; applied: AppliedRule[] } {
  const spans: Span[] = [];
  const applied: AppliedRule[] = [];
  const warnings: BracketWarning[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '[') {
      if (open >= 0) warnings.push({ at: open, message: 'unclosed "[" (another "[" opens before it closes); left as text' });
      open = i;
    } else if (ch === ']') {
      if (open < 0) {
        warnings.push({ at: i, message: 'unmatched "]"; left as text' });
        continue;
      }
      const bracket: Bracket = { text, open, close: i, inner: text.slice(open + 1, i) };
      const made = applyFirst(bracket, spans);
      if (made) {
        spans.push(...made);
        applied.push({ open, close: i, rule: made[0]!.source });
      }
      else warnings.push({ at: open, message: `no bracket convention matches "${text.slice(open, i + 1)}"; left as text` });
      open = -1;
    }
  }
  if (open >= 0) warnings.push({ at: open, message: 'unclosed "["; left as text' });
  return { spans, warnings, applied };
}

function applyFirst(bracket: Bracket, earlier: Span[]): Span[] | undefined {
  for (const rule of bracketRules) {
    const made = rule.apply(bracket);
    // A rule reaching back over words must not swallow an earlier bracket's markup.
    if (made && made.every((s) => !earlier.some((e) => crosses(s, e) || (s.start < e.start && s.end >= e.end)))) return made;
  }
  return undefined;
}

function crosses(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end && !(a.start <= b.start && b.end <= a.end) && !(b.start <= a.start && a.end <= b.end);
}
