import type { BracketRule } from '../rule.js';
import { choiceOver, wordsBefore } from '../rule.js';

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

/** `Ri Song-un [Ri Song Un]`, `Hoeryeong [Hoeryong]`: the same name in another romanisation. */
export const altSpelling: BracketRule = {
  id: 'alt-spelling',
  description: 'A name followed by another romanisation or spelling of it.',
  tei: 'choice/(orig, reg)',
  apply(b) {
    const inner = b.inner.trim();
    if (!NAME.test(inner)) return undefined;
    const count = inner.split(/\s+/).length;
    for (const n of new Set([count, count + 1, count - 1])) {
      if (n < 1) continue;
      const words = wordsBefore(b.text, b.open, n);
      if (!words) continue;
      const before = b.text.slice(words.start, words.end);
      if (!NAME.test(before.replace(/\s+/g, ' '))) continue;
      if (nameSimilarity(before.replace(/['’]s$/, ''), inner) >= 0.25) {
        return choiceOver(b, words, 'orig', 'reg', b.open + 1 + (b.inner.length - b.inner.trimStart().length), this.id);
      }
    }
    return undefined;
  },
  examples: [
    {
      text: 'Ambassador Ri Song-un [Ri Song Un] started',
      tei: 'Ambassador <choice><orig>Ri Song-un</orig><reg>Ri Song Un</reg></choice> started',
    },
    { text: 'Daegu [Taegu] are', tei: '<choice><orig>Daegu</orig><reg>Taegu</reg></choice> are' },
  ],
};
