import type { BracketRule } from '../rule.js';
import { wrapInner } from '../rule.js';

/** `[Mao]`, `[North] Korea`, `[he]`, `[in Moscow]`: words the translator supplied. The fallback rule. */
export const supplied: BracketRule = {
  id: 'supplied',
  description: 'Words supplied by the translator to complete the sense.',
  tei: 'supplied[@reason="omitted-in-original"]',
  apply(b) {
    // Words, possibly with digits and punctuation inside; never empty or bare punctuation.
    if (!/\p{L}|\d{4}/u.test(b.inner) || b.inner.length > 200) return undefined;
    return wrapInner(b, 'supplied', this.id, { reason: 'omitted-in-original' });
  },
  examples: [
    { text: 'informed [Mao] about', tei: 'informed <supplied reason="omitted-in-original">Mao</supplied> about' },
    { text: '[North] Korea', tei: '<supplied reason="omitted-in-original">North</supplied> Korea' },
  ],
};
