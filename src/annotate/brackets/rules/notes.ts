import type { BracketRule } from '../rule.js';
import { wrapInner } from '../rule.js';

/** `[i.e., Cuban missile]`, `[the Korean War]` after a name, `[-ed.]`: the translator explains. */
export const explanation: BracketRule = {
  id: 'explanation',
  description: 'An explanation by the translator or editor (i.e., e.g., ed., translator\'s note).',
  tei: 'note[@type="editorial"]',
  apply(b) {
    const inner = b.inner.trim();
    if (!/^(i\.\s?e\.|e\.\s?g\.|that is\b|viz\.|ed\.|editor|translator|trans\.|note\b|see\b)/i.test(inner) && !/[-–]\s?ed\.?$/.test(inner)) {
      return undefined;
    }
    return wrapInner(b, 'note', this.id, { type: 'editorial' });
  },
  examples: [
    { text: 'Caribbean [i.e., Cuban missile] crisis', tei: 'Caribbean <note type="editorial">i.e., Cuban missile</note> crisis' },
  ],
};

/** `[?]`: the translator doubts a reading. */
export const query: BracketRule = {
  id: 'query',
  description: 'A query: the translator is unsure of the preceding reading.',
  tei: 'note[@type="query"]',
  apply(b) {
    if (!/^\?+$/.test(b.inner.trim())) return undefined;
    return wrapInner(b, 'note', this.id, { type: 'query' });
  },
  examples: [{ text: 'Tonghua [?] county', tei: 'Tonghua <note type="query">?</note> county' }],
};

/**
 * `[s shirokim partiynym aktivom]`: the original-language wording, transliterated.
 * Recognised by the shape of transliterated Russian or Czech words, not by a dictionary.
 */
const TRANSLITERATED = /(?:ym|im|om|ykh|ikh|ogo|ego|iy|yy|yj|aya|oye|nyj|nyy)$|shch|zh|kh|ts[yi]/;

export const originalWording: BracketRule = {
  id: 'original-wording',
  description: 'The original-language wording of the preceding phrase, transliterated.',
  tei: 'note[@type="original"]',
  apply(b) {
    const words = b.inner.trim().split(/\s+/);
    if (words.length < 2 || /[A-Z]/.test(b.inner)) return undefined;
    const foreign = words.filter((w) => w.length > 3 && TRANSLITERATED.test(w)).length;
    if (foreign < Math.max(2, words.length / 2)) return undefined;
    return wrapInner(b, 'note', this.id, { type: 'original' });
  },
  examples: [
    {
      text: 'Party activists [s shirokim partiynym aktivom].',
      tei: 'Party activists <note type="original">s shirokim partiynym aktivom</note>.',
    },
  ],
};
