import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { checkDatatype } from './datatypes.js';
import type { Datatype, NameClass, Pattern } from './patterns.js';
import { Patterns } from './patterns.js';

/**
 * A RELAX NG schema (XML syntax) → patterns. Follows the simplification of the RELAX NG spec (§4):
 * divs and includes are flattened, defines combined, `optional`, `zeroOrMore` and `mixed` rewritten,
 * `ns` and `datatypeLibrary` inherited, QNames resolved. Element content is compiled on first use.
 */

export const RNG_NS = 'http://relaxng.org/ns/structure/1.0';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

export class SchemaCompileError extends Error {}

interface Node {
  name: string;
  prefix: string;
  local: string;
  attributes: Record<string, string>;
  children: Node[];
  text: string;
  namespaces: Map<string, string>;
}

interface Context {
  ns: string;
  datatypeLibrary: string;
  namespaces: Map<string, string>;
  grammar: Grammar;
  file: string;
}

interface Grammar {
  parent?: Grammar;
  defines: Map<string, { combine?: string; body: Node[]; context: Context }[]>;
  start: { combine?: string; body: Node[]; context: Context }[];
  compiled: Map<string, Pattern>;
}

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, processEntities: true, htmlEntities: true });

function readSchemaFile(file: string, inherited?: Map<string, string>): Node {
  let xml: string;
  try {
    xml = readFileSync(file, 'utf8');
  } catch (error) {
    throw new SchemaCompileError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const top = parser.parse(xml) as Record<string, unknown>[];
  const root = top.find((n) => !Object.keys(n).some((k) => k.startsWith('?') || k === '#text' || k === '#comment'));
  if (!root) throw new SchemaCompileError(`${file}: no root element`);
  return toNode(root, inherited ?? new Map([['xml', XML_NS]]));
}

function toNode(raw: Record<string, unknown>, inherited: Map<string, string>): Node {
  const name = Object.keys(raw).find((k) => k !== ':@')!;
  const attributes = (raw[':@'] as Record<string, string>) ?? {};
  const namespaces = new Map(inherited);
  for (const [k, v] of Object.entries(attributes)) {
    if (k === 'xmlns') namespaces.set('', v);
    else if (k.startsWith('xmlns:')) namespaces.set(k.slice(6), v);
  }
  const colon = name.indexOf(':');
  const node: Node = {
    name,
    prefix: colon === -1 ? '' : name.slice(0, colon),
    local: colon === -1 ? name : name.slice(colon + 1),
    attributes,
    children: [],
    text: '',
    namespaces,
  };
  for (const child of (raw[name] as Record<string, unknown>[]) ?? []) {
    const childName = Object.keys(child).find((k) => k !== ':@')!;
    if (childName === '#text') node.text += String(child['#text']);
    else if (!childName.startsWith('?') && childName !== '#comment') node.children.push(toNode(child, namespaces));
  }
  return node;
}

const isRng = (n: Node) => n.namespaces.get(n.prefix) === RNG_NS;
const rngChildren = (n: Node) => n.children.filter(isRng);

export interface CompiledSchema {
  start: Pattern;
  patterns: Patterns;
}

export function compileSchema(file: string): CompiledSchema {
  const patterns = new Patterns();
  const root = readSchemaFile(file);
  if (!isRng(root)) throw new SchemaCompileError(`${file}: not a RELAX NG schema (root element is not in ${RNG_NS})`);
  const compiler = new Compiler(patterns);
  const context: Context = { ns: '', datatypeLibrary: '', namespaces: root.namespaces, grammar: newGrammar(), file };
  const start = compiler.pattern(root, context);
  return { start, patterns };
}

function newGrammar(parent?: Grammar): Grammar {
  return { parent, defines: new Map(), start: [], compiled: new Map() };
}

class Compiler {
  constructor(private readonly p: Patterns) {}

  /** Inherited attributes: `ns` and `datatypeLibrary` apply to the element and its descendants. */
  private contextOf(node: Node, outer: Context): Context {
    return {
      ...outer,
      ns: node.attributes.ns ?? outer.ns,
      datatypeLibrary: node.attributes.datatypeLibrary ?? outer.datatypeLibrary,
      namespaces: node.namespaces,
    };
  }

  /** Several patterns in a row mean a group. */
  private sequence(nodes: Node[], context: Context): Pattern {
    const parts = nodes.map((n) => this.pattern(n, context));
    if (!parts.length) return this.p.empty;
    return parts.reduce((a, b) => this.p.group(a, b));
  }

  pattern(node: Node, outer: Context): Pattern {
    const context = this.contextOf(node, outer);
    const children = rngChildren(node);
    switch (node.local) {
      case 'element': {
        const [nc, content] = this.nameClassAndContent(node, children, context, 'element');
        return this.p.element(nc, () => this.sequence(content, context));
      }
      case 'attribute': {
        const [nc, content] = this.nameClassAndContent(node, children, context, 'attribute');
        return this.p.attribute(nc, content.length ? this.sequence(content, context) : this.p.text);
      }
      case 'group':
        return this.sequence(children, context);
      case 'interleave':
        return children.map((c) => this.pattern(c, context)).reduce((a, b) => this.p.interleave(a, b), this.p.empty);
      case 'choice':
        return children.map((c) => this.pattern(c, context)).reduce((a, b) => this.p.choice(a, b), this.p.notAllowed);
      case 'optional':
        return this.p.choice(this.sequence(children, context), this.p.empty);
      case 'zeroOrMore':
        return this.p.choice(this.p.oneOrMore(this.sequence(children, context)), this.p.empty);
      case 'oneOrMore':
        return this.p.oneOrMore(this.sequence(children, context));
      case 'mixed':
        return this.p.interleave(this.sequence(children, context), this.p.text);
      case 'list':
        return this.p.list(this.sequence(children, context));
      case 'empty':
        return this.p.empty;
      case 'text':
        return this.p.text;
      case 'notAllowed':
        return this.p.notAllowed;
      case 'value': {
        const dt = this.datatype(node, context, node.attributes.type ? undefined : 'token');
        return this.p.value(dt, node.text, context.ns);
      }
      case 'data': {
        const params = children.filter((c) => c.local === 'param').map((c) => ({ name: c.attributes.name!, value: c.text }));
        const dt = { ...this.datatype(node, context), params };
        checkOrThrow(dt, context.file);
        const except = children.find((c) => c.local === 'except');
        return this.p.data(dt, except ? rngChildren(except).map((c) => this.pattern(c, context)).reduce((a, b) => this.p.choice(a, b), this.p.notAllowed) : undefined);
      }
      case 'ref':
        return this.ref(context.grammar, node.attributes.name!, context);
      case 'parentRef':
        if (!context.grammar.parent) throw new SchemaCompileError(`${context.file}: parentRef "${node.attributes.name}" outside a nested grammar`);
        return this.ref(context.grammar.parent, node.attributes.name!, context);
      case 'externalRef': {
        const file = resolve(dirname(context.file), node.attributes.href!);
        const external = readSchemaFile(file);
        return this.pattern(external, { ...context, ns: external.attributes.ns ?? context.ns, grammar: newGrammar(), file });
      }
      case 'grammar': {
        const grammar = newGrammar(context.grammar);
        this.collect(node, { ...context, grammar });
        if (!grammar.start.length) throw new SchemaCompileError(`${context.file}: a grammar without <start>`);
        return this.combine(grammar.start, 'start');
      }
      default:
        throw new SchemaCompileError(`${context.file}: unexpected RELAX NG element <${node.local}>`);
    }
  }

  private datatype(node: Node, context: Context, fallback?: string): Datatype {
    const library = fallback ? '' : context.datatypeLibrary;
    const dt = { library, type: node.attributes.type ?? fallback ?? 'token', params: [] };
    checkOrThrow(dt, context.file);
    return dt;
  }

  private nameClassAndContent(node: Node, children: Node[], context: Context, kind: 'element' | 'attribute'): [NameClass, Node[]] {
    if (node.attributes.name !== undefined) {
      // An attribute's name is in no namespace unless it says so; an element's takes the inherited ns.
      const ns = kind === 'attribute' ? (node.attributes.ns ?? '') : context.ns;
      return [this.qname(node.attributes.name, ns, context), children];
    }
    const [first, ...rest] = children;
    if (!first) throw new SchemaCompileError(`${context.file}: <${kind}> without a name`);
    return [this.nameClass(first, kind === 'attribute' ? { ...context, ns: node.attributes.ns ?? '' } : context), rest];
  }

  private qname(name: string, defaultNs: string, context: Context): NameClass {
    const colon = name.indexOf(':');
    if (colon === -1) return { t: 'name', ns: defaultNs, local: name.trim() };
    const prefix = name.slice(0, colon);
    const ns = context.namespaces.get(prefix);
    if (ns === undefined) throw new SchemaCompileError(`${context.file}: undeclared prefix "${prefix}" in "${name}"`);
    return { t: 'name', ns, local: name.slice(colon + 1).trim() };
  }

  private nameClass(node: Node, outer: Context): NameClass {
    const context = this.contextOf(node, outer);
    const except = rngChildren(node).find((c) => c.local === 'except');
    const exceptClass = except ? rngChildren(except).map((c) => this.nameClass(c, context)).reduce((a, b) => ({ t: 'choice', a, b })) : undefined;
    switch (node.local) {
      case 'name':
        return this.qname(node.text, context.ns, context);
      case 'anyName':
        return exceptClass ? { t: 'anyName', except: exceptClass } : { t: 'anyName' };
      case 'nsName':
        return exceptClass ? { t: 'nsName', ns: context.ns, except: exceptClass } : { t: 'nsName', ns: context.ns };
      case 'choice':
        return rngChildren(node)
          .map((c) => this.nameClass(c, context))
          .reduce((a, b) => ({ t: 'choice', a, b }));
      default:
        throw new SchemaCompileError(`${context.file}: <${node.local}> is not a name class`);
    }
  }

  /** Gather a grammar's start and defines, through divs and includes. */
  private collect(node: Node, context: Context, overridden = new Set<string>()): void {
    for (const child of rngChildren(node)) {
      const inner = this.contextOf(child, context);
      switch (child.local) {
        case 'start':
          if (!overridden.has('#start')) context.grammar.start.push({ combine: child.attributes.combine, body: rngChildren(child), context: inner });
          break;
        case 'define': {
          const name = child.attributes.name!;
          if (overridden.has(name)) break;
          const list = context.grammar.defines.get(name) ?? [];
          list.push({ combine: child.attributes.combine, body: rngChildren(child), context: inner });
          context.grammar.defines.set(name, list);
          break;
        }
        case 'div':
          this.collect(child, inner, overridden);
          break;
        case 'include': {
          const file = resolve(dirname(context.file), child.attributes.href!);
          const included = readSchemaFile(file);
          // Definitions inside <include> replace those of the included grammar.
          const replaced = new Set(overridden);
          for (const c of rngChildren(child)) {
            if (c.local === 'start') replaced.add('#start');
            if (c.local === 'define') replaced.add(c.attributes.name!);
          }
          this.collect(included, { ...inner, file, ns: included.attributes.ns ?? inner.ns, namespaces: included.namespaces }, replaced);
          this.collect(child, inner, overridden);
          break;
        }
      }
    }
  }

  private combine(parts: { combine?: string; body: Node[]; context: Context }[], name: string): Pattern {
    const combine = parts.find((p) => p.combine)?.combine ?? 'choice';
    const compiled = parts.map((part) => this.sequence(part.body, part.context));
    if (compiled.length > 1 && !parts.some((p) => p.combine)) {
      throw new SchemaCompileError(`${parts[0]!.context.file}: "${name}" is defined more than once without @combine`);
    }
    return compiled.reduce((a, b) => (combine === 'interleave' ? this.p.interleave(a, b) : this.p.choice(a, b)));
  }

  private ref(grammar: Grammar, name: string, context: Context): Pattern {
    let compiled = grammar.compiled.get(name);
    if (compiled) return compiled;
    const parts = grammar.defines.get(name);
    if (!parts) throw new SchemaCompileError(`${context.file}: reference to undefined pattern "${name}"`);
    // A placeholder guards against a define that refers to itself outside any element (illegal).
    grammar.compiled.set(name, this.p.notAllowed);
    compiled = this.combine(parts, name);
    grammar.compiled.set(name, compiled);
    return compiled;
  }
}

function checkOrThrow(dt: Datatype, file: string): void {
  try {
    checkDatatype(dt);
  } catch (error) {
    throw new SchemaCompileError(`${file}: ${(error as Error).message}`);
  }
}
