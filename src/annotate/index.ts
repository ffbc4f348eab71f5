import type { Block, DocumentModel, Span, Text } from '../model/types.js';
import type { AuthorityRecord, Registers } from '../registers/index.js';
import { refFor } from '../registers/index.js';
import { encodeBrackets } from './brackets/index.js';
import { findDates } from './dates.js';
import { findCandidates } from './entities/candidates.js';
import { Gazetteer } from './entities/gazetteer.js';
import { encodeOcrArtifacts } from './ocr.js';
import { resolve } from './spans.js';
import type { View } from './view.js';
import { readingView, toText } from './view.js';

/**
 * Annotate: document model → annotated model. Adds spans over the text (editorial conventions,
 * OCR artifacts, dates, persons, places, organisations); never changes the text itself.
 */

export interface AnnotationWarning {
  /** Offset in the source file. */
  offset: number;
  rule: string;
  message: string;
}

const ELEMENT: Record<AuthorityRecord['type'], string> = { person: 'persName', place: 'placeName', org: 'orgName' };
const ALIAS = /\((?:hereafter|henceforth|hereinafter)\s+(?:referred\s+(?:to\s+)?as|called)\s+([^)]+?)\)/g;

export class Annotator {
  private readonly gazetteer: Gazetteer;

  /** Build once per run: the gazetteer compiles every name form of the registers. */
  constructor(readonly registers: Registers) {
    this.gazetteer = new Gazetteer(registers);
  }

  annotate(input: DocumentModel): { model: DocumentModel; warnings: AnnotationWarning[] } {
    const model = structuredClone(input);
    const warnings: AnnotationWarning[] = [];
    const texts = textsOf(model);

    const prepared = texts.map((text) => {
      const brackets = encodeBrackets(text.value);
      for (const w of brackets.warnings) warnings.push({ offset: text.offset + w.at, rule: 'brackets', message: w.message });
      const editorial = [...(text.spans ?? []), ...brackets.spans, ...encodeOcrArtifacts(text.value)];
      const view = readingView(text.value, editorial, false);
      const entities = this.gazetteer.match(view.value).map((m) => entitySpan(view, m.start, m.end, m.record, 'gazetteer'));
      return { text, editorial, view, corrected: readingView(text.value, editorial, true), entities };
    });

    // Within-document coreference: "Kim Il Sung (hereafter referred as Kim)" makes "Kim" his.
    const aliases = new Map<string, AuthorityRecord>();
    for (const { view, entities } of prepared) {
      for (const m of view.value.matchAll(ALIAS)) {
        const before = entities.filter((e) => e.viewEnd <= m.index && m.index - e.viewEnd <= 2).pop();
        if (before) aliases.set(m[1]!.trim(), this.registers.byId.get(before.record.id)!);
      }
    }
    const aliasPattern = aliases.size
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...aliases.keys()].map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
      : undefined;

    const dateContext = { documentDate: model.header.date?.when };
    for (const { text, editorial, view, corrected, entities } of prepared) {
      if (aliasPattern) {
        for (const m of view.value.matchAll(aliasPattern)) {
          const end = m.index + m[0].length;
          if (entities.some((e) => e.viewStart < end && m.index < e.viewEnd)) continue;
          entities.push(entitySpan(view, m.index, end, aliases.get(m[0])!, 'alias'));
        }
      }
      const dates = findDates(corrected, dateContext);
      const known = [...entities, ...dates];
      const candidates = findCandidates(view, this.gazetteer).filter((c) => !known.some((k) => k.start < c.end && c.start < k.end));
      text.spans = resolve(text.value, editorial, [...entities.map(({ span }) => span), ...dates], candidates);
    }

    for (const block of model.body) {
      if (block.kind !== 'sp') continue;
      const person = block.speaker.spans?.find((s) => s.element === 'persName' && s.attributes?.ref);
      if (person) block.who = person.attributes!.ref!;
    }
    return { model, warnings };
  }
}

interface EntityMatch {
  viewStart: number;
  viewEnd: number;
  start: number;
  end: number;
  record: AuthorityRecord;
  span: Span;
}

function entitySpan(view: View, viewStart: number, viewEnd: number, record: AuthorityRecord, source: string): EntityMatch {
  const range = toText(view, viewStart, viewEnd);
  return {
    viewStart,
    viewEnd,
    ...range,
    record,
    span: { ...range, element: ELEMENT[record.type], attributes: { ref: refFor(record) }, source },
  };
}

/** Every text of the document, in reading order. */
export function textsOf(model: DocumentModel): Text[] {
  const out: Text[] = [];
  const visit = (block: Block) => {
    switch (block.kind) {
      case 'head':
      case 'p':
        out.push(block.text);
        break;
      case 'list':
        out.push(...block.items);
        break;
      case 'labelled':
        for (const item of block.items) out.push(item.label, item.value);
        break;
      case 'sp':
        out.push(block.speaker, block.text);
        break;
      case 'closer':
        out.push(...block.lines.map((l) => l.text));
        break;
    }
  };
  model.body.forEach(visit);
  model.back.forEach(visit);
  return out;
}

