import type { BracketRule } from '../rule.js';
import { omit } from '../rule.js';

/** `[...]`, `[…]`: the translator left text out. */
export const gap: BracketRule = {
  id: 'gap',
  description: 'An omission by the translator or editor.',
  tei: 'gap[@reason="omitted"]/desc',
  apply(b) {
    if (!/^\s*(\.{2,}|…)\s*$/.test(b.inner)) return undefined;
    return [
      { start: b.open, end: b.close + 1, element: 'gap', attributes: { reason: 'omitted' }, source: this.id },
      omit(b.open, b.open + 1, this.id),
      { start: b.open + 1, end: b.close, element: 'desc', source: this.id },
      omit(b.close, b.close + 1, this.id),
    ];
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
    if (!/^(illegible|unreadable|indecipherable)\b/i.test(b.inner.trim())) return undefined;
    return [
      { start: b.open, end: b.close + 1, element: 'gap', attributes: { reason: 'illegible' }, source: this.id },
      omit(b.open, b.open + 1, this.id),
      { start: b.open + 1, end: b.close, element: 'desc', source: this.id },
      omit(b.close, b.close + 1, this.id),
    ];
  },
  examples: [{ text: 'signed by [illegible]', tei: 'signed by <gap reason="illegible"><desc>illegible</desc></gap>' }],
};
