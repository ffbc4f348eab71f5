import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { schemaCheck } from '../model/check.js';
import { UserError } from './io.js';

/** An edition's settings from `tei-edition.json`, checked against schemas/config.schema.json. */
export interface EditionConfig {
  title?: string;
  corpus?: string;
  registers?: string;
  out?: string;
}

export function loadConfig(path: string, required: boolean): EditionConfig {
  if (!existsSync(path)) {
    if (required) throw new UserError(`${path}: no such configuration file`);
    return {};
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UserError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  const check = schemaCheck('config');
  if (!check(data)) {
    const problems = check.errors!.map((e) => `${e.instancePath || '(top)'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` "${e.params.additionalProperty}"` : ''}`);
    throw new UserError(`${path}: ${problems.join('; ')}`);
  }
  const config = data as EditionConfig;
  const base = dirname(resolve(path));
  const at = (p?: string) => (p ? resolve(base, p) : undefined);
  return { title: config.title, corpus: at(config.corpus), registers: at(config.registers), out: at(config.out) };
}
