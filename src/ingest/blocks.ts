import type { Block, CloserLine, InputStyle, Span, Text } from '../model/types.js';
import { parseFullDate } from '../lib/dates.js';
import type { LineGroup } from './lines.js';
import { groupRange } from './lines.js';

/**
 * The body's structure, found from the shape of its text.
 *
 * The order of the passes matters: closing matter is taken off the end and the title block off the
 * start before paragraphs are re-joined, so that a signature line without a full stop is never glued
 * to the paragraph above it.
 */

interface Unit {
  type: 'text' | 'heading' | 'bullets' | 'page';
  start: number;
  end: number;
  /** For bullets: one range per item. */
  items?: { start: number; end: number }[];
  /** For page: the printed page number, if any. */
  n?: string;
}

const PAGE_NUMBER = /^(?:\[?(?:Page|p\.)\s*(\d+)\]?|[-–—]?\s*(\d{1,4})\s*[-–—]?)$/i;
const TERMINAL = /[.!?:;"'”’»)\]]$/;
const PREFATORY_LABEL =
  /^(Location|Place|Venue|Time|Date|Present|Participants?(?: in the [a-z]+)?|Personnel(?: from [^:]{1,40})?|Attendees|Attended by|Recorder|Recorded by|Interpreters?|Translators?|Note-?taker|Subject|Topic|Summary of [^:]{1,80})\s*:\s/i;

export function buildBody(source: string, groups: LineGroup[], style: InputStyle): { body: Block[]; back: Block[] } {
  const units = toUnits(source, groups, style);
  const back = takeDistribution(source, units);
  const closer = takeCloser(source, units);
  const body = structure(source, units, style);
  if (closer.length) body.push({ kind: 'closer', lines: closer });
  return { body, back };
}

function toUnits(source: string, groups: LineGroup[], style: InputStyle): Unit[] {
  const units: Unit[] = [];
  for (const group of groups) {
    let textLines: typeof group.lines = [];
    const flushText = () => {
      if (!textLines.length) return;
      const range = groupRange(source, { lines: textLines });
      const text = source.slice(range.start, range.end).trim();
      const page = PAGE_NUMBER.exec(text);
      if (page && textLines.length === 1) units.push({ type: 'page', ...range, n: page[1] ?? page[2] });
      else units.push({ type: 'text', ...range });
      textLines = [];
    };
    for (const line of group.lines) {
      if (line.marker === 'bullet') {
        flushText();
        const last = units[units.length - 1];
        const item = { start: line.start, end: line.end };
        if (last?.type === 'bullets' && last.end <= line.lineStart) {
          last.items!.push(item);
          last.end = line.end;
        } else units.push({ type: 'bullets', start: line.start, end: line.end, items: [item] });
      } else if (line.marker === 'heading') {
        flushText();
        // Markdown headings are trusted in clean Markdown; OCR puts `#` on anything.
        const range = groupRange(source, { lines: [line] });
        units.push({ type: style === 'markdown' ? 'heading' : 'text', ...range });
      } else {
        const last = units[units.length - 1];
        if (!textLines.length && last?.type === 'bullets' && last.end <= line.lineStart && line.indent > 0) {
          // A wrapped bullet item continues on an indented line.
          last.items![last.items!.length - 1]!.end = line.end;
          last.end = line.end;
        } else textLines.push(line);
      }
    }
    flushText();
  }
  return units;
}

/** A list of recipients or file references after the signature: `- 1 Cde. Gromyko`, `- Nº 2172-dv`. */
function takeDistribution(source: string, units: Unit[]): Block[] {
  const last = units[units.length - 1];
  if (last?.type !== 'bullets') return [];
  const items = last.items!;
  const numbered = items.filter((i) => /^\d+[.)]?\s+\S/.test(source.slice(i.start, i.end))).length;
  if (numbered < Math.max(2, items.length / 2)) return [];
  units.pop();
  return [{ kind: 'list', type: 'distribution', items: items.map((i) => text(source, i.start, i.end)) }];
}

function closerLineType(value: string): CloserLine['type'] | undefined {
  const v = value.trim();
  if (v.length > 160) return undefined;
  if (/\[(signature|signed|seal|stamp)[^\]]*\]/i.test(v)) return 'signed';
  if (/^(Typed|Drafted|Prepared|Conceptuali[sz]ed|Printed|Copied|Written|Compiled|Executed|Sent)\b/.test(v)) return 'note';
  if (/^(N[º°o]\.?|№)\s*\S+$/.test(v) || /^[\p{Lu}\d][\w.-]*\/[\w.-]+$/u.test(v)) return 'note';
  if (v.length < 120 && /^[^()]*\(\s*[^()]*\d{4}\s*\)$/.test(v)) return 'dateline';
  const date = parseFullDate(v);
  if (date && /^[\p{Lu}][\p{L}-]+(?:[ -][\p{Lu}][\p{L}-]+)?,\s*(?:on\s+|the\s+)?$/u.test(v.slice(0, date.index))) return 'dateline';
  if (date && date.index === 0 && date.text.length >= v.length - 1) return 'dateline';
  if (!TERMINAL.test(v) && v.length < 100 && /^[\p{Lu}\s.,\-()\[\]’']+$/u.test(v) && /\p{Lu}{3}/u.test(v)) return 'signed';
  return undefined;
}

/**
 * Datelines, signatures, seals and typing notes at the end of the document. Short lines that only
 * look like a signature ("Karoly Pataki / Ambassador") count when a clear closer line (a dateline,
 * a [signature], a typing note) stands above them.
 */
function takeCloser(source: string, units: Unit[]): CloserLine[] {
  const run: { unit: Unit; type?: CloserLine['type'] }[] = [];
  for (let i = units.length - 1; i > 0; i--) {
    const unit = units[i]!;
    if (unit.type === 'bullets' || unit.type === 'page') break;
    const value = source.slice(unit.start, unit.end);
    const type = closerLineType(value);
    if (!type && !looksLikeSignature(value)) break;
    run.unshift({ unit, type });
  }
  const firstClear = run.findIndex((r) => r.type);
  if (firstClear === -1) return [];
  const taken = run.slice(firstClear);
  units.splice(units.length - taken.length, taken.length);
  return taken.flatMap(({ unit, type }) => splitDateline(source, unit, type ?? (/\d{4}/.test(source.slice(unit.start, unit.end)) ? 'note' : 'signed')));
}

/** A name, a title, a short note: a few short lines, capitalised, no sentence punctuation at the end. */
function looksLikeSignature(value: string): boolean {
  const lines = value.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.length <= 4 && value.length < 120 && /^\p{Lu}/u.test(value.trim()) && !/[.!?:;]$/.test(value.trim());
}

/** "Pyongyang, on October 10, 1961 The Ambassador": the dateline, then who signs. */
function splitDateline(source: string, unit: Unit, type: CloserLine['type']): CloserLine[] {
  const value = source.slice(unit.start, unit.end);
  const date = type === 'dateline' ? parseFullDate(value) : undefined;
  const rest = date ? value.slice(date.index + date.text.length) : '';
  if (!date || !/^\s+\p{Lu}/u.test(rest)) return [{ type, text: text(source, unit.start, unit.end) }];
  const cut = unit.start + date.index + date.text.length;
  const signedStart = cut + leadingSpace(rest);
  return [
    { type: 'dateline', text: text(source, unit.start, cut) },
    { type: 'signed', text: text(source, signedStart, unit.end) },
  ];
}

function isHeadingLike(value: string): boolean {
  if (value.includes('\n') || value.length > 120 || /:\s/.test(value) || /[.,;:!?]$/.test(value) || /^[\d\-–•]/.test(value)) return false;
  const words = value.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (!words.length) return false;
  const upper = words.filter((w) => w === w.toUpperCase()).length / words.length;
  const capital = words.filter((w) => /^[\p{Lu}\d]/u.test(w) || /^(of|the|and|in|on|for|to|with|a|an|by|at)$/.test(w)).length / words.length;
  return upper >= 0.6 || (words.length <= 12 && capital >= 0.999 && !value.endsWith(')'));
}

function structure(source: string, units: Unit[], style: InputStyle): Block[] {
  const blocks: Block[] = [];
  const speakers = speakerLabels(source, units);

  // Title block: a heading in the first few units, with any lines before it as the opener.
  const firstHeading = units.findIndex(
    (u, i) => i < 3 && (u.type === 'heading' || (u.type === 'text' && isHeadingLike(source.slice(u.start, u.end)))),
  );
  let i = 0;
  if (firstHeading >= 0) {
    for (; i < firstHeading; i++) {
      const u = units[i]!;
      if (u.type === 'text') blocks.push({ kind: 'p', role: 'opener', text: text(source, u.start, u.end) });
    }
  }

  let lastWasHeading = false;
  for (; i < units.length; i++) {
    const unit = units[i]!;
    const value = source.slice(unit.start, unit.end);
    if (unit.type === 'page') {
      // A page number between two whole paragraphs: keep it as a page beginning of its own.
      blocks.push({ kind: 'p', role: 'note', text: text(source, unit.start, unit.end, [pbSpan(0, value.length, unit.n)]) });
      lastWasHeading = false;
      continue;
    }
    if (unit.type === 'bullets') {
      blocks.push({ kind: 'list', type: 'bulleted', items: unit.items!.map((it) => text(source, it.start, it.end)) });
      lastWasHeading = false;
      continue;
    }
    const subtitle = lastWasHeading && !TERMINAL.test(value) && value.length < 250 && !value.includes('\n');
    if (unit.type === 'heading' || (style !== 'markdown' && isHeadingLike(value)) || subtitle) {
      blocks.push({ kind: 'head', text: text(source, unit.start, unit.end) });
      lastWasHeading = true;
      continue;
    }
    lastWasHeading = false;

    // Re-join a paragraph that a page boundary split, dropping a stray page number between.
    let end = unit.end;
    const breaks: Span[] = [];
    let j = i;
    for (;;) {
      const tail = source.slice(unit.start, end);
      let k = j + 1;
      const page = units[k]?.type === 'page' ? units[k++] : undefined;
      const next = units[k];
      if (next?.type !== 'text') break;
      const nextValue = source.slice(next.start, next.end);
      if (!continues(tail, nextValue, speakers)) break;
      // The printed page number becomes the pb; without one the pb marks the boundary alone.
      breaks.push(page ? pbSpan(page.start - unit.start, page.end - unit.start, page.n) : pbSpan(end - unit.start, end - unit.start));
      end = next.end;
      j = k;
    }
    i = j;
    const joined = source.slice(unit.start, end);

    const label = PREFATORY_LABEL.exec(joined);
    const speaker = matchSpeaker(joined, speakers);
    if (label && !speaker && !breaks.length) {
      const colon = joined.indexOf(':', label[1]!.length);
      const item = {
        label: text(source, unit.start, unit.start + colon + 1),
        value: text(source, unit.start + colon + 1 + leadingSpace(joined.slice(colon + 1)), end),
      };
      const previous = blocks[blocks.length - 1];
      if (previous?.kind === 'labelled') previous.items.push(item);
      else blocks.push({ kind: 'labelled', items: [item] });
    } else if (speaker) {
      const afterColon = speaker.length + 1;
      const rest = afterColon + leadingSpace(joined.slice(afterColon));
      blocks.push({
        kind: 'sp',
        speaker: text(source, unit.start, unit.start + speaker.length + 1),
        text: text(source, unit.start + rest, end, shift(breaks, -rest)),
      });
    } else {
      blocks.push({ kind: 'p', text: text(source, unit.start, end, breaks) });
    }
  }
  return blocks;
}

/** Does `next` continue the sentence `tail` broke off? */
function continues(tail: string, next: string, speakers: Set<string>): boolean {
  const last = tail.trimEnd();
  if (TERMINAL.test(last) || isHeadingLike(last)) return false;
  if (matchSpeaker(next, speakers) || PREFATORY_LABEL.test(next)) return false;
  if (/^[\p{Ll}\d(.,;:]/u.test(next)) return true;
  // Sentence cut mid-way before a capitalised word ("... as it is in South" / "Vietnam. There is").
  return /[\p{L}\d,\-–]$/u.test(last) && last.length >= 60 && !/\n/.test(last.slice(-80));
}

const SPEAKER =
  /^([\p{Lu}][\p{L}\p{M}'’.-]*(?:[ ][\p{Lu}][\p{L}\p{M}'’.-]*){0,4})(?:\s*\((?:hereafter|henceforth|hereinafter)[^)]*?\b(?:as|to as)\s+([^)]+?)\)|\s*\([^)]{1,60}\))?:\s/u;

/** Speaker labels of minutes: introduced with "(hereafter referred as X)", or used as a label twice. */
function speakerLabels(source: string, units: Unit[]): Set<string> {
  const counts = new Map<string, number>();
  const labels = new Set<string>();
  for (const unit of units) {
    if (unit.type !== 'text') continue;
    const m = SPEAKER.exec(source.slice(unit.start, unit.end));
    if (!m || PREFATORY_LABEL.test(m[0])) continue;
    if (m[2]) {
      labels.add(m[1]!);
      labels.add(m[2].trim());
    }
    counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  }
  for (const [label, count] of counts) if (count >= 2) labels.add(label);
  return labels;
}

/** The speaker part of a turn (up to, not including, the colon), or undefined. */
function matchSpeaker(value: string, speakers: Set<string>): string | undefined {
  const m = SPEAKER.exec(value);
  if (!m || !speakers.has(m[1]!)) return undefined;
  return m[0].replace(/:\s$/, '').replace(/\s+$/, '');
}

function leadingSpace(s: string): number {
  return s.length - s.replace(/^[\s\u00a0]+/u, '').length;
}

function pbSpan(start: number, end: number, n?: string): Span {
  return { start, end, element: 'pb', source: 'page-break', ...(n ? { attributes: { n } } : {}) };
}

function shift(spans: Span[], by: number): Span[] {
  return spans.map((s) => ({ ...s, start: s.start + by, end: s.end + by }));
}

function text(source: string, start: number, end: number, spans?: Span[]): Text {
  return { offset: start, value: source.slice(start, end), ...(spans?.length ? { spans } : {}) };
}
