import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve as resolvePath } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import type { Diagnostic, FileReport } from './diagnostics.js';
import { LineIndex } from './diagnostics.js';
import { validateGrammar } from './grammar.js';
import { rules } from './rules/index.js';
import type { PointerResolution, RuleContext } from './rules/rule.js';
import type { XmlNode } from './tree.js';
import { localName, parseTree, walk } from './tree.js';

/**
 * Validate: well-formedness, then the RelaxNG grammar, then the rules. Works on any TEI, not only
 * ours: the schema is the one given, else the one the file's `<?xml-model?>` names, else ours.
 */

export interface ValidateOptions {
  /** A RelaxNG schema for every file; default: each file's xml-model, else `defaultSchema`. */
  schema?: string;
  defaultSchema: string;
  /** Stop reporting a file after this many errors. */
  maxErrors?: number;
}

export function validateFiles(files: string[], options: ValidateOptions): FileReport[] {
  const sources = new Map<string, string>();
  const trees = new Map<string, XmlNode>();
  const reports: FileReport[] = [];
  for (const file of files) {
    const xml = readFileSync(file, 'utf8');
    sources.set(file, xml);
    const wellFormed = XMLValidator.validate(xml, { allowBooleanAttributes: false });
    if (wellFormed !== true) {
      reports.push({
        file,
        diagnostics: [{ file, line: wellFormed.err.line, column: wellFormed.err.col, severity: 'error', rule: 'well-formed', message: plainWellFormedness(wellFormed.err.msg) }],
      });
      continue;
    }
    trees.set(file, parseTree(xml));
    reports.push({ file, diagnostics: [] });
  }

  const idOwners = new Map<string, string[]>();
  for (const [file, tree] of trees) {
    for (const node of walk(tree)) {
      const id = node.attributes['xml:id'];
      if (id) idOwners.set(id, [...new Set([...(idOwners.get(id) ?? []), file])]);
    }
  }

  for (const report of reports) {
    const tree = trees.get(report.file);
    if (!tree) continue;
    const xml = sources.get(report.file)!;
    const schema = options.schema ?? xmlModelSchema(report.file, xml) ?? options.defaultSchema;
    report.diagnostics.push(...validateGrammar(report.file, xml, schema));
    const lines = new LineIndex(xml);
    const context: RuleContext = {
      file: report.file,
      root: tree,
      resolve: pointerResolver(report.file, tree),
      idOwners: (id) => idOwners.get(id) ?? [],
    };
    for (const rule of rules) {
      for (const finding of rule.check(context)) {
        const { line, column } = lines.at(finding.node.offset);
        report.diagnostics.push({
          file: report.file,
          line,
          column,
          severity: finding.severity ?? rule.severity,
          rule: rule.id,
          message: finding.message,
          ...(finding.hint ? { hint: finding.hint } : {}),
        });
      }
    }
    report.diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
    if (options.maxErrors !== undefined) report.diagnostics = limit(report.diagnostics, options.maxErrors);
  }
  return reports;
}

function limit(diagnostics: Diagnostic[], maxErrors: number): Diagnostic[] {
  let errors = 0;
  return diagnostics.filter((d) => d.severity !== 'error' || ++errors <= maxErrors);
}

function plainWellFormedness(message: string): string {
  return `the file is not well-formed XML: ${message.replace(/\.$/, '')}`;
}

/** The schema named by `<?xml-model href="..." schematypens="...relaxng..."?>`, if it exists. */
export function xmlModelSchema(file: string, xml: string): string | undefined {
  const head = xml.slice(0, 2000);
  for (const m of head.matchAll(/<\?xml-model\s+([^?]*)\?>/g)) {
    const href = /href="([^"]+)"/.exec(m[1]!)?.[1];
    if (!href || /^https?:/.test(href) || !/relaxng|\.rng\b/.test(m[1]!)) continue;
    const path = resolvePath(dirname(file), href);
    if (existsSync(path)) return path;
  }
  return undefined;
}

/** Resolve pointers through the document's prefixDefs, to ids in this or other local files. */
function pointerResolver(file: string, root: XmlNode): (pointer: string) => PointerResolution {
  const prefixes = new Map<string, { match: RegExp; replacement: string }>();
  for (const node of walk(root)) {
    if (localName(node.name) !== 'prefixDef') continue;
    const { ident, matchPattern, replacementPattern } = node.attributes;
    if (ident && matchPattern && replacementPattern) {
      prefixes.set(ident, { match: new RegExp(`^${matchPattern}$`), replacement: replacementPattern });
    }
  }
  const localIds = new Set([...walk(root)].map((n) => n.attributes['xml:id']).filter(Boolean) as string[]);
  return (pointer) => {
    let uri = pointer;
    const prefix = /^([A-Za-z][\w.-]*):(.*)$/.exec(pointer);
    if (prefix && !/^(https?|urn|mailto|file)$/.test(prefix[1]!)) {
      const def = prefixes.get(prefix[1]!);
      if (!def) return { status: 'unchecked', reason: `no prefixDef for "${prefix[1]}"` };
      uri = prefix[2]!.replace(def.match, def.replacement);
    }
    if (/^[a-z]+:/i.test(uri)) return { status: 'unchecked', reason: 'external URI' };
    const [path, fragment] = uri.split('#') as [string, string | undefined];
    if (!path) {
      return fragment && localIds.has(fragment) ? { status: 'found' } : { status: 'missing', target: `#${fragment}`, known: [...localIds] };
    }
    const target = resolvePath(dirname(file), path);
    const ids = idsOf(target);
    if (!ids) return { status: 'no-file', target: `${path}#${fragment ?? ''}`, path: target };
    if (!fragment || ids.has(fragment)) return { status: 'found' };
    return { status: 'missing', target: `${path}#${fragment}`, known: [...ids] };
  };
}

const idCache = new Map<string, Set<string> | undefined>();
function idsOf(path: string): Set<string> | undefined {
  if (!idCache.has(path)) {
    idCache.set(path, existsSync(path) ? new Set([...readFileSync(path, 'utf8').matchAll(/xml:id\s*=\s*["']([^"']+)["']/g)].map((m) => m[1]!)) : undefined);
  }
  return idCache.get(path);
}
