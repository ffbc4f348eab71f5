import { plausibleDates, realDates } from './dates.js';
import { nonEmptyNames, uncertainNames } from './names.js';
import { referencesResolve, uniqueIds } from './references.js';
import type { Rule } from './rule.js';

export const rules: Rule[] = [referencesResolve, uniqueIds, realDates, plausibleDates, nonEmptyNames, uncertainNames];
