/**
 * Source lines with their offsets, and Markdown-ish line markers peeled off.
 *
 * A `Line` keeps the range of its *content*: for `## **Citation:**` the content is `Citation:`,
 * for `- 1 Cde. Gromyko` it is `1 Cde. Gromyko`. Nothing is copied: content is always
 * `source.slice(start, end)`, so offsets stay exact.
 */

export interface Line {
  /** Offset of the line's first character in the source. */
  lineStart: number;
  /** Offset just after the line's last character (before the line break). */
  lineEnd: number;
  start: number;
  end: number;
  content: string;
  /** Leading spaces and tabs (a tab counts four). */
  indent: number;
  marker: 'none' | 'heading' | 'bullet';
  blank: boolean;
}

/** Spaces, tabs and no-break spaces: web pages pad their "empty" lines with U+00A0. */
const BLANK = /^[\s\u00a0\ufeff]*$/u;

export function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  let lineStart = 0;
  while (lineStart <= source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = source.length;
    const raw = source.slice(lineStart, lineEnd);
    lines.push(describeLine(source, lineStart, raw.endsWith('\r') ? lineEnd - 1 : lineEnd));
    if (lineEnd === source.length) break;
    lineStart = lineEnd + 1;
  }
  return lines;
}

function describeLine(source: string, lineStart: number, lineEnd: number): Line {
  const raw = source.slice(lineStart, lineEnd);
  const blank = BLANK.test(raw);
  let start = lineStart;
  let end = lineEnd;
  let indent = 0;
  while (start < end && /[ \t\ufeff]/.test(source[start]!)) {
    indent += source[start] === '\t' ? 4 : source[start] === ' ' ? 1 : 0;
    start++;
  }
  while (end > start && /[\s\u00a0]/u.test(source[end - 1]!)) end--;

  let marker: Line['marker'] = 'none';
  const heading = /^#{1,6}[ \t]+/.exec(source.slice(start, end));
  const bullet = /^[-*+•][ \t]+/.exec(source.slice(start, end));
  if (heading && indent < 4) {
    marker = 'heading';
    start += heading[0].length;
  } else if (bullet && indent < 4) {
    marker = 'bullet';
    start += bullet[0].length;
  }
  // `**Label:**` — bold wrapping the whole line is emphasis of the line, not text.
  const content = source.slice(start, end);
  if (/^\*\*[^*].*\*\*$/s.test(content) && !content.slice(2, -2).includes('**')) {
    start += 2;
    end -= 2;
  }
  return { lineStart, lineEnd, start, end, content: source.slice(start, end), indent, marker, blank };
}

/** Consecutive non-blank lines. */
export interface LineGroup {
  lines: Line[];
}

export function groupLines(lines: Line[]): LineGroup[] {
  const groups: LineGroup[] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (line.blank) {
      if (current.length) groups.push({ lines: current });
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length) groups.push({ lines: current });
  return groups;
}

/**
 * A bold span opened on one line and closed on a later one (`**Memorandum ...  \n... Moskowskyi.**`)
 * is the same emphasis as a one-line `**...**`: trim the markers off the group's ends.
 */
export function groupRange(source: string, group: LineGroup): { start: number; end: number } {
  const first = group.lines[0]!;
  const last = group.lines[group.lines.length - 1]!;
  let start = first.start;
  let end = last.end;
  if (group.lines.length > 1 && source.startsWith('**', start) && source.slice(end - 2, end) === '**') {
    start += 2;
    end -= 2;
  }
  return { start, end };
}
