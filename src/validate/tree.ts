import { XMLParser } from 'fast-xml-parser';
import { LineIndex } from './diagnostics.js';

/**
 * A TEI file as an element tree with the line and column of each start tag, for the rules and the
 * review commands. The validator builds it from the same pass that checks the grammar
 * (`TreeBuilder`); `parseTree` reads one with fast-xml-parser where no validation runs.
 */

export interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  /** Text and elements in document order. */
  content: (string | XmlNode)[];
  line: number;
  column: number;
  parent?: XmlNode;
}

/** Builds the tree from parser events (open, text, close). */
export class TreeBuilder {
  root?: XmlNode;
  private readonly stack: XmlNode[] = [];

  open(name: string, attributes: Record<string, string>, line: number, column: number): void {
    const parent = this.stack[this.stack.length - 1];
    const node: XmlNode = { name, attributes, children: [], content: [], line, column, parent };
    if (parent) {
      parent.children.push(node);
      parent.content.push(node);
    } else this.root = node;
    this.stack.push(node);
  }

  text(value: string): void {
    this.stack[this.stack.length - 1]?.content.push(value);
  }

  close(): void {
    this.stack.pop();
  }
}

type Ordered = Record<string, unknown>;
const META = XMLParser.getMetaDataSymbol() as unknown as string;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  captureMetaData: true,
  processEntities: true,
  htmlEntities: false,
});

export function parseTree(xml: string): XmlNode {
  const top = parser.parse(xml) as Ordered[];
  const rootNode = top.find((n) => !Object.keys(n).some((k) => k.startsWith('?') || k === '#text' || k === '#comment'));
  if (!rootNode) throw new Error('no root element');
  return convert(rootNode, new LineIndex(xml));
}

function convert(node: Ordered, lines: LineIndex, parent?: XmlNode): XmlNode {
  const name = Object.keys(node).find((k) => k !== ':@')!;
  const element: XmlNode = {
    name,
    attributes: (node[':@'] as Record<string, string>) ?? {},
    children: [],
    content: [],
    ...lines.at((node[META] as { startIndex?: number } | undefined)?.startIndex ?? 0),
    parent,
  };
  for (const child of (node[name] as Ordered[]) ?? []) {
    const childName = Object.keys(child).find((k) => k !== ':@')!;
    if (childName === '#text') element.content.push(String(child['#text']));
    else if (!childName.startsWith('?') && childName !== '#comment') {
      const converted = convert(child, lines, element);
      element.children.push(converted);
      element.content.push(converted);
    }
  }
  return element;
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

export function* walk(node: XmlNode): Generator<XmlNode> {
  yield node;
  for (const child of node.children) yield* walk(child);
}

/** All text inside an element, its descendants' included, in document order. */
export function deepText(node: XmlNode): string {
  return node.content.map((c) => (typeof c === 'string' ? c : deepText(c))).join('');
}
