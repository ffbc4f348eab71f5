import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textsOf } from '../src/annotate/index.js';
import { readTranscription } from '../src/ingest/index.js';
import { teiToText } from '../src/text/index.js';
import { validateFiles } from '../src/validate/index.js';
import { CORPUS, ROOT, SCHEMA, TEI_ALL, convertText, hasCommand, jing, teiAllPresent, tempDir, writeTemp } from './helpers.js';

/**
 * Every sample transcription: converts, is valid against our schema and tei_all, matches its golden
 * TEI (reviewed by hand; regenerate with UPDATE_GOLDEN=1 and review the diff), and loses no
 * character of its text.
 */

const GOLDEN = join(ROOT, 'tests', 'golden');
const samples = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();

/** Where each sample's document text starts, as a reader finds it (header and chrome before). */
const FIRST_WORDS: Record<string, string> = {
  '1957-11-13-puzanov-journal-kim-il-sung.txt': 'from the journal [handwritten entry',
  '1961-10-04-kim-il-sung-receives-manush.txt': 'Account',
  '1964-02-26-moskowskyi-on-ri-song-un-and-khrushchev.txt': 'On February 26, 1964, one day after',
  '1964-09-05-kim-il-sung-chinese-economic-delegation.txt': 'Location: Korean Workers',
  '1965-02-16-moskovsky-on-kosygin-delegation.txt': 'Record of a conversation with the Soviet Ambassador in the DPRK Comrade V.P. Moskovsky about',
};

const normalise = (s: string) => s.replace(/[\s\u00a0]+/gu, ' ').trim();
/** The transcription's own text markup: Markdown line markers and bold. */
const stripMarkdown = (s: string) => s.replace(/^[ \t]*(#{1,6}|[-*+])[ \t]+/gm, '').replace(/\*\*/g, '');

describe.each(samples)('%s', (sample) => {
  const path = join(CORPUS, sample);
  const source = readTranscription(path).source;
  const { annotated, xml } = convertText(source, path);

  it('finds the document text where a reader would: after the header and chrome, to the end', () => {
    const texts = textsOf(annotated);
    const last = texts[texts.length - 1]!;
    expect(source.slice(texts[0]!.offset).startsWith(FIRST_WORDS[sample]!)).toBe(true);
    expect(source.slice(last.offset + last.value.length).trim()).toBe('');
  });

  it('is valid against the tei-edition schema and passes the rules', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'out'));
    const file = writeTemp(join(dir, 'out'), 'doc.xml', xml.replace(/\.\.\/tei\//g, `${join(ROOT, 'tei')}/`));
    const [report] = validateFiles([file], { schema: SCHEMA, defaultSchema: SCHEMA });
    expect(report!.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it.runIf(teiAllPresent() && hasCommand('jing'))('is valid against tei_all (jing)', () => {
    const file = writeTemp(tempDir(), 'doc.xml', xml);
    expect(jing(TEI_ALL, [file])).toEqual([]);
  });

  it('matches its golden TEI', () => {
    const golden = join(GOLDEN, sample.replace(/\.txt$/, '.xml'));
    if (process.env.UPDATE_GOLDEN || !existsSync(golden)) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(golden, xml);
    }
    expect(xml).toBe(readFileSync(golden, 'utf8'));
  });

  it('gives back its text, character for character, from the TEI', () => {
    const texts = textsOf(annotated);
    const start = texts[0]!.offset;
    const last = texts[texts.length - 1]!;
    const expected = normalise(stripMarkdown(source.slice(start, last.offset + last.value.length)));
    expect(normalise(teiToText(xml))).toBe(expected);
  });
});
