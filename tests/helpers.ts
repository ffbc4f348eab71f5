import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Annotator } from '../src/annotate/index.js';
import { encodeTei } from '../src/encode/tei.js';
import { ingest } from '../src/ingest/index.js';
import type { Transcription } from '../src/ingest/index.js';
import { loadRegisters } from '../src/registers/index.js';

export const ROOT = join(import.meta.dirname, '..');
export const CORPUS = join(ROOT, 'corpus');
export const SCHEMA = join(ROOT, 'schemas', 'tei-edition.rng');
export const TEI_ALL = join(ROOT, '..', 'shared', 'schemas', 'tei_all.rng');
export const REGISTERS = join(ROOT, 'tei');

let annotator: Annotator | undefined;
export function sharedAnnotator(): Annotator {
  annotator ??= new Annotator(loadRegisters(REGISTERS));
  return annotator;
}

/** Convert a transcription given as text, the way `convert` does. */
export function convertText(source: string, path = 'example.txt') {
  const transcription: Transcription = { path, source, encoding: 'utf-8' };
  const model = ingest(transcription);
  const { model: annotated, warnings } = sharedAnnotator().annotate(model);
  const xml = encodeTei(annotated, { schemaHref: '../schemas/tei-edition.rng', registersHref: '../tei/' });
  return { model, annotated, warnings, xml };
}

export function tempDir(prefix = 'tei-edition-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function hasCommand(command: string): boolean {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** jing, the reference RelaxNG validator, as an oracle: the list of its error lines. */
export function jing(schema: string, files: string[]): string[] {
  try {
    execFileSync('jing', [schema, ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
    return [];
  } catch (error) {
    const out = String((error as { stdout?: Buffer }).stdout ?? '');
    return out.split('\n').filter((l) => /: error: /.test(l));
  }
}

export function writeTemp(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

export const teiAllPresent = () => existsSync(TEI_ALL);
