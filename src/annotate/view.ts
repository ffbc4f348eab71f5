import type { Span } from '../model/types.js';

/**
 * A reading view of a text for the recognisers: the words as a reader takes them, with the
 * translator's conventions applied. `[North] Korea` reads "North Korea", `12 September [sic;
 * November] 1957` reads "12 November 1957", a note reads as a separate phrase. `map[i]` is the
 * text offset of view character i, so matches map back to exact spans of the original text.
 */
export interface View {
  value: string;
  map: number[];
}

/** Stands between phrases that must never be matched as one (a name and its bracketed note). */
export const BOUNDARY = '\u2016';

/**
 * `corrections`: read `[sic; X]` as X (for dates, whose value follows the correction); otherwise
 * the source reading is kept and the correction stands apart (names are those of the source).
 */
export function readingView(text: string, editorial: Span[], corrections: boolean): View {
  // What to drop, and where a boundary goes, per convention.
  const drop = new Array<boolean>(text.length).fill(false);
  const boundaryAt = new Set<number>();
  for (const span of editorial) {
    if (span.element === 'omit' || span.element === 'pb') {
      for (let i = span.start; i < span.end; i++) drop[i] = true;
    }
    // The other romanisation of a name is read past: `Jueul [Chuul] Spa` reads "Jueul Spa".
    const hidden = (span.element === 'sic' && corrections) || (span.element === 'reg' && span.source === 'alt-spelling');
    if (hidden) for (let i = span.start; i < span.end; i++) drop[i] = true;
    if (span.element === 'note' || span.element === 'gap' || span.element === 'expan' || (span.element === 'corr' && !corrections)) {
      boundaryAt.add(span.start);
      boundaryAt.add(span.end);
    }
  }
  let value = '';
  const map: number[] = [];
  for (let i = 0; i <= text.length; i++) {
    if (boundaryAt.has(i)) {
      value += ` ${BOUNDARY} `;
      map.push(i, i, i);
    }
    if (i === text.length) break;
    if (drop[i]) continue;
    value += text[i];
    map.push(i);
  }
  return { value, map };
}

/** Map a view range back to a text range. */
export function toText(view: View, start: number, end: number): { start: number; end: number } {
  return { start: view.map[start]!, end: view.map[end - 1]! + 1 };
}
