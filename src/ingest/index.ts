import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { DocumentModel } from '../model/types.js';
import { buildBody } from './blocks.js';
import { findWebRegions } from './chrome.js';
import { parseHeader } from './header.js';
import { groupLines, splitLines } from './lines.js';
import { detectStyle } from './style.js';

/**
 * Ingest: a transcription file → the document model.
 * Detects the input style, drops web-page chrome, reads the metadata block and structures the body.
 */

export interface Transcription {
  path: string;
  source: string;
  encoding: 'utf-8' | 'windows-1252';
}

/** Read bytes as UTF-8, or as Windows-1252 when they are not valid UTF-8 (old word-processor exports). */
export function readTranscription(path: string): Transcription {
  const bytes = readFileSync(path);
  try {
    return { path, source: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { path, source: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** File-name slug of a transcription: `1965-02-16 Moskovsky.txt` → `1965-02-16-moskovsky`. */
/**
 * Node's TextDecoder treats "windows-1252" as Latin-1, leaving curly quotes and dashes (0x80–0x9F)
 * as control characters; map that range by the code page's table.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return out;
}

export function slugFor(path: string): string {
  const slug = basename(path, extname(path))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'untitled';
}

/** The document's `xml:id`: its slug, made an XML name (which may not start with a digit). */
export function idFor(slug: string): string {
  return /^[a-z_]/.test(slug) ? slug : `doc-${slug}`;
}

export function ingest(transcription: Transcription, id = idFor(slugFor(transcription.path))): DocumentModel {
  const { source } = transcription;
  const lines = splitLines(source);
  const style = detectStyle(source, lines);

  let header;
  let bodyGroups;
  let chromeDropped = { characters: 0, lines: 0 };
  if (style === 'web') {
    const regions = findWebRegions(lines);
    header = parseHeader(source, regions.header.map((line) => ({ lines: [line] })), false).header;
    bodyGroups = groupLines(regions.body);
    chromeDropped = regions.dropped;
  } else {
    const groups = groupLines(lines);
    const parsed = parseHeader(source, groups);
    header = parsed.header;
    bodyGroups = groups.slice(parsed.bodyStart);
  }
  const { body, back } = buildBody(source, bodyGroups, style);
  return { id, source: { path: transcription.path, style, encoding: transcription.encoding, chromeDropped }, header, body, back };
}
