import { describe, expect, it } from 'vitest';
import { encodeBrackets } from '../src/annotate/brackets/index.js';
import { bracketRules } from '../src/annotate/brackets/rules.js';
import { buildInline, serializeInline } from '../src/encode/inline.js';

const encode = (text: string) => {
  const { spans, warnings } = encodeBrackets(text);
  return { xml: serializeInline(buildInline({ offset: 0, value: text, spans })), spans, warnings };
};

describe.each(bracketRules.map((rule) => [rule.id, rule] as const))('bracket rule %s', (id, rule) => {
  it('has metadata', () => {
    expect(rule.description).not.toBe('');
    expect(rule.tei).not.toBe('');
    expect(rule.examples.length).toBeGreaterThan(0);
  });
  it.each(rule.examples.map((e) => [e.text, e.tei]))('%s', (text, tei) => {
    const { xml, spans, warnings } = encode(text);
    expect(xml).toBe(tei);
    expect(warnings).toEqual([]);
    // The example is this rule's, not an earlier rule's.
    expect(spans.every((s) => s.source === id)).toBe(true);
  });
});

describe('brackets that no convention explains', () => {
  it.each([
    ['an unclosed [bracket here', 'unclosed "["'],
    ['a stray ] bracket', 'unmatched "]"'],
    ['empty [] bracket', 'no bracket convention matches "[]"'],
    ['punctuation [;:] only', 'no bracket convention matches "[;:]"'],
  ])('%s stays as text with a warning', (text, message) => {
    const { xml, warnings } = encode(text);
    expect(xml).toBe(text);
    expect(warnings.map((w) => w.message).join(' ')).toContain(message);
  });
});
