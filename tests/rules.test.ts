import { describe, expect, it } from 'vitest';
import { rules } from '../src/validate/rules/index.js';
import type { RuleContext } from '../src/validate/rules/rule.js';
import { parseTree, walk } from '../src/validate/tree.js';

function contextFor(xml: string): RuleContext {
  const root = parseTree(xml);
  const ids = new Set([...walk(root)].map((n) => n.attributes['xml:id']).filter(Boolean));
  return {
    file: 'example.xml',
    root,
    resolve: (pointer) =>
      pointer.startsWith('#') && !ids.has(pointer.slice(1))
        ? { status: 'missing', target: pointer, known: [...ids] as string[] }
        : { status: 'found' },
    idOwners: () => ['example.xml'],
  };
}

describe.each(rules.map((rule) => [rule.id, rule] as const))('rule %s', (_id, rule) => {
  it.each(rule.examples.valid.map((xml) => [xml]))('accepts %s', (xml) => {
    expect(rule.check(contextFor(xml))).toEqual([]);
  });
  it.each(rule.examples.invalid.map((e) => [e.xml, e.message]))('reports %s', (xml, message) => {
    expect(rule.check(contextFor(xml)).map((f) => f.message)).toEqual([message]);
  });
});
