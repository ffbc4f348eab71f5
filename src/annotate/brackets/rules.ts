import type { BracketRule } from './rule.js';
import { gap, illegible } from './rules/gap.js';
import { abbreviation, altSpelling, identification } from './rules/names.js';
import { explanation, originalWording, query } from './rules/notes.js';
import { pageMarker } from './rules/page.js';
import { physical } from './rules/physical.js';
import { sicAlone, sicCorrection } from './rules/sic.js';
import { supplied } from './rules/supplied.js';

/** The bracket conventions, most specific first: the first rule that applies wins. */
export const bracketRules: BracketRule[] = [
  sicCorrection,
  sicAlone,
  gap,
  illegible,
  pageMarker,
  physical,
  query,
  explanation,
  originalWording,
  abbreviation,
  altSpelling,
  identification,
  supplied,
];
