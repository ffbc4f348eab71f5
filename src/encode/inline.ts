import type { Span, Text } from '../model/types.js';

/**
 * Spans over a text → a tree of inline nodes. Spans must nest (the annotate stage guarantees it);
 * a crossing pair is a bug and throws. `omit` spans drop their text (bracket characters the markup
 * replaces); `pb` spans become a milestone in place of their text (a printed page number).
 */

export interface InlineElement {
  element: string;
  attributes: Record<string, string>;
  children: InlineNode[];
}
export type InlineNode = string | InlineElement;

/** Outer first when two spans cover the same range. */
const RANK: Record<string, number> = {
  note: 1,
  gap: 1,
  supplied: 2,
  persName: 3,
  placeName: 3,
  orgName: 3,
  name: 3,
  date: 4,
  choice: 5,
  sic: 6,
  corr: 6,
  orig: 6,
  reg: 6,
  abbr: 6,
  expan: 6,
  desc: 7,
  omit: 8,
  pb: 9,
};
const CHOICE_PARTS = new Set(['sic', 'corr', 'orig', 'reg', 'abbr', 'expan']);
const ENTITIES = new Set(['persName', 'placeName', 'orgName', 'name', 'date']);

/**
 * Which of two spans over the same range is outer. A name over a whole `choice` wraps it
 * (`<persName><choice>…`), but a name over one half of it goes inside that half
 * (`<choice><abbr><orgName>APL</orgName></abbr>…`), since `choice` takes only its parts.
 */
function sameRange(a: Span, b: Span): number {
  if (CHOICE_PARTS.has(a.element) && ENTITIES.has(b.element)) return -1;
  if (ENTITIES.has(a.element) && CHOICE_PARTS.has(b.element)) return 1;
  return (RANK[a.element] ?? 5) - (RANK[b.element] ?? 5);
}

/** Elements that take a zero-width child at their end (the `reg` of an OCR `choice`). */
const TAKES_TRAILING_CHILD = new Set(['choice']);
const MILESTONES = new Set(['pb', 'lb', 'cb']);

interface Open extends InlineElement {
  end: number;
  omitted: boolean;
}

export function buildInline(text: Text): InlineNode[] {
  const spans = [...(text.spans ?? [])].sort((a, b) => a.start - b.start || b.end - a.end || sameRange(a, b));
  const value = text.value;
  const root: Open = { element: '#root', attributes: {}, children: [], end: value.length, omitted: false };
  const stack: Open[] = [root];
  let position = 0;

  const top = () => stack[stack.length - 1]!;
  const emit = (upTo: number) => {
    if (upTo <= position) return;
    if (!stack.some((s) => s.omitted)) appendText(top().children, value.slice(position, upTo));
    position = upTo;
  };
  const closes = (open: Open, span: Span) =>
    open !== root &&
    (open.end < span.start ||
      (open.end === span.start && !(span.start === span.end && TAKES_TRAILING_CHILD.has(open.element) && span.element !== 'pb')));

  for (const span of spans) {
    while (closes(top(), span)) {
      emit(top().end);
      stack.pop();
    }
    emit(span.start);
    if (span.end > top().end) {
      throw new Error(`crossing markup: <${span.element}> ${span.start}-${span.end} crosses <${top().element}> ending at ${top().end} in "${value.slice(span.start, span.end)}"`);
    }
    const node: Open = {
      element: span.element,
      attributes: { ...(span.attributes ?? {}) },
      children: span.literal ? [span.literal] : [],
      end: span.end,
      omitted: span.element === 'omit',
    };
    if (MILESTONES.has(span.element)) {
      top().children.push(node);
      position = Math.max(position, span.end);
      continue;
    }
    if (!node.omitted) top().children.push(node);
    stack.push(node);
  }
  while (stack.length > 1) {
    emit(top().end);
    stack.pop();
  }
  emit(value.length);
  return strip(root.children);
}

/** Whitespace is normalised: runs of spaces, line breaks and no-break spaces become one space. */
function appendText(children: InlineNode[], raw: string): void {
  const s = raw.replace(/[\s\u00a0]+/gu, ' ');
  const last = children[children.length - 1];
  if (typeof last === 'string') children[children.length - 1] = (last + s).replace(/ {2,}/g, ' ');
  else children.push(s);
}

function strip(nodes: InlineNode[]): InlineNode[] {
  return nodes.map((n) =>
    typeof n === 'string'
      ? n
      : { element: n.element, attributes: n.attributes, children: strip(n.children) },
  );
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** Inline nodes as XML text, for examples and messages (the encoder itself uses xmlbuilder2). */
export function serializeInline(nodes: InlineNode[]): string {
  return nodes
    .map((node) => {
      if (typeof node === 'string') return escapeText(node);
      const attributes = Object.entries(node.attributes)
        .map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`)
        .join('');
      return node.children.length || !MILESTONES.has(node.element)
        ? `<${node.element}${attributes}>${serializeInline(node.children)}</${node.element}>`
        : `<${node.element}${attributes}/>`;
    })
    .join('');
}
