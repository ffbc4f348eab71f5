import { parseFullDate } from '../lib/dates.js';
import type { Line } from './lines.js';

/**
 * Web-page dumps: find the document inside the navigation.
 *
 * Page furniture in such dumps is indented by the page's HTML nesting, while the document's own
 * paragraphs come out flush left. The catalogue record (date, title, funding line) sits just above
 * the document, indented like the rest of the page. Everything else is chrome, which we drop and count.
 */

export interface WebRegions {
  /** Lines of the catalogue record: date, title, credits. */
  header: Line[];
  /** Lines of the document itself. */
  body: Line[];
  dropped: { characters: number; lines: number };
}

const FURNITURE = /^(\[image:.*\]|Icon for Type\b.*|See All \w+|Skip to content|Main navigation|Quick Links|\(\d+\)( documents)?|Catalog|Crown Nav|Donate)$/i;
const FOOTER = /^(Related (Documents|Resources)|Share( this)?|Footer|Subscribe|Privacy Policy|Terms of Use|Back to top|Cookie|©|Copyright\b|Document Information|Download(s)?|Tags|Keywords|Cite this)/i;

export function isFurniture(line: Line): boolean {
  return FURNITURE.test(line.content.trim()) || FOOTER.test(line.content.trim());
}

export function findWebRegions(lines: Line[]): WebRegions {
  const flush = (l: Line) => !l.blank && l.indent < 4 && !isFurniture(l);
  const bodyStart = lines.findIndex((l, i) => flush(l) && l.content.length >= 20 && nextNonBlankFlush(lines, i));
  if (bodyStart === -1) return { header: [], body: lines, dropped: { characters: 0, lines: 0 } };

  let bodyEnd = lines.length;
  for (let i = bodyStart; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    if (FOOTER.test(line.content.trim()) || (line.indent >= 4 && indentedRun(lines, i) >= 3)) {
      bodyEnd = i;
      break;
    }
  }

  // The catalogue record: walk back from the body over indented lines to the last full date.
  const header: Line[] = [];
  for (let i = bodyStart - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.blank) continue;
    if (isFurniture(line)) break;
    header.unshift(line);
    const date = parseFullDate(line.content);
    if (date && date.index === 0 && date.text.length >= line.content.trim().length - 1) break;
  }
  const kept = new Set([...header, ...lines.slice(bodyStart, bodyEnd)]);
  const droppedLines = lines.filter((l) => !l.blank && !kept.has(l));
  return {
    header,
    body: lines.slice(bodyStart, bodyEnd),
    dropped: {
      lines: droppedLines.length,
      characters: droppedLines.reduce((n, l) => n + l.content.replace(/\s+/g, '').length, 0),
    },
  };
}

function nextNonBlankFlush(lines: Line[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    if (!lines[j]!.blank) return lines[j]!.indent < 4;
  }
  return true;
}

function indentedRun(lines: Line[], i: number): number {
  let run = 0;
  for (let j = i; j < lines.length && run < 3; j++) {
    const line = lines[j]!;
    if (line.blank) continue;
    if (line.indent < 4) break;
    run++;
  }
  return run;
}
