import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { XMLValidator } from 'fast-xml-parser';
import { Worker } from 'node:worker_threads';
import { dirname, resolve as resolvePath } from 'node:path';
import type { Diagnostic, FileReport } from './diagnostics.js';
import { validateGrammar } from './grammar.js';
import { rules } from './rules/index.js';
import type { PointerResolution, RuleContext } from './rules/rule.js';
import type { XmlNode } from './tree.js';
import { TreeBuilder, localName, walk } from './tree.js';

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

/** Files per worker below which threads cost more than they save. */
const FILES_PER_WORKER = 24;

/** Validate files, several at a time on machines with more than one core. */
export async function validateFilesParallel(files: string[], options: ValidateOptions): Promise<FileReport[]> {
  const workers = Math.min(availableParallelism(), Math.floor(files.length / FILES_PER_WORKER));
  if (workers < 2) return validateFiles(files, options);
  const owners = idOwnersOf(files);
  const chunks = Array.from({ length: workers }, (_, i) => files.filter((_, j) => j % workers === i));
  const results = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<FileReport[]>((resolve, reject) => {
          const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { files: chunk, options, owners: [...owners] } });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  const byFile = new Map(results.flat().map((r) => [r.file, r]));
  return files.map((f) => byFile.get(f)!);
}

export function validateFiles(files: string[], options: ValidateOptions, owners = idOwnersOf(files)): FileReport[] {
  return files.map((file) => validateFile(file, options, owners));
}

/** Which files declare each xml:id (for ids unique across the edition). */
export function idOwnersOf(files: string[]): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const file of files) {
    for (const id of idsOf(file) ?? []) owners.set(id, [...new Set([...(owners.get(id) ?? []), file])]);
  }
  return owners;
}

function validateFile(file: string, options: ValidateOptions, owners: Map<string, string[]>): FileReport {
  const xml = readFileSync(file, 'utf8');
  const schema = options.schema ?? xmlModelSchema(file, xml) ?? options.defaultSchema;
  // One pass of saxes checks well-formedness and the grammar and builds the tree for the rules.
  const builder = new TreeBuilder();
  const diagnostics: Diagnostic[] = validateGrammar(file, xml, schema, builder);
  if (diagnostics.some((d) => d.rule === 'well-formed') || !builder.root) return { file, diagnostics: withClearerWellFormedness(file, xml, diagnostics) };
  const tree = builder.root;
  const context: RuleContext = {
    file,
    root: tree,
    resolve: pointerResolver(file, tree),
    idOwners: (id) => owners.get(id) ?? [],
  };
  for (const rule of rules) {
    for (const finding of rule.check(context)) {
      const { line, column } = finding.node;
      diagnostics.push({
        file,
        line,
        column,
        severity: finding.severity ?? rule.severity,
        rule: rule.id,
        message: finding.message,
        ...(finding.hint ? { hint: finding.hint } : {}),
      });
    }
  }
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return { file, diagnostics: options.maxErrors === undefined ? diagnostics : limit(diagnostics, options.maxErrors) };
}

/** fast-xml-parser names both tags of a mismatch ("expected </signed>, found </sign>"): prefer its words. */
function withClearerWellFormedness(file: string, xml: string, diagnostics: Diagnostic[]): Diagnostic[] {
  if (diagnostics[0]?.hint) return diagnostics;
  const check = XMLValidator.validate(xml);
  if (check === true || !check.err.line || !check.err.col) return diagnostics;
  return [{ file, line: check.err.line, column: check.err.col, severity: 'error', rule: 'well-formed', message: `the file is not well-formed XML: ${check.err.msg.replace(/\.$/, '')}` }];
}

function limit(diagnostics: Diagnostic[], maxErrors: number): Diagnostic[] {
  let errors = 0;
  return diagnostics.filter((d) => d.severity !== 'error' || ++errors <= maxErrors);
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
