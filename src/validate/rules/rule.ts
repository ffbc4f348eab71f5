import type { Severity } from '../diagnostics.js';
import type { XmlNode } from '../tree.js';

/**
 * A rule beyond the grammar, Schematron-style: metadata, a check over one document's tree, and
 * example documents that double as its test (`tests/rules.test.ts` runs every table).
 */
export interface Rule {
  id: string;
  severity: Severity;
  description: string;
  check(context: RuleContext): Finding[];
  examples: { valid: string[]; invalid: { xml: string; message: string }[] };
}

export interface Finding {
  node: XmlNode;
  message: string;
  hint?: string;
  /** Overrides the rule's severity (a rule may warn for a lesser case). */
  severity?: Severity;
}

export interface RuleContext {
  file: string;
  root: XmlNode;
  /** Resolves a pointer (`psn:x`, `#x`, `file.xml#x`) made in this document; undefined when unknown. */
  resolve(pointer: string): PointerResolution;
  /** Files of the same run that declare the same xml:id (edition-wide uniqueness). */
  idOwners(id: string): string[];
}

export type PointerResolution =
  | { status: 'found' }
  | { status: 'missing'; target: string; known: string[] }
  | { status: 'no-file'; target: string; path: string }
  | { status: 'unchecked'; reason: string };
