import { localName, walk } from '../tree.js';
import type { Rule } from './rule.js';

const POINTER_ATTRIBUTES = ['ref', 'corresp', 'target', 'who'];

/** Suggest the nearest known ids for a misspelt pointer. */
function nearest(target: string, known: string[]): string[] {
  const distance = (a: string, b: string) => {
    const d = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let previous = d[0]!;
      d[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const current = d[j]!;
        d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
      }
    }
    return d[b.length]!;
  };
  return known
    .map((id) => ({ id, d: distance(target, id) }))
    .filter((x) => x.d <= Math.max(2, target.length / 3))
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map((x) => x.id);
}

export const referencesResolve: Rule = {
  id: 'ref-resolves',
  severity: 'error',
  description: 'Every @ref, @corresp, @target and @who pointing into the edition names an existing record or element.',
  check({ root, resolve }) {
    const findings = [];
    for (const node of walk(root)) {
      for (const attribute of POINTER_ATTRIBUTES) {
        const value = node.attributes[attribute];
        if (!value) continue;
        for (const pointer of value.split(/\s+/).filter(Boolean)) {
          const result = resolve(pointer);
          if (result.status === 'no-file') {
            findings.push({
              node,
              message: `@${attribute}="${pointer}" on <${localName(node.name)}> points into ${result.target.split('#')[0]}, which does not exist (${result.path})`,
              hint: 'put the registers where the prefixDef in the header says, or correct the prefixDef',
            });
            continue;
          }
          if (result.status !== 'missing') continue;
          const suggestions = nearest(result.target.split('#').pop()!, result.known);
          findings.push({
            node,
            message: `@${attribute}="${pointer}" on <${localName(node.name)}> points to nothing: no xml:id "${result.target.split('#').pop()}" in ${result.target.split('#')[0] || 'this document'}`,
            hint: suggestions.length
              ? `did you mean ${suggestions.map((s) => `"${pointer.replace(/[^:#]*$/, s)}"`).join(' or ')}?`
              : 'add the record to the register (tei-edition entities --accept), or correct the pointer',
          });
        }
      }
    }
    return findings;
  },
  examples: {
    valid: ['<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p xml:id="a"><ref target="#a">x</ref></p></body></text></TEI>'],
    invalid: [
      {
        xml: '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p xml:id="a"><ref target="#b">x</ref></p></body></text></TEI>',
        message: '@target="#b" on <ref> points to nothing: no xml:id "b" in this document',
      },
    ],
  },
};

export const uniqueIds: Rule = {
  id: 'unique-id',
  severity: 'error',
  description: 'xml:id values are unique across the edition, not only within a file.',
  check({ root, idOwners, file }) {
    const findings = [];
    const seen = new Set<string>();
    for (const node of walk(root)) {
      const id = node.attributes['xml:id'];
      if (!id) continue;
      if (seen.has(id)) {
        findings.push({ node, message: `xml:id "${id}" is used twice in this file`, hint: 'make each xml:id unique' });
      }
      seen.add(id);
      const others = idOwners(id).filter((f) => f !== file);
      if (others.length) {
        findings.push({ node, message: `xml:id "${id}" is also used in ${others.join(', ')}`, hint: 'ids must be unique across the edition' });
      }
    }
    return findings;
  },
  examples: {
    valid: ['<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p xml:id="a"/><p xml:id="b"/></body></text></TEI>'],
    invalid: [
      {
        xml: '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p xml:id="a"/><p xml:id="a"/></body></text></TEI>',
        message: 'xml:id "a" is used twice in this file',
      },
    ],
  },
};
