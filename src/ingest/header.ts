import type { ArchiveLocation, Header, Language } from '../model/types.js';
import { parseFullDate } from '../lib/dates.js';
import type { LineGroup } from './lines.js';
import { groupRange } from './lines.js';

/**
 * The metadata block of a transcription: a date and title, then labelled fields
 * ("Citation:", "Summary:", "Credits:", "Original Language:", "Contents:").
 * Labels are matched by name, never by Markdown heading depth (OCR gets depths wrong).
 */

type Field = 'citation' | 'summary' | 'credits' | 'originalLanguage' | 'contents' | 'title' | 'date' | 'source';

const LABELS: [RegExp, Field][] = [
  [/^citation$/i, 'citation'],
  [/^summary$/i, 'summary'],
  [/^(credits?|funding|funder)$/i, 'credits'],
  [/^original language$/i, 'originalLanguage'],
  [/^contents$/i, 'contents'],
  [/^title$/i, 'title'],
  [/^date$/i, 'date'],
  [/^(source|url|link)$/i, 'source'],
];

/** A group that is only a label, such as `Citation:` or `# **Summary:**`. */
function labelOf(text: string): Field | undefined {
  const m = /^\**\s*([A-Za-z][A-Za-z ]{1,30}?)\s*:\s*\**$/.exec(text.trim());
  if (!m) return undefined;
  return LABELS.find(([re]) => re.test(m[1]!))?.[1];
}

/** "Translation - English", "Transcript - English", "Original Scan": what the Contents field lists. */
const CONTENTS_ITEM = /^(Translation|Transcript|Transcription|Original( Scan)?)\b[\s\S]*$/i;
const FUNDER = /^This document was made possible with support from\s+([\s\S]+?)\.?$/i;

export interface HeaderResult {
  header: Header;
  /** Index of the first group of the document's own text. */
  bodyStart: number;
}

export function parseHeader(source: string, groups: LineGroup[], requireLabels = true): HeaderResult {
  const header: Header = { translators: [], funders: [] };
  const texts = groups.map((g) => {
    const r = groupRange(source, g);
    return source.slice(r.start, r.end);
  });
  const firstLabel = texts.findIndex((t) => labelOf(t) !== undefined);
  if (firstLabel === -1 && requireLabels) return { header, bodyStart: 0 };

  // Before the labels: the document date and the title, possibly on one line.
  const preamble = texts.slice(0, firstLabel === -1 ? texts.length : firstLabel);
  for (const text of preamble) readPreambleLine(text, header);

  let i = firstLabel === -1 ? texts.length : firstLabel;
  let bodyStart = i;
  while (i < texts.length) {
    const field = labelOf(texts[i]!);
    if (!field) break;
    i++;
    if (field === 'contents') {
      while (i < texts.length && CONTENTS_ITEM.test(texts[i]!) && texts[i]!.length < 60) {
        const lang = /-\s*([A-Za-z]+)\s*$/.exec(texts[i]!);
        if (lang && /^(Translation|Transcript)/i.test(texts[i]!)) header.translationLanguage = language(lang[1]!);
        i++;
      }
      bodyStart = i;
      break;
    }
    const value = texts[i];
    if (value === undefined || labelOf(value)) {
      bodyStart = i;
      continue;
    }
    readField(field, normalise(value), header);
    i++;
    bodyStart = i;
  }
  return { header, bodyStart };
}

function readPreambleLine(raw: string, header: Header): void {
  const text = normalise(raw);
  const funder = FUNDER.exec(text);
  if (funder) {
    header.funders.push(funder[1]!.trim());
    return;
  }
  if (!header.date) {
    const date = parseFullDate(text);
    if (date && date.index === 0) {
      header.date = { text: date.text, when: date.when };
      const rest = text.slice(date.text.length).trim();
      if (rest && !header.title) header.title = rest;
      return;
    }
  }
  if (!header.title) header.title = text;
}

function readField(field: Field, value: string, header: Header): void {
  switch (field) {
    case 'citation':
      readCitation(value, header);
      break;
    case 'summary':
      header.summary = value;
      break;
    case 'credits': {
      const funder = FUNDER.exec(value);
      header.funders.push((funder ? funder[1]! : value).trim());
      break;
    }
    case 'originalLanguage':
      header.originalLanguage = language(value);
      break;
    case 'title':
      header.title = value;
      break;
    case 'date': {
      const date = parseFullDate(value);
      if (date) header.date = { text: value, when: date.when };
      break;
    }
    case 'source':
      header.sourceUrl = /https?:\/\/\S+/.exec(value)?.[0].replace(/[>.)]+$/, '');
      break;
    case 'contents':
      break;
  }
}

/** `"Title", February 16, 1965, Wilson Center Digital Archive, <archive>, ... Translated for X by Y. <url>` */
export function readCitation(citation: string, header: Header): void {
  header.citation = citation;
  let rest = citation;
  const url = /<?(https?:\/\/[^\s>]+)>?\s*$/.exec(rest);
  if (url) {
    header.sourceUrl = url[1]!.replace(/[.)]+$/, '');
    header.documentNumber = /\/document\/(\w[\w-]*)/.exec(header.sourceUrl)?.[1];
    rest = rest.slice(0, url.index).trim();
  }
  const translated = /\b(?:Obtained and )?[Tt]ranslated(?: for ([^.]+?))? by ([^.]+(?:\.[A-Z]\.)*[^.]*)\.?\s*$/.exec(rest);
  if (translated) {
    if (translated[1]) header.translatedFor = translated[1].trim();
    header.translators = translated[2]!
      .split(/\s*(?:,| and )\s*/)
      .map((s) => s.trim())
      .filter(Boolean);
    rest = rest.slice(0, translated.index).trim();
  }
  const quoted = /^["“](.+?)["”],\s*/.exec(rest);
  if (quoted) {
    header.title ??= quoted[1]!.trim();
    rest = rest.slice(quoted[0].length);
  }
  const date = parseFullDate(rest);
  if (date && date.index === 0) {
    header.date ??= { text: date.text, when: date.when };
    rest = rest.slice(date.text.length).replace(/^,\s*/, '');
  }
  const publisher = /^([^,]*(?:Archive|Library|Center|Centre)[^,]*),\s*/.exec(rest);
  if (publisher) {
    header.publisher = publisher[1]!.trim();
    rest = rest.slice(publisher[0].length);
  }
  rest = rest.replace(/[.\s]+$/, '');
  if (rest) header.archive = readArchive(rest);
}

const IDENTIFIER_LABELS: [RegExp, string][] = [
  [/^(Fund|Fond|F\.)\s*(\S.*)$/, 'fund'],
  [/^(Op\.|Opis)\s*(\S.*)$/i, 'inventory'],
  [/^(Delo|D\.)\s*(\S.*)$/, 'file'],
  [/^(folder|Folder|Box|box|File|file|Dossier|dossier|Sheet|sheet)\s+(\S.*)$/, 'folder'],
  [/^(V\.|Vol\.|Volume)\s*(\S.*)$/, 'volume'],
  [/^(D)(\d+\S*)$/, 'file'],
  [/^(Ref\.|No\.|Nº|№)\s*(\S.*)$/, 'reference'],
];
const PAGES = /^(pgs?\.|pp?\.|pages?|ll?\.|listy?)\s*(\S.*)$/i;

export function readArchive(text: string): ArchiveLocation {
  const archive: ArchiveLocation = { text, identifiers: [] };
  // "AVPRF F. 0102": a repository abbreviation run together with the fund.
  const segments = text
    .split(/,\s+/)
    .flatMap((s) => s.split(/\s+(?=(?:F\.|Fond|Fund)\s*\d)/))
    .map((s) => s.trim())
    .filter(Boolean);
  for (const segment of segments) {
    const pages = PAGES.exec(segment);
    if (pages) {
      const range = /^(\w+)\s*[-–]\s*(\w+)$/.exec(pages[2]!);
      archive.pages = { text: segment, from: range?.[1] ?? pages[2], to: range?.[2] ?? pages[2] };
      continue;
    }
    const id = IDENTIFIER_LABELS.map(([re, type]) => [re.exec(segment), type] as const).find(([m]) => m);
    if (id) {
      archive.identifiers.push({ type: id[1], label: id[0]![1]!, value: id[0]![2]! });
    } else if (!archive.repository) {
      archive.repository = segment;
    } else if (/^[A-Z][a-z]+$/.test(segment) && !archive.settlement) {
      archive.settlement = segment;
    } else if (!archive.collection) {
      archive.collection = segment;
    } else {
      archive.identifiers.push({ type: 'other', label: '', value: segment });
    }
  }
  return archive;
}

const languageCodes = (() => {
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  const map = new Map<string, string>();
  const codes = 'ar be bg bo cs da de el en es et fa fi fr he hi hr hu hy id it ja ka kk km ko ky lo lt lv mk mn ms my nl no pl pt ro ru sk sl sq sr sv th tk tr uk ur uz vi yi zh'.split(' ');
  for (const code of codes) map.set(names.of(code)!.toLowerCase(), code);
  return map;
})();

export function language(name: string): Language {
  const clean = name.trim().replace(/\.$/, '');
  const code = languageCodes.get(clean.toLowerCase());
  return code ? { name: clean, code } : { name: clean };
}

/** Collapse the line breaks and Markdown hard breaks of a header value. */
export function normalise(text: string): string {
  return text.replace(/\*\*/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
}
