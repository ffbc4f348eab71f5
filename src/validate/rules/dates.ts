import { compareIso, isRealIsoDate } from '../../lib/dates.js';
import type { XmlNode } from '../tree.js';
import { localName, walk } from '../tree.js';
import type { Finding, Rule } from './rule.js';

const DATE_ATTRIBUTES = ['when', 'from', 'to', 'notBefore', 'notAfter'];
/** ISO 8601 as TEI allows it in these attributes; times and negative years are left to the grammar. */
const CHECKED = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export const realDates: Rule = {
  id: 'date-real',
  severity: 'error',
  description: 'Every @when, @from, @to, @notBefore, @notAfter is a real calendar date, and @from is not after @to.',
  check({ root }) {
    const findings: Finding[] = [];
    for (const node of walk(root)) {
      for (const attribute of DATE_ATTRIBUTES) {
        const value = node.attributes[attribute];
        if (value === undefined || !CHECKED.test(value) || isRealIsoDate(value)) continue;
        findings.push({
          node,
          message: `@${attribute}="${value}" on <${localName(node.name)}> is not a real date`,
          hint: 'use YYYY, YYYY-MM or YYYY-MM-DD with a month 01-12 and a day that exists in that month',
        });
      }
      const { from, to, notBefore, notAfter } = node.attributes;
      for (const [a, b, an, bn] of [[from, to, 'from', 'to'], [notBefore, notAfter, 'notBefore', 'notAfter']] as const) {
        if (a && b && isRealIsoDate(a) && isRealIsoDate(b) && compareIso(a, b) > 0) {
          findings.push({ node, message: `@${an}="${a}" is after @${bn}="${b}"`, hint: `swap them, or correct one` });
        }
      }
    }
    return findings;
  },
  examples: {
    valid: ['<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p><date when="1964-02-29">x</date></p></body></text></TEI>'],
    invalid: [
      {
        xml: '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p><date when="1965-02-29">x</date></p></body></text></TEI>',
        message: '@when="1965-02-29" on <date> is not a real date',
      },
      {
        xml: '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p><date from="1965" to="1964">x</date></p></body></text></TEI>',
        message: '@from="1965" is after @to="1964"',
      },
    ],
  },
};

function creationDate(root: XmlNode): string | undefined {
  for (const node of walk(root)) {
    if (localName(node.name) !== 'creation') continue;
    for (const child of walk(node)) {
      const when = child.attributes.when ?? child.attributes.notBefore ?? child.attributes.from;
      if (localName(child.name) === 'date' && when && isRealIsoDate(when)) return when;
    }
  }
  return undefined;
}

/**
 * How far from its own date a document's dates plausibly reach. Years and months reach further
 * forward than days: plans and forecasts ("till 1970") are common, a precise day years ahead is not.
 */
const YEARS_BEFORE = 100;
const YEARS_AFTER = { day: 1, coarser: 15 };

export const plausibleDates: Rule = {
  id: 'date-plausible',
  severity: 'warning',
  description: `Dates in the text lie between ${YEARS_BEFORE} years before and ${YEARS_AFTER.day} year (a day) or ${YEARS_AFTER.coarser} years (a month or year) after the document's creation date.`,
  check({ root }) {
    const created = creationDate(root);
    if (!created) return [];
    const year = Number(created.slice(0, 4));
    const findings: Finding[] = [];
    const body = root.children.find((c) => localName(c.name) === 'text');
    if (!body) return [];
    for (const node of walk(body)) {
      for (const attribute of DATE_ATTRIBUTES) {
        const value = node.attributes[attribute];
        if (!value || !isRealIsoDate(value)) continue;
        const y = Number(value.slice(0, 4));
        const after = value.length === 10 ? YEARS_AFTER.day : YEARS_AFTER.coarser;
        if (y > year + after || y < year - YEARS_BEFORE) {
          findings.push({
            node,
            message: `@${attribute}="${value}" is ${y > year ? `${y - year} years after` : `${year - y} years before`} the document's date (${created})`,
            hint: 'check the year; a date the translator inferred may have taken the wrong one',
          });
        }
      }
    }
    return findings;
  },
  examples: {
    valid: [
      '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><profileDesc><creation><date when="1965-02-16"/></creation></profileDesc></teiHeader><text><body><p><date when="1964">x</date></p></body></text></TEI>',
    ],
    invalid: [
      {
        xml: '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><profileDesc><creation><date when="1965-02-16"/></creation></profileDesc></teiHeader><text><body><p><date when="1995-05-01">x</date></p></body></text></TEI>',
        message: `@when="1995-05-01" is 30 years after the document's date (1965-02-16)`,
      },
    ],
  },
};
