import type { InputStyle } from '../model/types.js';
import type { Line } from './lines.js';

/**
 * Decide the input style from the text alone (never from the file name).
 *
 * - web: a page dump: most non-blank lines are indented navigation, with tell-tale page furniture.
 * - ocr-markdown: Markdown produced by OCR: LaTeX-ish artifacts (`$N^{\circ}$`) or heading markers
 *   on labels at inconsistent depths.
 * - markdown: `#` headings, `**bold**` labels, `-` lists or two-space hard breaks.
 * - plain: anything else.
 */
export function detectStyle(source: string, lines: Line[]): InputStyle {
  const nonBlank = lines.filter((l) => !l.blank);
  if (nonBlank.length === 0) return 'plain';
  const indented = nonBlank.filter((l) => l.indent >= 4).length / nonBlank.length;
  const webFurniture = /\b(Skip to (main )?content|Main navigation|Quick Links|\[image: )/i.test(source);
  if (webFurniture && indented > 0.25) return 'web';
  if (indented > 0.5 && nonBlank.length > 40) return 'web';

  const ocrArtifact = /\$[^$\n]{0,20}\\[a-z]+[^$\n]{0,20}\$|\$[^$\n]*\^\{[^$\n]*\$/.test(source);
  const headingLabels = nonBlank.filter((l) => l.marker === 'heading' && /^\**[A-Z][A-Za-z ]+:\**$/.test(l.content));
  const labelDepths = new Set(headingLabels.map((l) => source.slice(l.lineStart, l.start).trim()));
  if (ocrArtifact || labelDepths.size > 1) return 'ocr-markdown';

  const markdownCues =
    nonBlank.filter((l) => l.marker !== 'none').length +
    (source.match(/^\*\*[^*\n]+\*\*\s*$/gm)?.length ?? 0) +
    (source.match(/ {2}\n/g)?.length ?? 0) +
    (source.match(/^<https?:[^>\s]+>/gm)?.length ?? 0);
  return markdownCues >= 2 ? 'markdown' : 'plain';
}
