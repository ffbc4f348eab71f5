import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Annotator } from '../annotate/index.js';
import { encodeTei } from '../encode/tei.js';
import { HandEditedError, writeTei } from '../encode/write.js';
import { idFor, ingest, readTranscription, slugFor } from '../ingest/index.js';
import { checkModel } from '../model/check.js';
import type { DocumentModel } from '../model/types.js';
import { loadRegisters } from '../registers/index.js';
import { LineIndex } from '../validate/diagnostics.js';
import { EXIT, UserError } from './io.js';

export interface ConvertOptions {
  files: string[];
  out?: string;
  registers: string;
  schema: string;
  force: boolean;
  emit: 'tei' | 'model' | 'annotated';
  log: (line: string) => void;
  warn: (line: string) => void;
}

export interface ConvertResult {
  written: string[];
  models: DocumentModel[];
}

/** transcription → document model → annotated model → TEI file. */
export function convertFiles(options: ConvertOptions): ConvertResult {
  if (!options.files.length) throw new UserError('convert: no transcription files given');
  for (const file of options.files) {
    if (!existsSync(file) || !statSync(file).isFile()) throw new UserError(`${file}: no such file`);
  }
  const annotator = new Annotator(loadRegisters(options.registers));
  const ids = new Map<string, string>();
  const result: ConvertResult = { written: [], models: [] };
  if (options.out) mkdirSync(options.out, { recursive: true });

  for (const file of options.files) {
    const slug = slugFor(file);
    if (ids.has(slug)) throw new UserError(`${file} and ${ids.get(slug)} would both be written as ${slug}.xml; rename one`);
    ids.set(slug, file);
    const transcription = readTranscription(file);
    const model = ingest(transcription, idFor(slug));
    checkModel(model, transcription.source);
    if (options.emit === 'model') {
      result.models.push(model);
      continue;
    }
    const { model: annotated, warnings } = annotator.annotate(model);
    checkModel(annotated, transcription.source);
    const lines = warnings.length ? new LineIndex(transcription.source) : undefined;
    for (const w of warnings) {
      const { line, column } = lines!.at(w.offset);
      options.warn(`${file}:${line}:${column}: warning [${w.rule}] ${w.message}`);
    }
    if (options.emit === 'annotated') {
      result.models.push(annotated);
      continue;
    }
    if (!options.out) throw new UserError('convert: --out <dir> is required to write TEI');
    const path = join(options.out, `${slug}.xml`);
    const xml = encodeTei(annotated, {
      schemaHref: relative(options.out, options.schema).split('\\').join('/'),
      registersHref: registersHref(options.out, options.registers),
    });
    try {
      const status = writeTei(path, xml, options.force);
      const dropped = annotated.source.chromeDropped;
      options.log(
        `${status === 'written' ? 'wrote' : 'unchanged'} ${path} (${annotated.source.style}${dropped.lines ? `; dropped ${dropped.characters} characters of web-page chrome in ${dropped.lines} lines` : ''})`,
      );
      result.written.push(path);
    } catch (error) {
      if (error instanceof HandEditedError) throw new UserError(error.message, EXIT.usage);
      throw error;
    }
  }
  return result;
}

/** Registers as seen from the output directory ('' when they are copied beside the TEI). */
export function registersHref(out: string, registers: string): string {
  const rel = relative(out, registers).split('\\').join('/');
  return rel ? `${rel}/` : '';
}
