import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../lib/files.js';

/**
 * Writing TEI without ever destroying an editor's work. Every file we write carries a checksum of
 * its own content in a processing instruction; a file whose content no longer matches it was
 * edited by hand (or was not written by us), and is only replaced with `force`.
 */

const MARK = /\n<\?tei-edition checksum="([0-9a-f]{64})"\?>/;

export function withChecksum(xml: string): string {
  const sum = createHash('sha256').update(xml).digest('hex');
  const afterDeclaration = xml.indexOf('?>') + 2;
  return `${xml.slice(0, afterDeclaration)}\n<?tei-edition checksum="${sum}"?>${xml.slice(afterDeclaration)}`;
}

export function isUntouched(existing: string): boolean {
  const mark = MARK.exec(existing);
  if (!mark) return false;
  const original = existing.slice(0, mark.index) + existing.slice(mark.index + mark[0].length);
  return createHash('sha256').update(original).digest('hex') === mark[1];
}

export class HandEditedError extends Error {}

export function writeTei(path: string, xml: string, force = false): 'written' | 'unchanged' {
  const content = withChecksum(xml);
  if (existsSync(path)) {
    const existing = readFileSync(path, 'utf8');
    if (existing === content) return 'unchanged';
    if (!force && !isUntouched(existing)) {
      throw new HandEditedError(`${path} was edited by hand or not written by tei-edition; not overwriting it (use --force to replace it)`);
    }
  }
  writeFileAtomic(path, content);
  return 'written';
}
