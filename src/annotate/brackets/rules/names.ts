import type { BracketRule } from '../rule.js';
import { choiceOver, wordsBefore, wrapInner } from '../rule.js';

/** `PRA [People's Republic of Albania]`, `FRG [Federal Republic Germany; West Germany]`. */
export const abbreviation: BracketRule = {
  id: 'abbreviation',
  description: 'An abbreviation followed by its expansion.',
  tei: 'choice/(abbr, expan)',
  apply(b) {
    const words = wordsBefore(b.text, b.open, 1);
    if (!words) return undefined;
    const abbr = b.text.slice(words.start, words.end);
    const inner = b.inner.trim();
    if (!/^[\p{Lu}][\p{L}]*[\p{Lu}][\p{L}]*s?$/u.test(abbr) || abbr.length > 8) return undefined;
    if (!/^[\p{Lu}]/u.test(inner) || inner.split(/\s+/).length < 2) return undefined;
    if (inner[0]!.toUpperCase() !== abbr[0]!.toUpperCase()) return undefined;
    return choiceOver(b, words, 'abbr', 'expan', b.open + 1 + (b.inner.length - b.inner.trimStart().length), this.id);
  },
  examples: [
    {
      text: 'the PRA [People\'s Republic of Albania] and',
      tei: 'the <choice><abbr>PRA</abbr><expan>People\'s Republic of Albania</expan></choice> and',
    },
  ],
};

/** Letter-bigram similarity (Dice) of two names, ignoring case, spaces and punctuation. */
export function nameSimilarity(a: string, b: string): number {
  const grams = (s: string) => {
    const letters = s.toLowerCase().replace(/[^\p{L}]/gu, '');
    const out: string[] = [];
    for (let i = 0; i < letters.length - 1; i++) out.push(letters.slice(i, i + 2));
    return out;
  };
  const ga = grams(a);
  const gb = grams(b);
  if (!ga.length || !gb.length) return 0;
  const pool = [...gb];
  let common = 0;
  for (const g of ga) {
    const k = pool.indexOf(g);
    if (k >= 0) {
      common++;
      pool.splice(k, 1);
    }
  }
  return (2 * common) / (ga.length + gb.length);
}

const NAME = /^[\p{Lu}][\p{L}\p{M}'’-]*(?:\s+[\p{Lu}][\p{L}\p{M}'’-]*){0,3}$/u;
const tokens = (s: string) => s.replace(/['’]s$/, '').toLowerCase().split(/[\s-]+/).filter(Boolean);

/**
 * Two spellings of one name: word by word alike when they have as many words ("Daegu"/"Taegu",
 * "Ri Song-un"/"Ri Song Un"), else alike as wholes ("Jiang Jieshi"/"Chiang Kai-shek").
 * "West Irian"/"West Papua" share a word but are different names.
 */
export function sameNameRespelled(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length === tb.length) {
    const scores = ta.map((t, i) => (t === tb[i] ? 1 : nameSimilarity(t, tb[i]!)));
    return Math.min(...scores) >= 0.2 ? scores.reduce((x, y) => x + y, 0) / scores.length : 0;
  }
  const whole = nameSimilarity(a, b);
  return whole >= 0.3 ? whole : 0;
}

/** `Ri Song-un [Ri Song Un]`, `Hoeryeong [Hoeryong]`: the same name in another romanisation. */
export const altSpelling: BracketRule = {
  id: 'alt-spelling',
  description: 'A name followed by another romanisation or spelling of it.',
  tei: 'choice/(orig, reg)',
  apply(b) {
    const inner = b.inner.trim();
    if (!NAME.test(inner)) return undefined;
    const count = inner.split(/\s+/).length;
    let best: { words: { start: number; end: number }; score: number } | undefined;
    for (const n of [count - 1, count, count + 1]) {
      const words = n >= 1 ? wordsBefore(b.text, b.open, n) : undefined;
      if (!words) continue;
      const before = b.text.slice(words.start, words.end);
      if (!NAME.test(before.replace(/\s+/g, ' '))) continue;
      const score = sameNameRespelled(before, inner);
      if (score > 0 && (!best || score > best.score)) best = { words, score };
    }
    if (!best) return undefined;
    return choiceOver(b, best.words, 'orig', 'reg', b.open + 1 + (b.inner.length - b.inner.trimStart().length), this.id);
  },
  examples: [
    {
      text: 'Ambassador Ri Song-un [Ri Song Un] started',
      tei: 'Ambassador <choice><orig>Ri Song-un</orig><reg>Ri Song Un</reg></choice> started',
    },
    { text: 'Daegu [Taegu] are', tei: '<choice><orig>Daegu</orig><reg>Taegu</reg></choice> are' },
    {
      text: 'Jiang Jieshi’s [Chiang Kai-shek] rule',
      tei: '<choice><orig>Jiang Jieshi’s</orig><reg>Chiang Kai-shek</reg></choice> rule',
    },
  ],
};

const TITLES = /^(The|A|An|This|That|Comrade|Cde\.|Premier|Chairman|President|Ambassador|Minister|Director|Secretary|General|Marshal|Chief|Vice|Deputy|Mr\.|Mrs\.|Dr\.)$/;

/** `West Irian [West Papua]`: a name followed by the name it is better known by. */
export const identification: BracketRule = {
  id: 'identification',
  description: 'A name followed by another name that identifies it (a modern or better-known name).',
  tei: 'note[@type="identification"]',
  apply(b) {
    const inner = b.inner.trim();
    // One capitalised word completes the name instead: `Mao [Zedong]`, `Communist [Party]`.
    if (!NAME.test(inner.replace(/^the\s+/, '')) || !/\s/.test(inner)) return undefined;
    const words = wordsBefore(b.text, b.open, 1);
    if (!words) return undefined;
    const before = b.text.slice(words.start, words.end);
    if (!/^\p{Lu}\p{Ll}/u.test(before) || TITLES.test(before)) return undefined;
    return wrapInner(b, 'note', this.id, { type: 'identification' });
  },
  examples: [
    { text: 'West Irian [West Papua] to', tei: 'West Irian <note type="identification">West Papua</note> to' },
    {
      text: 'the Fatherland Liberation War [the Korean War], almost',
      tei: 'the Fatherland Liberation War <note type="identification">the Korean War</note>, almost',
    },
  ],
};
