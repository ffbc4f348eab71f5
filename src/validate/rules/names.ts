import { deepText, localName, walk } from '../tree.js';
import type { Finding, Rule } from './rule.js';

const NAMES = new Set(['persName', 'placeName', 'orgName', 'name']);

export const nonEmptyNames: Rule = {
  id: 'name-not-empty',
  severity: 'error',
  description: 'No empty persName, placeName, orgName or name.',
  check({ root }) {
    const findings: Finding[] = [];
    for (const node of walk(root)) {
      if (NAMES.has(localName(node.name)) && !deepText(node).trim() && !node.children.some((c) => localName(c.name) === 'gap')) {
        findings.push({ node, message: `empty <${localName(node.name)}>`, hint: 'remove the element, or put the name inside it' });
      }
    }
    return findings;
  },
  examples: {
    valid: ['<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p><persName>Mao</persName></p></body></text></TEI>'],
    invalid: [
      { xml: '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p><persName> </persName></p></body></text></TEI>', message: 'empty <persName>' },
    ],
  },
};

export const uncertainNames: Rule = {
  id: 'name-uncertain',
  severity: 'warning',
  description: 'Names marked @cert="low" (unknown to the registers) are listed for an editor to review.',
  check({ root }) {
    const findings: Finding[] = [];
    for (const node of walk(root)) {
      if (NAMES.has(localName(node.name)) && node.attributes.cert === 'low') {
        findings.push({
          node,
          message: `"${deepText(node).trim()}" is an unconfirmed name (${node.attributes.key ?? 'no key'})`,
          hint: 'review with `tei-edition entities`, then --accept it into a register or leave it',
        });
      }
    }
    return findings;
  },
  examples: {
    valid: ['<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p><persName ref="#a">Mao</persName></p></body></text></TEI>'],
    invalid: [
      {
        xml: '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p><name cert="low" key="candidate:nam-il">Nam Il</name></p></body></text></TEI>',
        message: '"Nam Il" is an unconfirmed name (candidate:nam-il)',
      },
    ],
  },
};
