import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { projectRoot } from '../lib/paths.js';
import type { Block, DocumentModel, Header, Text } from '../model/types.js';
import type { InlineNode } from './inline.js';
import { buildInline } from './inline.js';

/**
 * Encode: annotated model → TEI P5 (xmlbuilder2). Deterministic: the same model gives the same bytes.
 * Structural elements are indented; mixed content is written as is, so no whitespace is invented
 * inside paragraphs.
 */

export const TEI_NS = 'http://www.tei-c.org/ns/1.0';
export const TOOL = 'tei-edition';
/** The version recorded in every TEI file's header: package.json's, read once. */
export const TOOL_VERSION: string = JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')).version;

export interface EncodeOptions {
  /** Schema for the `<?xml-model?>` instruction, relative to the output file. */
  schemaHref: string;
  /** Registers, relative to the output file, for the `prefixDef`s that expand `psn:`, `plc:`, `org:`. */
  registersHref: string;
}

/** Indenting writer: `open` a structural child, `inline` a mixed-content child. */
class Writer {
  constructor(
    readonly node: XMLBuilder,
    readonly depth: number,
  ) {}

  open(name: string, attributes: Record<string, string | undefined> = {}): Writer {
    this.node.txt(`\n${'  '.repeat(this.depth + 1)}`);
    const child = this.node.ele(name, clean(attributes));
    return new Writer(child, this.depth + 1);
  }

  /** A structural child whose content is text with inline markup. */
  inline(name: string, content: InlineNode[] | string, attributes: Record<string, string | undefined> = {}): Writer {
    const child = this.open(name, attributes);
    writeInline(child.node, typeof content === 'string' ? [content] : content);
    return child;
  }

  close(): void {
    this.node.txt(`\n${'  '.repeat(this.depth)}`);
  }
}

function clean(attributes: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(attributes).filter(([, v]) => v !== undefined && v !== '')) as Record<string, string>;
}

function writeInline(node: XMLBuilder, content: InlineNode[]): void {
  for (const item of content) {
    if (typeof item === 'string') node.txt(item);
    else writeInline(node.ele(item.element, item.attributes), item.children);
  }
}

/** Trim the whitespace at the edges of an element's content (line ends of the source). */
function trimmed(text: Text): InlineNode[] {
  const nodes = buildInline(text);
  const first = nodes[0];
  if (typeof first === 'string') nodes[0] = first.trimStart();
  const last = nodes[nodes.length - 1];
  if (typeof last === 'string') nodes[nodes.length - 1] = last.trimEnd();
  return nodes.filter((n) => n !== '');
}

export function encodeTei(model: DocumentModel, options: EncodeOptions): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  doc.ins(
    'xml-model',
    `href="${options.schemaHref}" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"`,
  );
  const root = doc.ele(TEI_NS, 'TEI', { 'xml:id': model.id, 'xml:lang': model.header.translationLanguage?.code ?? 'en' });
  const tei = new Writer(root, 0);
  writeHeader(tei, model, options);
  const text = tei.open('text');
  writeBody(text, model);
  if (model.back.length) {
    const back = text.open('back');
    for (const block of model.back) writeBlock(back.open('div', { type: block.kind === 'list' ? block.type : undefined }), block).close();
    back.close();
  }
  text.close();
  tei.close();
  // One prolog item per line, as editors expect to see them.
  const xml = doc.end({ prettyPrint: false });
  const rootAt = xml.indexOf("<TEI");
  return `${xml.slice(0, rootAt).replace(/\?></g, '?>\n<')}\n${xml.slice(rootAt)}\n`;
}

function writeHeader(tei: Writer, model: DocumentModel, options: EncodeOptions): void {
  const h = model.header;
  const header = tei.open('teiHeader');
  const file = header.open('fileDesc');

  const titleStmt = file.open('titleStmt');
  titleStmt.inline('title', h.title ?? `Untitled transcription (${model.source.path.split('/').pop()})`, h.title ? {} : { type: 'supplied' });
  for (const translator of h.translators) {
    const resp = titleStmt.open('respStmt');
    resp.inline('resp', 'Translated by');
    resp.inline('persName', translator);
    resp.close();
  }
  if (h.translatedFor) {
    const resp = titleStmt.open('respStmt');
    resp.inline('resp', 'Translated for');
    resp.inline('orgName', h.translatedFor);
    resp.close();
  }
  for (const funder of h.funders) titleStmt.inline('funder', funder);
  const encoder = titleStmt.open('respStmt');
  encoder.inline('resp', 'TEI encoding');
  encoder.inline('name', `${TOOL} ${TOOL_VERSION}`, { type: 'software' });
  encoder.close();
  titleStmt.close();

  const publication = file.open('publicationStmt');
  if (h.publisher) publication.inline('publisher', h.publisher);
  else publication.inline('p', 'Unpublished transcription.');
  if (h.sourceUrl) publication.inline('idno', h.sourceUrl, { type: 'URI' });
  if (h.documentNumber) publication.inline('idno', h.documentNumber, { type: 'archive-document' });
  publication.close();

  const sourceDesc = file.open('sourceDesc');
  if (h.citation) sourceDesc.inline('bibl', h.citation, { type: 'citation' });
  if (h.archive) writeMsDesc(sourceDesc, h);
  if (!h.citation && !h.archive) sourceDesc.inline('p', `Transcription file ${model.source.path.split('/').pop()}.`);
  sourceDesc.close();
  file.close();

  const encoding = header.open('encodingDesc');
  const prefixes = encoding.open('listPrefixDef');
  for (const [ident, file] of [['psn', 'persons.xml'], ['plc', 'places.xml'], ['org', 'orgs.xml']] as const) {
    const def = prefixes.open('prefixDef', { ident, matchPattern: '(.+)', replacementPattern: `${options.registersHref}${file}#$1` });
    def.inline('p', `Pointers of the form ${ident}:id point to records of ${file}.`);
    def.close();
  }
  prefixes.close();
  encoding.close();

  const profile = header.open('profileDesc');
  if (h.summary) {
    const abstract = profile.open('abstract');
    abstract.inline('p', h.summary);
    abstract.close();
  }
  if (h.date) {
    const creation = profile.open('creation');
    creation.inline('date', h.date.text, { when: h.date.when });
    creation.close();
  }
  const languages = [h.translationLanguage ?? { name: 'English', code: 'en' }, h.originalLanguage].filter(
    (l): l is NonNullable<typeof l> => Boolean(l?.code),
  );
  if (languages.length) {
    const langUsage = profile.open('langUsage');
    for (const l of languages) langUsage.inline('language', l.name, { ident: l.code });
    langUsage.close();
  }
  profile.close();

  const revision = header.open('revisionDesc');
  const dropped = model.source.chromeDropped;
  revision.inline(
    'change',
    `Converted to TEI by ${TOOL} ${TOOL_VERSION} from ${model.source.path.split('/').pop()} (${model.source.style} input, ${model.source.encoding})` +
      (dropped.lines ? `; ${dropped.characters} characters in ${dropped.lines} lines of web-page chrome left out.` : '.'),
    { type: 'conversion' },
  );
  revision.close();
  header.close();
}

function writeMsDesc(parent: Writer, h: Header): void {
  const archive = h.archive!;
  const ms = parent.open('msDesc');
  const id = ms.open('msIdentifier');
  if (archive.settlement) id.inline('settlement', archive.settlement);
  id.inline('repository', archive.repository ?? archive.text);
  if (archive.collection) id.inline('collection', archive.collection);
  for (const i of archive.identifiers) id.inline('idno', `${i.label ? `${i.label} ` : ''}${i.value}`, { type: i.type });
  id.close();
  const contents = ms.open('msContents');
  const item = contents.open('msItem');
  if (archive.pages) item.inline('locus', archive.pages.text, { from: archive.pages.from, to: archive.pages.to });
  item.inline('title', h.title ?? '');
  if (h.originalLanguage) item.inline('textLang', h.originalLanguage.name, { mainLang: h.originalLanguage.code });
  item.close();
  contents.close();
  ms.close();
}

interface Section {
  heads: Text[];
  openers: Text[];
  blocks: Block[];
}

/** Headings after text start a new section; the first section is the document's own title block. */
function sections(blocks: Block[]): Section[] {
  const out: Section[] = [{ heads: [], openers: [], blocks: [] }];
  for (const block of blocks) {
    let current = out[out.length - 1]!;
    if (block.kind === 'head') {
      if (current.blocks.length) out.push((current = { heads: [], openers: [], blocks: [] }));
      current.heads.push(block.text);
    } else if (block.kind === 'p' && block.role === 'opener' && !current.blocks.length) {
      current.openers.push(block.text);
    } else {
      current.blocks.push(block);
    }
  }
  return out;
}

function writeSection(div: Writer, section: Section): void {
  for (const opener of section.openers) div.inline('opener', trimmed(opener));
  section.heads.forEach((head, i) => div.inline('head', trimmed(head), i ? { type: 'sub' } : {}));
  for (const block of section.blocks) writeBlock(div, block);
}

function writeBody(text: Writer, model: DocumentModel): void {
  const body = text.open('body');
  const [first, ...rest] = sections(model.body);
  const div = body.open('div', { type: 'document' });
  writeSection(div, first!);
  if (!first!.blocks.length && !rest.length) div.inline('p', '');
  for (const section of rest) {
    const sub = div.open('div', { type: 'section' });
    writeSection(sub, section);
    sub.close();
  }
  div.close();
  body.close();
}

function writeBlock(parent: Writer, block: Block): Writer {
  switch (block.kind) {
    case 'head':
      parent.inline('head', trimmed(block.text));
      break;
    case 'p':
      if (block.role === 'note') writeInline(parent.node, trimmed(block.text));
      else parent.inline('p', trimmed(block.text));
      break;
    case 'list': {
      const list = parent.open('list', block.type === 'distribution' ? { type: 'distribution' } : { rend: 'bulleted' });
      for (const item of block.items) list.inline('item', trimmed(item));
      list.close();
      break;
    }
    case 'labelled': {
      const list = parent.open('list', { type: 'gloss' });
      for (const item of block.items) {
        list.inline('label', trimmed(item.label));
        list.inline('item', trimmed(item.value));
      }
      list.close();
      break;
    }
    case 'sp': {
      const sp = parent.open('sp', { who: block.who });
      sp.inline('speaker', trimmed(block.speaker));
      sp.inline('p', trimmed(block.text));
      sp.close();
      break;
    }
    case 'closer': {
      const closer = parent.open('closer');
      for (const line of block.lines) {
        closer.inline(line.type === 'note' ? 'seg' : line.type, trimmed(line.text), line.type === 'note' ? { type: 'closing-note' } : {});
      }
      closer.close();
      break;
    }
  }
  return parent;
}
