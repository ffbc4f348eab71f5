import { describe, expect, it } from 'vitest';
import { ingest, readTranscription } from '../src/ingest/index.js';
import type { Block, DocumentModel } from '../src/model/types.js';
import { teiToText } from '../src/text/index.js';
import { convertText, tempDir, writeTemp } from './helpers.js';

const model = (source: string): DocumentModel => ingest({ path: 'x.txt', source, encoding: 'utf-8' });
const kinds = (blocks: Block[]) => blocks.map((b) => (b.kind === 'p' && b.role ? `p:${b.role}` : b.kind));

const HEADER = `March 3, 1962

Record of a Conversation with Cde. Kim Il

Citation:

"Record of a Conversation with Cde. Kim Il", March 3, 1962, Wilson Center Digital Archive, AVPRF, F. 0102, Op. 18, Delo 5, Listy 12-14. Translated by Jane Doe. <https://example.org/document/1234>

Summary:

A short summary.

Credits:

This document was made possible with support from Some Foundation

Original Language:

Russian

Contents:

Translation - English

`;

describe('header', () => {
  it('reads every field of the metadata block', () => {
    const { header } = model(`${HEADER}The text.`);
    expect(header).toMatchObject({
      title: 'Record of a Conversation with Cde. Kim Il',
      date: { when: '1962-03-03' },
      publisher: 'Wilson Center Digital Archive',
      translators: ['Jane Doe'],
      funders: ['Some Foundation'],
      originalLanguage: { name: 'Russian', code: 'ru' },
      translationLanguage: { name: 'English', code: 'en' },
      summary: 'A short summary.',
      sourceUrl: 'https://example.org/document/1234',
      documentNumber: '1234',
    });
    expect(header.archive).toMatchObject({
      repository: 'AVPRF',
      identifiers: [
        { type: 'fund', value: '0102' },
        { type: 'inventory', value: '18' },
        { type: 'file', value: '5' },
      ],
      pages: { from: '12', to: '14' },
    });
  });

  it('reads labels whatever their Markdown heading depth', () => {
    const md = HEADER.replace('Citation:', '## Citation:').replace('Summary:', '# **Summary:**').replace('Contents:', '#### **Contents:**');
    expect(model(`${md}Text.`).header.summary).toBe('A short summary.');
  });

  it('leaves out what is absent, and a text without a header is all body', () => {
    const m = model('Just a paragraph of text.\n\nAnd another one.');
    expect(m.header).toEqual({ translators: [], funders: [] });
    expect(kinds(m.body)).toEqual(['p', 'p']);
  });
});

describe('messy input', () => {
  it('CRLF line ends, a BOM, tabs and trailing spaces change nothing but whitespace', () => {
    const clean = convertText(`${HEADER}First paragraph\nwrapped.\n\nSecond one.`).xml;
    const messy = convertText(`\ufeff${HEADER}First paragraph  \t\r\nwrapped.\t \r\n\r\nSecond one.  `.replace(/\n/g, '\r\n').replace(/\r\r/g, '\r')).xml;
    const body = (xml: string) => xml.slice(xml.indexOf('<text>'));
    expect(body(messy)).toBe(body(clean));
  });

  it('decodes Windows-1252 bytes (curly quotes, dashes) instead of failing', () => {
    const dir = tempDir();
    const bytes = Buffer.concat([Buffer.from('He said '), Buffer.from([0x93]), Buffer.from('no'), Buffer.from([0x94]), Buffer.from(' '), Buffer.from([0x96]), Buffer.from(' twice.')]);
    const t = readTranscription(writeTemp(dir, 'cp1252.txt', bytes));
    expect(t.encoding).toBe('windows-1252');
    expect(t.source).toBe('He said \u201cno\u201d \u2013 twice.');
  });
});

describe('body structure', () => {
  it('re-joins a paragraph split by a page break and keeps the page number as pb', () => {
    const { xml } = convertText('The delegation met with the leaders of the\n\n135\n\nparty and discussed the plan.');
    expect(xml).toContain('<p>The delegation met with the leaders of the <pb n="135"/> party and discussed the plan.</p>');
  });

  it('re-joins a sentence cut before a capitalised word', () => {
    const m = model(`${'There is no guerilla movement in South Korea, as there is in the south of '.repeat(1)}South\n\nVietnam. There is a difference.`);
    expect(kinds(m.body)).toEqual(['p']);
  });

  it('keeps paragraphs that end a sentence apart', () => {
    expect(kinds(model('One sentence.\n\nAnother sentence.').body)).toEqual(['p', 'p']);
  });

  it('finds speaker turns introduced with "hereafter referred as"', () => {
    const m = model('Kim Il Sung (hereafter referred as Kim): Welcome.\n\nFang Yi (hereafter referred to as Fang): Thank you.\n\nKim: Sit down.\n\nKim (laughing): Good.');
    expect(kinds(m.body)).toEqual(['sp', 'sp', 'sp', 'sp']);
    const speakers = m.body.map((b) => (b.kind === 'sp' ? b.speaker.value : ''));
    expect(speakers).toEqual(['Kim Il Sung (hereafter referred as Kim):', 'Fang Yi (hereafter referred to as Fang):', 'Kim:', 'Kim (laughing):']);
  });

  it('makes prefatory "Label: value" lines a labelled list', () => {
    const m = model('Location: Party Office Building\n\nRecorder: Zhang Xianwu\n\nThe talk began.');
    expect(kinds(m.body)).toEqual(['labelled', 'p']);
  });

  it('recognises a title, an opener before it and a subtitle after it', () => {
    const m = model('from the journal of A. B. Ivanov\n\nRECORD OF A CONVERSATION\n\nwith the Ambassador of the GDR\n\nThe Ambassador came at 10.');
    expect(kinds(m.body)).toEqual(['p:opener', 'head', 'head', 'p']);
  });

  it('takes datelines, signatures and seals at the end as a closer, and a numbered list after them as distribution', () => {
    const m = model(
      'The talk lasted an hour.\n\nPyongyang, 12 March 1962\n\nSOVIET AMBASSADOR [signature] (A. PUZANOV)\n\nTyped by H. A. [Seal]\n\n- 1 Cde. Gromyko\n- 2 to file',
    );
    expect(kinds(m.body)).toEqual(['p', 'closer']);
    const closer = m.body[1]!;
    expect(closer.kind === 'closer' && closer.lines.map((l) => l.type)).toEqual(['dateline', 'signed', 'signed']);
    expect(kinds(m.back)).toEqual(['list']);
  });

  it('splits a dateline run together with the signature ("Pyongyang, on October 10, 1961 The Ambassador")', () => {
    const m = model('The talk ended.\n\nPyongyang, on October 10, 1961 The Ambassador');
    const closer = m.body[1]!;
    expect(closer.kind === 'closer' && closer.lines.map((l) => [l.type, l.text.value])).toEqual([
      ['dateline', 'Pyongyang, on October 10, 1961'],
      ['signed', 'The Ambassador'],
    ]);
  });

  it('keeps Markdown bullet lists as lists', () => {
    const m = model('He spoke about:\n\n- the plan;\n- the harvest.\n\nThen he left.');
    expect(kinds(m.body)).toEqual(['p', 'list', 'p']);
  });
});

describe('web pages', () => {
  const page = [
    '    Skip to content',
    '      Main navigation',
    '        People',
    '        Places',
    '          [image: A photograph]',
    '          March 3, 1962',
    '          Record of a Talk with the Ambassador',
    '                      This document was made possible with support from Some Foundation',
    'Location: The Embassy',
    '',
    'The Ambassador said that the talks went well, and that the delegation would leave.',
    '',
    'He thanked the hosts.',
    '        Related Documents',
    '        Footer links',
    '        Privacy Policy',
  ].join('\n');

  it('drops navigation and footer, reads the catalogue record, and reports what it dropped', () => {
    const m = model(page);
    expect(m.source.style).toBe('web');
    expect(m.header).toMatchObject({ title: 'Record of a Talk with the Ambassador', date: { when: '1962-03-03' }, funders: ['Some Foundation'] });
    expect(kinds(m.body)).toEqual(['labelled', 'p', 'p']);
    expect(m.source.chromeDropped.lines).toBe(8);
    const text = teiToText(convertText(page).xml);
    expect(text).not.toMatch(/Skip to content|Privacy|Related/);
    expect(text).toContain('He thanked the hosts.');
  });
});
