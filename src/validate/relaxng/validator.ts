import { SaxesParser } from 'saxes';
import type { SaxesTagNS } from 'saxes';
import { describeDatatype } from './datatypes.js';
import { Derivatives } from './derivative.js';
import type { NameClass, Pattern } from './patterns.js';
import { describeNameClass } from './patterns.js';
import type { TreeBuilder } from '../tree.js';
import type { CompiledSchema } from './schema.js';

/**
 * Streaming RELAX NG validation: saxes reads the document (no DTD loading, no external entities,
 * only the predefined ones), the derivatives follow it event by event. Every error is reported
 * with its line and column, what was found and what was expected; validation then recovers and
 * goes on, so a file's errors come out together.
 */

export interface GrammarError {
  line: number;
  column: number;
  message: string;
  hint?: string;
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const MAX_LISTED = 20;

function list(names: string[]): string {
  const unique = [...new Set(names)].sort();
  return unique.length > MAX_LISTED ? `${unique.slice(0, MAX_LISTED).join(', ')} … (${unique.length - MAX_LISTED} more)` : unique.join(', ');
}

export class RelaxNgValidator {
  private readonly d: Derivatives;

  constructor(private readonly schema: CompiledSchema) {
    this.d = new Derivatives(schema.patterns);
  }

  /** Errors of the document; `tree`, when given, receives the document's elements as they pass. */
  validate(xml: string, tree?: TreeBuilder): GrammarError[] {
    const d = this.d;
    const notAllowed = this.schema.patterns.notAllowed;
    const errors: GrammarError[] = [];
    const parser = new SaxesParser({ xmlns: true, position: true });
    let p: Pattern = this.schema.start;
    let text = '';
    let skipping = 0;
    const open: { name: string; line: number; column: number }[] = [];
    let tagStart = { line: 1, column: 1 };
    /** Text is reported where it begins: just after the tag before it. */
    let textStart = { line: 1, column: 1 };

    const report = (at: { line: number; column: number }, message: string, hint?: string) => errors.push({ ...at, message, ...(hint ? { hint } : {}) });
    const here = () => ({ line: parser.line, column: parser.columnIndex + 1 });
    const expected = (q: Pattern) => {
      const names = d.expectedElements(q).flatMap((nc: NameClass) => describeNameClass(nc, 'element'));
      if (d.allowsText(q)) names.push('text');
      return names;
    };

    const flushText = () => {
      if (!text || skipping) {
        text = '';
        return;
      }
      const next = d.mixedText(p, text);
      if (next === notAllowed) {
        const parent = open[open.length - 1]?.name ?? 'the document';
        const shown = text.trim().length > 40 ? `${text.trim().slice(0, 40)}…` : text.trim();
        const dataPatterns = dataIn(p);
        if (dataPatterns.length) report(textStart, `"${shown}" is not a valid value for <${parent}>`, `expected ${list(dataPatterns)}`);
        else report(textStart, `text ("${shown}") is not allowed in <${parent}>`, expected(p).length ? `expected ${list(expected(p))}` : 'no text is allowed here');
      } else p = next;
      text = '';
    };

    parser.on('opentagstart', (tag) => {
      tagStart = { line: parser.line, column: Math.max(1, parser.columnIndex - tag.name.length - 1) };
    });
    parser.on('text', (t) => {
      text += t;
      tree?.text(t);
    });
    parser.on('cdata', (t) => {
      text += t;
      tree?.text(t);
    });
    parser.on('opentag', (tag: SaxesTagNS) => {
      tree?.open(tag.name, Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value])), tagStart.line, tagStart.column);
      flushText();
      if (skipping) {
        skipping++;
        return;
      }
      const name = { ns: tag.uri, local: tag.local };
      let opened = d.startTagOpen(p, name);
      if (opened === notAllowed) {
        const parent = open[open.length - 1]?.name;
        const allowed = expected(p);
        const early = d.startTagOpen(d.skipRequired(p), name);
        if (early !== notAllowed) {
          // It would fit after the elements that are missing: say so, and go on from there.
          report(tagStart, `element <${tag.name}> is not allowed yet in <${parent}>`, `missing ${list(allowed)} before it`);
          opened = early;
        } else {
          report(tagStart, `element <${tag.name}> is not allowed ${parent ? `in <${parent}> here` : 'as the root'}`, allowed.length ? `expected ${list(allowed)}` : `nothing more is allowed in <${parent}> here`);
          skipping = 1;
          return;
        }
      }
      let q = opened;
      for (const attribute of Object.values(tag.attributes)) {
        if (attribute.uri === XMLNS_NS || attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue;
        const ns = attribute.prefix === 'xml' ? XML_NS : attribute.uri;
        const next = d.attribute(q, { ns, local: attribute.local }, attribute.value);
        if (next !== notAllowed) {
          q = next;
          continue;
        }
        const open = d.attributesIn(q);
        const same = open.filter((a) => nameMatches(a.nc, ns, attribute.local));
        if (same.length) {
          const allowed = same.flatMap((a) => describeValues(a.p));
          report(tagStart, `@${attribute.name}="${attribute.value}" on <${tag.name}> is not a valid value`, allowed.length ? `expected ${list(allowed)}` : undefined);
        } else {
          const names = open.flatMap((a) => describeNameClass(a.nc, 'attribute'));
          report(tagStart, `attribute @${attribute.name} is not allowed on <${tag.name}>`, names.length ? `allowed: ${list(names)}` : `<${tag.name}> takes no other attributes`);
        }
      }
      const closed = d.startTagClose(q);
      if (closed === notAllowed) {
        const missing = d.attributesIn(q).filter((a) => a.required).flatMap((a) => describeNameClass(a.nc, 'attribute'));
        report(tagStart, `<${tag.name}> is missing required attribute${missing.length === 1 ? '' : 's'} ${list(missing)}`, `add ${list(missing)}`);
        p = d.startTagCloseRecover(q);
      } else p = closed;
      open.push({ name: tag.name, ...tagStart });
      textStart = here();
    });
    parser.on('closetag', (tag) => {
      tree?.close();
      flushText();
      if (skipping) {
        skipping--;
        return;
      }
      const next = d.endTag(p);
      if (next === notAllowed) {
        const missing = expected(p);
        report(here(), `<${tag.name}> is incomplete`, missing.length ? `expected ${list(missing)} before </${tag.name}>` : undefined);
        p = d.endTagRecover(p);
      } else p = next;
      open.pop();
      textStart = here();
    });
    parser.on('error', (error) => {
      throw error;
    });
    parser.write(xml).close();
    return errors;
  }
}

function nameMatches(nc: NameClass, ns: string, local: string): boolean {
  switch (nc.t) {
    case 'name':
      return nc.ns === ns && nc.local === local;
    case 'choice':
      return nameMatches(nc.a, ns, local) || nameMatches(nc.b, ns, local);
    default:
      return false;
  }
}

/** What values a pattern accepts, for messages. */
function describeValues(p: Pattern, seen = new Set<number>()): string[] {
  if (seen.has(p.id)) return [];
  seen.add(p.id);
  switch (p.t) {
    case 'value':
      return [`"${p.value}"`];
    case 'data':
      return [describeDatatype(p.dt)];
    case 'text':
      return ['text'];
    case 'choice':
      return [...describeValues(p.a, seen), ...describeValues(p.b, seen)];
    case 'list':
      return describeValues(p.p, seen).map((v) => `a list of ${v}`);
    case 'oneOrMore':
    case 'group':
      return p.t === 'oneOrMore' ? describeValues(p.p, seen) : [...describeValues(p.a, seen), ...describeValues(p.b, seen)];
    default:
      return [];
  }
}

/** Data and value patterns that the current position would take text for. */
function dataIn(p: Pattern, seen = new Set<number>()): string[] {
  if (seen.has(p.id)) return [];
  seen.add(p.id);
  switch (p.t) {
    case 'data':
    case 'value':
      return describeValues(p);
    case 'choice':
    case 'group':
    case 'interleave':
      return [...dataIn(p.a, seen), ...dataIn(p.b, seen)];
    case 'after':
      return dataIn(p.a, seen);
    case 'oneOrMore':
    case 'list':
      return dataIn(p.p, seen);
    default:
      return [];
  }
}
