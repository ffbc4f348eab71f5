import type { Span } from '../../../model/types.js';
import type { Bracket, BracketRule } from '../rule.js';
import { omit } from '../rule.js';

/** `<gap reason><desc>inner</desc></gap>` over the bracket; the brackets themselves are convention. */
function gapOver(b: Bracket, reason: string, source: string): Span[] {
  return [
    { start: b.open, end: b.close + 1, element: 'gap', attributes: { reason }, source },
    omit(b.open, b.open + 1, source),
    { start: b.open + 1, end: b.close, element: 'desc', source },
    omit(b.close, b.close + 1, source),
  ];
}

/** `[...]`, `[…]`: the translator left text out. */
export const gap: BracketRule = {
  id: 'gap',
  description: 'An omission by the translator or editor.',
  tei: 'gap[@reason="omitted"]/desc',
  apply(b) {
    return /^\s*(\.{2,}|…)\s*$/.test(b.inner) ? gapOver(b, 'omitted', this.id) : undefined;
  },
  examples: [
    { text: 'He said [...] and left.', tei: 'He said <gap reason="omitted"><desc>...</desc></gap> and left.' },
    { text: '[…]', tei: '<gap reason="omitted"><desc>…</desc></gap>' },
  ],
};

/** `[illegible]`, `[illegible word]`: text that could not be read. */
export const illegible: BracketRule = {
  id: 'illegible',
  description: 'Text the translator could not read.',
  tei: 'gap[@reason="illegible"]/desc',
  apply(b) {
    return /^(illegible|unreadable|indecipherable)\b/i.test(b.inner.trim()) ? gapOver(b, 'illegible', this.id) : undefined;
  },
  examples: [{ text: 'signed by [illegible]', tei: 'signed by <gap reason="illegible"><desc>illegible</desc></gap>' }],
};
