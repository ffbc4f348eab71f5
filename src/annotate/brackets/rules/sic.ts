import type { BracketRule } from '../rule.js';
import { choiceOver, omit, wordsBefore } from '../rule.js';

const shape = (words: string[]) => words.map((w) => (/^\p{Lu}/u.test(w) ? 'A' : 'a')).join('');

/**
 * The words a correction replaces: as many as it has when they look alike ("Kim II Sung [sic; Kim
 * Il Sung]"), else the one word before the bracket ("PRV [sic; People's Republic of Vietnam]").
 */
function replacedWords(text: string, open: number, correction: string): { start: number; end: number } | undefined {
  const corrected = correction.trim().split(/\s+/);
  if (corrected.length < 2 || corrected.length > 4) return undefined;
  const words = wordsBefore(text, open, corrected.length);
  if (!words) return undefined;
  return shape(text.slice(words.start, words.end).split(/\s+/)) === shape(corrected) ? words : undefined;
}

/** `12 September [sic; November]`: the source's reading and the translator's correction. */
export const sicCorrection: BracketRule = {
  id: 'sic-correction',
  description: 'A reading marked [sic; correction] by the translator.',
  tei: 'choice/(sic, corr)',
  apply(b) {
    const m = /^sic\s*[;:,]\s*/i.exec(b.inner);
    if (!m || m[0].length === b.inner.length) return undefined;
    const correction = b.inner.slice(m[0].length);
    const words = replacedWords(b.text, b.open, correction) ?? wordsBefore(b.text, b.open, 1);
    if (!words) return undefined;
    return choiceOver(b, words, 'sic', 'corr', b.open + 1 + m[0].length, this.id);
  },
  examples: [
    { text: 'On 12 September [sic; November] 1957', tei: 'On 12 <choice><sic>September</sic><corr>November</corr></choice> 1957' },
    {
      text: 'in the PRV [sic; North Vietnam-ed.], the',
      tei: 'in the <choice><sic>PRV</sic><corr>North Vietnam-ed.</corr></choice>, the',
    },
    {
      text: 'said Kim II Sung [sic; Kim Il Sung] that',
      tei: 'said <choice><sic>Kim II Sung</sic><corr>Kim Il Sung</corr></choice> that',
    },
  ],
};

/** `dispatched [sic]`: a reading the translator confirms as in the source. */
export const sicAlone: BracketRule = {
  id: 'sic',
  description: 'A reading marked [sic] without a correction.',
  tei: 'sic',
  apply(b) {
    if (!/^sic!?$/i.test(b.inner.trim())) return undefined;
    const words = wordsBefore(b.text, b.open, 1);
    if (!words) return undefined;
    return [
      { start: words.start, end: b.close + 1, element: 'sic', source: this.id },
      omit(words.end, b.close + 1, this.id),
    ];
  },
  examples: [{ text: 'the delegation were [sic] late', tei: 'the delegation <sic>were</sic> late' }],
};
