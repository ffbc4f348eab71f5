import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFiles } from '../src/validate/index.js';
import { BASE } from './fixtures-base.js';
import { SCHEMA, TEI_ALL, hasCommand, jing, teiAllPresent, tempDir, writeTemp } from './helpers.js';

/**
 * Invalid documents, each with the exact first message and position we give, checked against
 * jing (the reference RELAX NG validator) where jing is installed: for grammar errors jing must
 * find an error on the same line; for rule-only findings jing must find the grammar valid.
 */

interface Case {
  name: string;
  edits: [string | RegExp, string][];
  expected: string;
}

const CASES: Case[] = [
  {
    name: "unknown element in a paragraph",
    edits: [["<p>On <date", "<p>On <foo>x</foo> <date"]],
    expected: "33:15: error [schema] element <foo> is not allowed in <p> here",
  },
  {
    name: "attribute the element does not have",
    edits: [["<head>RECORD", "<head bogus=\"1\">RECORD"]],
    expected: "32:9: error [schema] attribute @bogus is not allowed on <head>",
  },
  {
    name: "date in the wrong format",
    edits: [["when=\"1962-03-02\"", "when=\"1962-3-2\""]],
    expected: "33:15: error [schema] @when=\"1962-3-2\" on <date> is not a valid value",
  },
  {
    name: "required title missing",
    edits: [["        <title>Record of a Conversation</title>\n", ""]],
    expected: "6:9: error [schema] element <respStmt> is not allowed yet in <titleStmt>",
  },
  {
    name: "elements in the wrong order",
    edits: [["      <sourceDesc>\n        <bibl type=\"citation\">A citation.</bibl>\n      </sourceDesc>\n", ""], ["    <fileDesc>\n", "    <fileDesc>\n      <sourceDesc>\n        <bibl type=\"citation\">A citation.</bibl>\n      </sourceDesc>\n"]],
    expected: "5:7: error [schema] element <sourceDesc> is not allowed yet in <fileDesc>",
  },
  {
    name: "text directly in body",
    edits: [["    <body>\n", "    <body>stray text\n"]],
    expected: "30:11: error [schema] text (\"stray text\") is not allowed in <body>",
  },
  {
    name: "required attribute missing",
    edits: [["<language ident=\"en\">", "<language>"]],
    expected: "25:9: error [schema] <language> is missing required attribute @ident",
  },
  {
    name: "root element in no namespace",
    edits: [["<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"", "<TEI"]],
    expected: "2:1: error [schema] element <TEI> is not allowed as the root",
  },
  {
    name: "unknown root element",
    edits: [["<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:id=\"base\" xml:lang=\"en\">", "<Document xmlns=\"http://www.tei-c.org/ns/1.0\">"], ["</TEI>", "</Document>"]],
    expected: "2:1: error [schema] element <Document> is not allowed as the root",
  },
  {
    name: "choice with one part",
    edits: [["the <placeName", "the <choice><sic>a</sic></choice> <placeName"]],
    expected: "33:87: error [schema] <choice> is incomplete",
  },
  {
    name: "speech without speaker",
    edits: [["        <closer>", "        <sp><p>Hello.</p></sp>\n        <closer>"]],
    expected: "35:13: error [schema] element <p> is not allowed yet in <sp>",
  },
  {
    name: "label without item",
    edits: [["        <closer>", "        <list type=\"gloss\"><label>Location:</label></list>\n        <closer>"]],
    expected: "35:59: error [schema] <list> is incomplete",
  },
  {
    name: "gap with text",
    edits: [["the <placeName", "the <gap>lost</gap> <placeName"]],
    expected: "33:63: error [schema] text (\"lost\") is not allowed in <gap>",
  },
  {
    name: "xml:id that is not a name",
    edits: [["<head>RECORD", "<head xml:id=\"2nd\">RECORD"]],
    expected: "32:9: error [schema] @xml:id=\"2nd\" on <head> is not a valid value",
  },
  {
    name: "cert value outside the list",
    edits: [["<placeName ref=\"#pyongyang\">", "<placeName ref=\"#pyongyang\" cert=\"maybe\">"]],
    expected: "33:58: error [schema] @cert=\"maybe\" on <placeName> is not a valid value",
  },
  {
    name: "milestone with content",
    edits: [["talks began.", "talks <pb>12</pb> began."]],
    expected: "33:118: error [schema] text (\"12\") is not allowed in <pb>",
  },
  {
    name: "paragraph in a closer",
    edits: [["<signed>THE AMBASSADOR</signed>", "<signed>THE AMBASSADOR</signed>\n          <p>Typed.</p>"]],
    expected: "37:11: error [schema] element <p> is not allowed in <closer> here",
  },
  {
    name: "two headers",
    edits: [["  <text>\n", "  <teiHeader/>\n  <text>\n"]],
    expected: "29:3: error [schema] element <teiHeader> is not allowed in <TEI> here",
  },
  {
    name: "text element missing",
    edits: [[/  <text>[\s\S]*<\/text>\n/, ""]],
    expected: "29:7: error [schema] <TEI> is incomplete",
  },
  {
    name: "element inside idno",
    edits: [["document/1</idno>", "document/1<hi>x</hi></idno>"]],
    expected: "14:56: error [schema] element <hi> is not allowed in <idno> here",
  },
  {
    name: "empty langUsage",
    edits: [["        <language ident=\"en\">English</language>\n", ""]],
    expected: "25:19: error [schema] <langUsage> is incomplete",
  },
  {
    name: "empty date value",
    edits: [["when=\"1962-03-02\"", "when=\"\""]],
    expected: "33:15: error [schema] @when=\"\" on <date> is not a valid value",
  },
  {
    name: "language code with a space",
    edits: [["xml:lang=\"en\"", "xml:lang=\"english language\""]],
    expected: "2:1: error [schema] @xml:lang=\"english language\" on <TEI> is not a valid value",
  },
  {
    name: "head after a paragraph",
    edits: [["<p xml:id=\"pyongyang\">A second paragraph.</p>", "<p xml:id=\"pyongyang\">A second paragraph.</p>\n        <head>Late heading</head>"]],
    expected: "35:9: error [schema] element <head> is not allowed in <div> here",
  },
  {
    name: "paragraph inside a paragraph",
    edits: [["A second paragraph.", "A second <p>inner</p> paragraph."]],
    expected: "34:40: error [schema] element <p> is not allowed in <p> here",
  },
  {
    name: "respStmt without resp",
    edits: [["          <resp>Translated by</resp>\n", ""]],
    expected: "8:11: error [schema] element <persName> is not allowed yet in <respStmt>",
  },
  {
    name: "msIdentifier without repository",
    edits: [["        <bibl type=\"citation\">A citation.</bibl>\n", "        <bibl type=\"citation\">A citation.</bibl>\n        <msDesc><msIdentifier><idno>F. 1</idno></msIdentifier></msDesc>\n"]],
    expected: "18:31: error [schema] element <idno> is not allowed yet in <msIdentifier>",
  },
  {
    name: "empty sourceDesc",
    edits: [["        <bibl type=\"citation\">A citation.</bibl>\n", ""]],
    expected: "17:20: error [schema] <sourceDesc> is incomplete",
  },
  {
    name: "a day that does not exist",
    edits: [["when=\"1962-03-02\"", "when=\"1962-02-30\""]],
    expected: "33:15: error [schema] @when=\"1962-02-30\" on <date> is not a valid value",
  },
  {
    name: "pointer to nothing",
    edits: [["ref=\"#pyongyang\"", "ref=\"#nowhere\""]],
    expected: "33:58: error [ref-resolves] @ref=\"#nowhere\" on <placeName> points to nothing: no xml:id \"nowhere\" in this document",
  },
  {
    name: "empty name",
    edits: [["the <placeName", "the <persName/> <placeName"]],
    expected: "33:58: error [name-not-empty] empty <persName>",
  },
  {
    name: "range backwards",
    edits: [["<date when=\"1962-03-02\">", "<date from=\"1962-03-05\" to=\"1962-03-02\">"]],
    expected: "33:15: error [date-real] @from=\"1962-03-05\" is after @to=\"1962-03-02\"",
  },
  {
    name: "date far from the document",
    edits: [["when=\"1962-03-02\"", "when=\"1995-05-01\""]],
    expected: "33:15: warning [date-plausible] @when=\"1995-05-01\" is 33 years after the document's date (1962-03-03)",
  },
  {
    name: "duplicate xml:id",
    edits: [["<p>On <date", "<p xml:id=\"pyongyang\">On <date"]],
    expected: "34:9: error [unique-id] xml:id \"pyongyang\" is used twice in this file",
  },
  {
    name: "mismatched end tag",
    edits: [["<signed>THE AMBASSADOR</signed>", "<signed>THE AMBASSADOR</sign>"]],
    expected: "36:33: error [well-formed] the file is not well-formed XML: Expected closing tag 'signed' (opened in line 36, col 11) instead of closing tag 'sign'",
  },
  {
    name: "undefined entity",
    edits: [["talks began.", "talks&nbsp;began."]],
    expected: "33:118: error [well-formed] the file is not well-formed XML: undefined entity",
  },
  {
    name: "entity declared in a DOCTYPE",
    edits: [['<?xml version="1.0" encoding="UTF-8"?>\n', '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE TEI [ <!ENTITY a "&b;&b;"> <!ENTITY b "x"> ]>\n']],
    expected: '2:17: error [well-formed] the DOCTYPE declares the entity "a", which tei-edition does not expand',
  },
];

const dir = tempDir('tei-edition-suite-');
const documentFor = (c: Case) => c.edits.reduce((xml, [from, to]) => xml.replace(from, to), BASE);

describe('the base document', () => {
  it('is valid for us and for jing', () => {
    const file = writeTemp(dir, 'base.xml', BASE);
    expect(validateFiles([file], { schema: SCHEMA, defaultSchema: SCHEMA })[0]!.diagnostics).toEqual([]);
    if (hasCommand('jing')) expect(jing(SCHEMA, [file])).toEqual([]);
  });
});

describe.each(CASES.map((c, i) => [c.name, c, i] as const))('%s', (_name, c, i) => {
  const xml = documentFor(c);
  const file = writeTemp(dir, `case-${i}.xml`, xml);

  it('changes the base document', () => {
    expect(xml).not.toBe(BASE);
  });

  it('gives the expected first message at the expected place', () => {
    const [report] = validateFiles([file], { schema: SCHEMA, defaultSchema: SCHEMA });
    const first = report!.diagnostics[0];
    expect(first ? `${first.line}:${first.column}: ${first.severity} [${first.rule}] ${first.message}` : 'valid').toBe(c.expected);
  });

  it.runIf(hasCommand('jing'))('agrees with jing', () => {
    const [report] = validateFiles([file], { schema: SCHEMA, defaultSchema: SCHEMA });
    const grammar = report!.diagnostics.filter((d) => d.rule === 'schema' || d.rule === 'well-formed');
    const reference = jing(SCHEMA, [file]);
    if (!grammar.length) {
      // Duplicate ids are a grammar error for jing (ID datatype) and a rule for us.
      if (c.name === 'duplicate xml:id') expect(reference.length).toBeGreaterThan(0);
      else expect(reference).toEqual([]);
      return;
    }
    const jingLines = new Set(reference.map((l) => Number(/:(\d+):\d+: (error|fatal)/.exec(l)?.[1])));
    if (grammar[0]!.rule === 'well-formed') return expect(grammar[0]!.line).toBeGreaterThan(0);
    expect(jingLines.has(grammar[0]!.line)).toBe(true);
  });
});

describe.runIf(teiAllPresent() && hasCommand('jing'))('the official tei_all.rng', () => {
  it('compiles and agrees with jing on the invalid documents', () => {
    const files = CASES.map((c, i) => join(dir, `case-${i}.xml`));
    const ours = validateFiles(files, { schema: TEI_ALL, defaultSchema: TEI_ALL });
    const all = jing(TEI_ALL, files);
    for (const [i, report] of ours.entries()) {
      const grammar = report.diagnostics.filter((d) => d.rule === 'schema');
      const reference = all.filter((l) => l.startsWith(`${files[i]!}:`) && !/fatal/.test(l) && !/ID "/.test(l));
      expect(grammar.length > 0, `${CASES[i]!.name}: ours ${JSON.stringify(grammar.map((d) => d.message))} jing ${JSON.stringify(reference)}`).toBe(reference.length > 0);
    }
  });
});
