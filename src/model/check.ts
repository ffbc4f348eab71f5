import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import { projectRoot } from '../lib/paths.js';
import type { DocumentModel, Text } from './types.js';

/** JSON Schema checks (ajv) of the document model, our JSON outputs and the config, compiled once each. */

const compiled = new Map<string, ValidateFunction>();

export function schemaCheck(name: 'document-model' | 'diagnostics' | 'config'): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    const schema = JSON.parse(readFileSync(join(projectRoot(), 'schemas', `${name}.schema.json`), 'utf8'));
    validate = new Ajv({ allErrors: true, strict: true, validateFormats: false }).compile(schema);
    compiled.set(name, validate);
  }
  return validate;
}

export class ModelError extends Error {}

/** Throws if the model breaks its schema or the text invariant (value = source slice). */
export function checkModel(model: DocumentModel, source?: string): void {
  const validate = schemaCheck('document-model');
  // `as unknown`: ajv's type guard would otherwise narrow `model` for the checks below.
  if (!validate(model as unknown)) {
    const first = validate.errors!.slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message}`);
    throw new ModelError(`document model of ${model.source.path} breaks its schema: ${first.join('; ')}`);
  }
  if (source === undefined) return;
  for (const text of textsIn(model)) {
    if (source.slice(text.offset, text.offset + text.value.length) !== text.value) {
      throw new ModelError(`document model of ${model.source.path}: text at offset ${text.offset} is not the source's text there`);
    }
    for (const span of text.spans ?? []) {
      if (span.start < 0 || span.end < span.start || span.end > text.value.length) {
        throw new ModelError(`document model of ${model.source.path}: span <${span.element}> ${span.start}-${span.end} lies outside its text at offset ${text.offset}`);
      }
    }
  }
}

function* textsIn(node: unknown): Generator<Text> {
  if (Array.isArray(node)) for (const item of node) yield* textsIn(item);
  else if (node && typeof node === 'object') {
    if ('offset' in node && 'value' in node) yield node as Text;
    else for (const value of Object.values(node)) yield* textsIn(value);
  }
}
