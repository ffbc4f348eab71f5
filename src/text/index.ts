import { XMLParser } from 'fast-xml-parser';

/**
 * TEI → plain text: the document's own text as the transcription had it, with the translator's
 * bracket conventions re-inserted from the editorial markup. The inverse of convert, up to
 * whitespace: `tests/roundtrip.test.ts` holds every sample to it.
 */

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  trimValues: false,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: true,
  htmlEntities: true,
});

/** Block elements: each starts a new paragraph of output. */
const BLOCKS = new Set(['head', 'p', 'item', 'label', 'opener', 'dateline', 'signed', 'seg', 'speaker', 'sp', 'list', 'closer', 'div', 'body', 'back', 'front', 'ab', 'lg', 'l']);
/** Inside these, a block's parts run on in one line (a label and its item, a speaker and the speech). */
const RUN_ON = new Set(['label', 'speaker']);

function nameOf(node: OrderedNode): string {
  return Object.keys(node).find((k) => k !== ':@')!;
}
function childrenOf(node: OrderedNode): OrderedNode[] {
  return (node[nameOf(node)] as OrderedNode[]) ?? [];
}
function localName(name: string): string {
  return name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
}

export function teiToText(xml: string): string {
  const doc = parser.parse(xml) as OrderedNode[];
  const tei = doc.find((n) => localName(nameOf(n)) === 'TEI');
  if (!tei) throw new Error('not a TEI document: no <TEI> root element');
  const text = childrenOf(tei).find((n) => localName(nameOf(n)) === 'text');
  if (!text) return '';
  const out: string[] = [];
  for (const part of childrenOf(text)) {
    if (['body', 'back'].includes(localName(nameOf(part)))) collectBlocks(part, out);
  }
  return out
    .map((b) => b.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

function collectBlocks(node: OrderedNode, out: string[]): void {
  const children = childrenOf(node);
  if (!children.some((c) => BLOCKS.has(localName(nameOf(c))))) {
    out.push(inline(children));
    return;
  }
  let prefix = '';
  let loose = '';
  const flushLoose = () => {
    if (loose.trim()) out.push(loose);
    loose = '';
  };
  for (const child of children) {
    const name = localName(nameOf(child));
    if (RUN_ON.has(name)) {
      flushLoose();
      prefix += `${inline(childrenOf(child))} `;
    } else if (BLOCKS.has(name)) {
      flushLoose();
      const before = out.length;
      collectBlocks(child, out);
      if (prefix && out.length > before) out[before] = prefix + out[before];
      else if (prefix) out.push(prefix);
      prefix = '';
    } else {
      loose += inlineNode(child);
    }
  }
  flushLoose();
  if (prefix) out.push(prefix);
}

function inline(nodes: OrderedNode[]): string {
  return nodes.map(inlineNode).join('');
}

function inlineNode(node: OrderedNode): string {
  const name = localName(nameOf(node));
  if (name === '#text') return String(node['#text']);
  const children = childrenOf(node);
  const part = (wanted: string) => children.find((c) => localName(nameOf(c)) === wanted);
  const content = () => inline(children);
  switch (name) {
    case 'choice': {
      const text = (n?: OrderedNode) => (n ? inline(childrenOf(n)) : '');
      if (part('sic')) return `${text(part('sic'))} [sic; ${text(part('corr'))}]`;
      if (part('abbr')) return `${text(part('abbr'))} [${text(part('expan'))}]`;
      const reg = part('reg');
      if (reg?.[':@']?.type === 'ocr') return text(part('orig'));
      return `${text(part('orig'))} [${text(reg)}]`;
    }
    case 'sic':
      return `${content()} [sic]`;
    case 'supplied':
    case 'note':
      return `[${content()}]`;
    case 'gap':
      return `[${part('desc') ? inline(childrenOf(part('desc')!)) : '...'}]`;
    case 'pb':
    case 'lb':
    case 'cb':
      return ' ';
    default:
      return content();
  }
}
