import type { AuthorityRecord, Registers } from '../../registers/index.js';

/**
 * One-pass matcher over every name form of the registers.
 *
 * Text and names are cut into tokens (runs of letters and digits, and the punctuation inside
 * names: `-`, `'`, `.`); whitespace between tokens is ignored, so a name broken over a line still
 * matches, and "N.S. Khrushchev" is "N. S. Khrushchev". A trie of the name forms is walked from
 * every token, and the longest name wins ("Northeast Bureau" over "Northeast", "USSR Embassy" over
 * "USSR"). Matching is case-sensitive ("US" the country is not "us"), but a name in capitals is also
 * found in capitals ("A. M. PUZANOV"). Single-word person names also match after initials
 * ("V.P. Moskowskyi"); initials belong to the name.
 */

export interface GazetteerMatch {
  start: number;
  end: number;
  record: AuthorityRecord;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  record?: AuthorityRecord;
  /** A one-word person name, which may follow initials. */
  surname?: AuthorityRecord;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+|['’.\-]/gu;
const APOSTROPHE = /^['’]$/;
const LETTERS = /^[\p{L}\p{M}\p{N}]+$/u;

function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ text: APOSTROPHE.test(m[0]) ? "'" : m[0], start: m.index, end: m.index + m[0].length }));
}

export const normaliseName = (s: string) => s.replace(/\s+/g, ' ').replace(/’/g, "'").replace(/\.\s*/g, '. ').trim();
const key = (s: string) =>
  tokenize(s)
    .map((t) => t.text)
    .join(' ');

export class Gazetteer {
  private readonly root: TrieNode = { next: new Map() };
  private readonly byName = new Map<string, AuthorityRecord>();

  constructor(registers: Registers) {
    for (const record of registers.records) {
      for (const name of record.names) {
        for (const form of new Set([name, name.toUpperCase()])) {
          this.byName.set(key(form), record);
          const node = this.insert(form);
          node.record = record;
          if (record.type === 'person' && tokenize(form).length === 1 && /^\p{Lu}/u.test(form)) node.surname = record;
        }
      }
    }
  }

  private insert(form: string): TrieNode {
    let node = this.root;
    for (const token of tokenize(form)) {
      let child = node.next.get(token.text);
      if (!child) node.next.set(token.text, (child = { next: new Map() }));
      node = child;
    }
    return node;
  }

  match(text: string): GazetteerMatch[] {
    const tokens = tokenize(text);
    const matches: GazetteerMatch[] = [];
    // An apostrophe between letters, with no space, continues a word ("Sup’ung"), unless it is a
    // possessive ("Khrushchev's"). A hyphen joins two words ("Korea-Japan talks", "Vietnam-ed.").
    const glued = (a: Token | undefined, b: Token | undefined) => Boolean(a && b && a.end === b.start);
    const wordContinues = (i: number) => {
      const t = tokens[i];
      const next = tokens[i + 1];
      if (!t || !next || !glued(tokens[i - 1], t) || !glued(t, next) || !LETTERS.test(next.text)) return false;
      return t.text === "'" && next.text.length >= 2;
    };
    for (let i = 0; i < tokens.length; ) {
      if (!LETTERS.test(tokens[i]!.text) || (i > 0 && wordContinues(i - 1))) {
        i++;
        continue;
      }
      const found = this.longestAt(tokens, i, wordContinues) ?? this.initialsAt(tokens, i, wordContinues);
      if (found) {
        matches.push({ start: tokens[i]!.start, end: tokens[found.last]!.end, record: found.record });
        i = found.last + 1;
      } else i++;
    }
    return matches;
  }

  /** The longest name starting at token i that does not end inside a word. */
  private longestAt(tokens: Token[], i: number, wordContinues: (i: number) => boolean): { last: number; record: AuthorityRecord } | undefined {
    let node: TrieNode | undefined = this.root;
    let best: { last: number; record: AuthorityRecord } | undefined;
    for (let j = i; j < tokens.length && node; j++) {
      node = node.next.get(tokens[j]!.text);
      if (node?.record && !wordContinues(j + 1)) {
        best = { last: j, record: node.record };
      }
    }
    return best;
  }

  /** "V. P. Moskovsky", "A. M. PUZANOV": up to three initials, then a person's one-word name. */
  private initialsAt(tokens: Token[], i: number, wordContinues: (i: number) => boolean): { last: number; record: AuthorityRecord } | undefined {
    let j = i;
    let initials = 0;
    while (initials < 3 && /^\p{Lu}$/u.test(tokens[j]?.text ?? '') && tokens[j + 1]?.text === '.') {
      j += 2;
      initials++;
    }
    // A lone "C." is the Czech translators' "Comrade" ("C. Kosygin"), not an initial.
    if (!initials || (initials === 1 && tokens[i]!.text === 'C')) return undefined;
    const node = this.root.next.get(tokens[j]?.text ?? '');
    return node?.surname && !wordContinues(j + 1) ? { last: j, record: node.surname } : undefined;
  }

  /** The record a whole name stands for, if any ("Kim Il Sung", "V.P. Moskovsky", "KWP"). */
  lookup(surface: string): AuthorityRecord | undefined {
    const found = this.match(surface);
    const only = found.length === 1 ? found[0]! : undefined;
    const trimmed = surface.trim();
    return only && surface.slice(only.start, only.end) === trimmed ? only.record : this.byName.get(key(surface));
  }
}
