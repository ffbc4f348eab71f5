import type { BracketRule } from '../rule.js';

/** `[Page 12]`, `[p. 3]`: a page marker in the transcription. */
export const pageMarker: BracketRule = {
  id: 'page-marker',
  description: 'A page boundary of the source, marked by the transcriber.',
  tei: 'pb[@n]',
  apply(b) {
    const m = /^\s*(?:page|p\.)\s*(\w+)\s*$/i.exec(b.inner);
    if (!m) return undefined;
    return [{ start: b.open, end: b.close + 1, element: 'pb', attributes: { n: m[1]! }, source: this.id }];
  },
  examples: [{ text: 'end of one [Page 2] page', tei: 'end of one <pb n="2"/> page' }],
};
