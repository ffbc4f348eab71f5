import type { Span } from '../model/types.js';

/**
 * OCR artifacts: LaTeX that an OCR engine produced for a symbol. The source reading is kept as
 * `orig`, the symbol as `reg`, so the text is both lossless and readable.
 */
const ARTIFACTS: [RegExp, string][] = [
  [/\$\s*N\s*\^\s*\{\s*\\circ\s*\}\s*\$/g, '№'],
  [/\$\s*\^\s*\{\s*\\circ\s*\}\s*\$/g, '°'],
  [/\$\s*\\S\s*\$/g, '§'],
  [/\$\s*\\frac\s*\{\s*1\s*\}\s*\{\s*2\s*\}\s*\$/g, '½'],
];

export function encodeOcrArtifacts(text: string): Span[] {
  const spans: Span[] = [];
  for (const [pattern, symbol] of ARTIFACTS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      spans.push(
        { start, end, element: 'choice', source: 'ocr-artifact' },
        { start, end, element: 'orig', source: 'ocr-artifact' },
        { start: end, end, element: 'reg', attributes: { type: 'ocr' }, literal: symbol, source: 'ocr-artifact' },
      );
    }
  }
  return spans;
}
