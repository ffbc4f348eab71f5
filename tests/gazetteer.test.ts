import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../src/annotate/entities/gazetteer.js';
import { loadRegisters } from '../src/registers/index.js';
import { REGISTERS } from './helpers.js';

const gazetteer = new Gazetteer(loadRegisters(REGISTERS));
const found = (text: string) => gazetteer.match(text).map((m) => [text.slice(m.start, m.end), m.record.id]);

describe('the gazetteer', () => {
  it.each([
    ['the longest name wins', 'at the USSR Embassy in Pyongyang', [['USSR Embassy', 'soviet-embassy-pyongyang'], ['Pyongyang', 'pyongyang']]],
    ['a possessive is outside the name', "Khrushchev's report", [['Khrushchev', 'nikita-khrushchev']]],
    ['an apostrophe inside a word is not a name boundary', 'the Sup’ung Dam and Sup', [['Sup’ung Dam', 'supung-dam']]],
    ['initials belong to the name, with or without spaces', 'c. V.P. Moskovsky and N. S. Khrushchev', [['V.P. Moskovsky', 'vasily-moskovsky'], ['N. S. Khrushchev', 'nikita-khrushchev']]],
    ['a lone "C." is "Comrade", not an initial', 'C. Kosygin said', [['Kosygin', 'alexei-kosygin']]],
    ['names in capitals are found', 'RECORD OF A CONVERSATION with Cde. KIM IL SUNG (A. M. PUZANOV)', [['KIM IL SUNG', 'kim-il-sung'], ['A. M. PUZANOV', 'alexander-puzanov']]],
    ['case matters: "us" is not the United States', 'he told us about the US', [['US', 'united-states']]],
    ['a name broken over a line still matches', 'Comrade Kim Il\nSung said', [['Kim Il\nSung', 'kim-il-sung']]],
    ['OCR confusions recorded as variants are found', 'Cde. Kim II Sung', [['Kim II Sung', 'kim-il-sung']]],
    ['a hyphen joins two names', 'the Korea-Japan talks', [['Korea', 'korea'], ['Japan', 'japan']]],
    ['adjectives are not places', 'Soviet and Korean comrades', []],
  ])('%s', (_what, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('looks up whole names only', () => {
    expect(gazetteer.lookup('V.P. Moskowskyi')?.id).toBe('vasily-moskovsky');
    expect(gazetteer.lookup('Kim Il Sung said')).toBeUndefined();
  });
});
