import type { AuthorityRecord, Registers } from '../../registers/index.js';

/**
 * One-pass matcher over every name form of the registers.
 *
 * All forms go into a single regular expression, longest first, so that at any position the
 * longest known name wins ("Northeast Bureau" over "Northeast", "USSR Embassy" over "USSR").
 * Matching is case-sensitive ("US" the country is not "us"), but a name in capitals is also found
 * in capitals ("A. M. PUZANOV"). Single-word person names also match after initials
 * ("N. S. Khrushchev", "V.P. Moskowskyi"); initials belong to the name.
 */

export interface GazetteerMatch {
  start: number;
  end: number;
  record: AuthorityRecord;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Space, hyphen and apostrophe variation that is typographic, not a different name. */
const pattern = (name: string) =>
  escape(name)
    .replace(/\s+/g, '\\s+')
    .replace(/['’]/g, "['’]")
    .replace(/\\\.\\s\+/g, '\\.\\s*');
export const normaliseName = (s: string) => s.replace(/\s+/g, ' ').replace(/’/g, "'").replace(/\.\s*/g, '. ').trim();

export class Gazetteer {
  private readonly regex: RegExp;
  private readonly byName = new Map<string, AuthorityRecord>();
  private readonly byUpperName = new Map<string, AuthorityRecord>();

  constructor(registers: Registers) {
    const forms = new Set<string>();
    for (const record of registers.records) {
      for (const name of record.names) {
        this.byName.set(normaliseName(name), record);
        this.byUpperName.set(normaliseName(name).toUpperCase(), record);
        forms.add(name);
        if (name.toUpperCase() !== name) forms.add(name.toUpperCase());
        if (record.type === 'person' && !/\s/.test(name) && /^\p{Lu}\p{Ll}/u.test(name)) {
          forms.add(`\u0000${name}`);
          forms.add(`\u0000${name.toUpperCase()}`);
        }
      }
    }
    const alternatives = [...forms]
      .sort((a, b) => b.length - a.length)
      // A lone "C." is the Czech translators' "Comrade" ("C. Kosygin"), not an initial.
      .map((form) => (form.startsWith('\u0000') ? `(?!C\\.\\s?\\p{Lu}\\p{Ll})(?:\\p{Lu}\\.\\s?){1,3}${pattern(form.slice(1))}` : pattern(form)));
    this.regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}]|['’]\\p{L}{2})`, 'gu');
  }

  match(text: string): GazetteerMatch[] {
    const matches: GazetteerMatch[] = [];
    for (const m of text.matchAll(this.regex)) {
      const record = this.lookup(m[0]);
      if (record) matches.push({ start: m.index, end: m.index + m[0].length, record });
    }
    return matches;
  }

  lookup(surface: string): AuthorityRecord | undefined {
    const name = normaliseName(surface);
    const withoutInitials = name.replace(/^(?:\p{Lu}\. ?)+/u, '');
    return (
      this.byName.get(name) ??
      this.byName.get(withoutInitials) ??
      (name === name.toUpperCase() ? (this.byUpperName.get(name) ?? this.byUpperName.get(withoutInitials)) : undefined)
    );
  }
}
