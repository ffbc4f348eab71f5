import { readFileSync } from 'node:fs';
import type { EntityType } from '../registers/index.js';
import { acceptName } from '../registers/index.js';
import { deepText, localName, parseTree, walk } from '../validate/tree.js';
import { expandXmlFiles } from './validate.js';

/**
 * The review workflow: list the names the registers do not know (`@cert="low"` candidates), with
 * counts and context; accept one into a register so the next conversion links it.
 */

export interface Candidate {
  name: string;
  key: string;
  count: number;
  files: string[];
  contexts: string[];
}

export function listCandidates(paths: string[]): Candidate[] {
  const byName = new Map<string, Candidate>();
  for (const file of expandXmlFiles(paths)) {
    const root = parseTree(readFileSync(file, 'utf8'));
    for (const node of walk(root)) {
      if (node.attributes.cert !== 'low' || !['name', 'persName', 'placeName', 'orgName'].includes(localName(node.name))) continue;
      const name = deepText(node).replace(/\s+/g, ' ').trim();
      const candidate = byName.get(name) ?? { name, key: node.attributes.key ?? '', count: 0, files: [], contexts: [] };
      candidate.count++;
      if (!candidate.files.includes(file)) candidate.files.push(file);
      if (candidate.contexts.length < 3 && node.parent) {
        const context = deepText(node.parent).replace(/\s+/g, ' ');
        const at = context.indexOf(name);
        candidate.contexts.push(`…${context.slice(Math.max(0, at - 50), at + name.length + 50).trim()}…`);
      }
      byName.set(name, candidate);
    }
  }
  return [...byName.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

export function accept(registers: string, name: string, type: EntityType, id?: string): string {
  return acceptName(registers, type, name, id);
}
