import type { BracketRule } from '../rule.js';
import { wrapInner } from '../rule.js';

const KINDS: [RegExp, string][] = [
  [/^(signature|signed|initials|illegible signature)\b/i, 'signature'],
  [/^seal\b/i, 'seal'],
  [/^(stamp|in a (faded )?stamp|rubber stamp)\b/i, 'stamp'],
  [/^(handwritten|handwriting|in handwriting|written by hand)\b/i, 'handwriting'],
  [/^(typed|typewritten|crossed out|underlined|struck through|in the margin|marginal note|illegible)\b/i, 'appearance'],
];

/** `[signature]`, `[Seal]`, `[handwritten entry ...]`, `[in a faded stamp: ...]`: the physical document. */
export const physical: BracketRule = {
  id: 'physical-description',
  description: 'A description of the physical document: signatures, seals, stamps, handwriting.',
  tei: 'note[@type="physical"][@subtype]',
  apply(b) {
    const kind = KINDS.find(([re]) => re.test(b.inner.trim()));
    if (!kind) return undefined;
    return wrapInner(b, 'note', this.id, { type: 'physical', subtype: kind[1] });
  },
  examples: [
    {
      text: 'AMBASSADOR [signature] (A. PUZANOV)',
      tei: 'AMBASSADOR <note type="physical" subtype="signature">signature</note> (A. PUZANOV)',
    },
    { text: 'Typed by H. A. [Seal]', tei: 'Typed by H. A. <note type="physical" subtype="seal">Seal</note>' },
    {
      text: '[handwritten entry SECRET]',
      tei: '<note type="physical" subtype="handwriting">handwritten entry SECRET</note>',
    },
  ],
};
