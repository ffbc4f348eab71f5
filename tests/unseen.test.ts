import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { teiToText } from '../src/text/index.js';
import { ROOT, convertText } from './helpers.js';

/**
 * A transcription written for the tests, in the sample's plain style but with other people, an
 * archive the samples do not cite, a printed page number and a corrected year: what the converter
 * does with a document it was not tuned on.
 */

const source = readFileSync(join(ROOT, 'tests', 'fixtures', 'unseen-hungarian-report.txt'), 'utf8');
const { xml, annotated } = convertText(source, 'unseen-hungarian-report.txt');

describe('an unseen report', () => {
  it('reads the header, the archive and the language', () => {
    expect(annotated.header).toMatchObject({
      date: { when: '1959-03-09' },
      translators: ['Balazs Szalontai'],
      originalLanguage: { code: 'hu' },
      archive: { repository: 'MOL', collection: 'XIX-J-1-j Korea' },
    });
  });

  it('re-joins the paragraph across the printed page number', () => {
    expect(xml).toContain('the Korean leadership <pb n="138"/> is still cautious');
  });

  it('dates a corrected year by its correction', () => {
    expect(xml).toContain('<date when="1959-10">October <choice><sic>1958</sic><corr>1959</corr></choice></date>');
  });

  it('takes the dateline and the signature block as the closer', () => {
    expect(xml).toMatch(/<closer>\s*<dateline><placeName ref="plc:pyongyang">Pyongyang<\/placeName>, <date when="1959-03-09">9 March 1959<\/date><\/dateline>\s*<signed>/);
  });

  it('links the people the registers know, in any romanisation the text gives', () => {
    expect(xml).toContain('<persName ref="psn:pak-chang-ok"><choice><orig>Pak Chang-ok</orig><reg>Pak Chang Ok</reg></choice></persName>');
    expect(xml).toContain('<persName ref="psn:nam-il">Nam Il</persName>');
    expect(xml).toContain('<persName ref="psn:chen-yi">Chen Yi</persName>');
    expect(xml).toContain('<persName ref="psn:zhou-enlai">Zhou Enlai</persName>');
  });

  it('proposes the people the registers do not know, and links none of them to a wrong record', () => {
    for (const name of ['Ri Dong-geon', 'Karoly Pataki']) {
      expect(xml).toMatch(new RegExp(`<name type="candidate" cert="low" key="candidate:[a-z-]+">${name}</name>`));
    }
  });

  it('gives back its text', () => {
    expect(teiToText(xml)).toContain('by the end of October 1958 [sic; 1959].');
    expect(teiToText(xml)).toContain('Comrade Pak Chang-ok [Pak Chang Ok], member of the KWP CC Presidium');
  });
});
