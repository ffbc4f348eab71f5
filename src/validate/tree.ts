import { XMLParser } from 'fast-xml-parser';

/**
 * A TEI file as an element tree with source offsets, for the rules. Read with fast-xml-parser in
 * order-preserving mode; entities are not expanded beyond the XML built-ins.
 */

export interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  /** Text and elements in document order. */
  content: (string | XmlNode)[];
  offset: number;
  parent?: XmlNode;
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
  return convert(rootNode);
}

function convert(node: Ordered, parent?: XmlNode): XmlNode {
  const name = Object.keys(node).find((k) => k !== ':@')!;
  const element: XmlNode = {
    name,
    attributes: (node[':@'] as Record<string, string>) ?? {},
    children: [],
    content: [],
    offset: (node[META] as { startIndex?: number } | undefined)?.startIndex ?? 0,
    parent,
  };
  for (const child of (node[name] as Ordered[]) ?? []) {
    const childName = Object.keys(child).find((k) => k !== ':@')!;
    if (childName === '#text') element.content.push(String(child['#text']));
    else if (!childName.startsWith('?') && childName !== '#comment') {
      const converted = convert(child, element);
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
