import type { Span } from '../../model/types.js';
import type { View } from '../view.js';
import { toText } from '../view.js';
import type { Gazetteer } from './gazetteer.js';

/**
 * Names the registers do not know, proposed to the editor: runs of two or more capitalised words
 * that are not titles, months, demonyms or institutional words. They are encoded as
 * `<name type="candidate" cert="low" key="candidate:...">`, listed by `tei-edition entities`, and
 * linked only once an editor accepts them into a register.
 */

const NOT_NAMES = new Set(
  `A An The This That These Those Our Their His Her Its We They He She It I You In On At Of For From To By With And But Or
   If When After Before During Since As Then Than So Also Even Further However Therefore Finally First Second Third
   Comrade Comrades Cde Cde. C. Mr Mrs Dr Chairman Premier President Vice Deputy Minister Ministers Ambassador Ambassadors
   Secretary General Director Head Chief Member Members Marshal General Counselor Chargé Consul Prime Leader Leaders
   Party Parties Committee Central Presidium Politburo Plenum Plenary Congress Government Embassy Ministry Council Cabinet
   Bureau Department Commission Assembly Supreme Soviet Soviets Union Republic People People's Democratic Socialist
   Communist Communists Workers Workers' Korean Koreans Chinese Russian Russians Albanian Albanians Czech Czechoslovak
   Polish Hungarian Bulgarian Romanian Mongolian Vietnamese Japanese American Americans German Germans Cuban Indonesian
   Yugoslav Asian African European Western Eastern Northern Southern North South East West Northeast Northwest Southeast
   Great Fatherland Liberation War Revolution October Army Navy Air Force Forces Volunteers Front Movement International
   National State States Foreign Affairs Internal Economic Economy Trade Industry Agriculture Affairs Relations Delegation
   January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep
   Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Translation English Record Memorandum
   Conversation Journal Account Summary Notes Note Citation Contents SECRET Secret Copy Typed Signed Seal Location
   Personnel Recorder Thank Please Yes No Of Day Days Year Years Plan Plans Mission Goodwill Conference Session Meeting
   Independence Spa Dam Plant Factory Power Thermal Paper Sugar Theatre School University Institute Academy Press Daily
   Building Office House Hall Street Square Station Mining Coal Steel Machine Industrial
   CC PM Side Executive Declaration City Celsius Record Both World Land Defense Defence Latin Factional
   Rubles Roubles Rubels Wons Vons Dollars Yuan Yen Marks Francs Lei Leva`.split(/\s+/),
);



/** A capitalised word, or an initial, or an acronym. */
const RUN = /(?<![\p{L}\p{N}'’-])(?:\p{Lu}[\p{Ll}\p{M}'’-]+|\p{Lu}\.|\p{Lu}{2,6}s?)(?:\s(?:\p{Lu}[\p{Ll}\p{M}'’-]+|\p{Lu}\.|\p{Lu}{2,6}s?))*(?![\p{L}\p{N}])/gu;

/** Adjectives, demonyms, doctrines and numerals are capitalised in English but name no one. */
const NOT_A_NAME_WORD = /^(?:[IVXLC]+|.*(?:ian|ians|ist|ists|ism|isms|ese|ish|ic|ics|ns))$/;
const isNameWord = (word: string) => !NOT_NAMES.has(word) && !word.split('-').some((part) => NOT_NAMES.has(part));

/** Where a sentence may begin: a capital there says nothing about a name. */
const SENTENCE_START = /(^|[.!?:;"“‘(\[\u2016]\s*)$/u;

export function findCandidates(view: View, gazetteer: Gazetteer): Span[] {
  const spans: Span[] = [];
  const propose = (start: number, end: number) => {
    const text = view.value.slice(start, end);
    if (gazetteer.lookup(text)) return;
    const key = text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    spans.push({ ...toText(view, start, end), element: 'name', attributes: { type: 'candidate', cert: 'low', key: `candidate:${key}` }, source: 'candidate' });
  };
  for (const run of view.value.matchAll(RUN)) {
    // Split the run at words that are not names ("Comrade Pak Song Chol" → "Pak Song Chol").
    const words = [...run[0].matchAll(/\S+/g)].map((w) => ({ text: w[0].replace(/['’]s$/, ''), start: run.index + w.index }));
    let group: typeof words = [];
    const flush = () => {
      while (group.length && /\.$/.test(group[group.length - 1]!.text)) group.pop();
      const named = group.filter((w) => !/\.$/.test(w.text));
      const first = group[0];
      const last = group[group.length - 1];
      // Several words make a name when one is written as a name (not a heading in capitals).
      if (first && last && named.length >= 2 && named.some((w) => /\p{Ll}/u.test(w.text))) propose(first.start, last.start + last.text.length);
      // One word is a name only where a capital is not owed to the sentence: "met Gromyko", "the KWP".
      else if (first && named.length === 1 && group.length === 1 && !SENTENCE_START.test(view.value.slice(Math.max(0, first.start - 3), first.start))) {
        const acronym = /^\p{Lu}{2,6}s?$/u.test(first.text);
        if ((acronym && !/^[IVXLC]+$/.test(first.text)) || (first.text.length >= 4 && !NOT_A_NAME_WORD.test(first.text))) propose(first.start, first.start + first.text.length);
      }
      group = [];
    };
    for (const word of words) {
      if (!isNameWord(word.text) || word.text.length < 2) flush();
      else group.push(word);
    }
    flush();
  }
  return spans;
}
