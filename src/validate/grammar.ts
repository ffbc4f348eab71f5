import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { RelaxNGValidator, XmlDocument, XmlValidateError } from 'libxml2-wasm';
import type { ErrorDetail } from 'libxml2-wasm';
import type { Diagnostic } from './diagnostics.js';

/**
 * RelaxNG validation with libxml2 (WebAssembly: no Java, no native build). Schemas are compiled
 * once per process and reused for every file. libxml2's terse messages are translated to plain
 * words and placed at the line and column of the element or attribute they are about.
 */

const compiled = new Map<string, RelaxNGValidator>();

export class SchemaError extends Error {}

export function schemaValidator(schemaPath: string): RelaxNGValidator {
  let validator = compiled.get(schemaPath);
  if (!validator) {
    let text: string;
    try {
      text = readFileSync(schemaPath, 'utf8');
    } catch (error) {
      throw new SchemaError(`cannot read schema ${schemaPath}: ${(error as Error).message}`);
    }
    try {
      const doc = XmlDocument.fromString(text, { url: pathToFileURL(schemaPath).href });
      validator = RelaxNGValidator.fromDoc(doc);
    } catch (error) {
      throw new SchemaError(`cannot compile schema ${schemaPath}: ${(error as Error).message.trim()}`);
    }
    compiled.set(schemaPath, validator);
  }
  return validator;
}

export function validateGrammar(file: string, xml: string, schemaPath: string): Diagnostic[] {
  const validator = schemaValidator(schemaPath);
  const doc = XmlDocument.fromString(xml, { url: file });
  try {
    validator.validate(doc);
    return [];
  } catch (error) {
    if (!(error instanceof XmlValidateError)) throw error;
    const lines = xml.split('\n');
    const details = error.details.filter((d) => !/failed to validate content/.test(d.message) || error.details.length === 1);
    return details.map((d) => translate(file, d, lines));
  } finally {
    doc.dispose();
  }
}

interface Translation {
  message: string;
  hint?: string;
  /** What to look for on the line to find the column. */
  anchor?: string;
}

const PATTERNS: [RegExp, (...m: string[]) => Translation][] = [
  [/^Did not expect element (\S+) there/, (e) => ({ message: `element <${e}> is not allowed here`, hint: `check where <${e}> may stand in the schema; an error inside <${e}> is reported on <${e}> itself`, anchor: `<${e}` })],
  [/^Invalid attribute (\S+) for element (\S+)/, (a, e) => ({ message: `attribute @${a} is not allowed on <${e}>, or its value is not of the required type`, hint: `remove @${a} or give it a value the schema allows (dates as YYYY, YYYY-MM or YYYY-MM-DD)`, anchor: `${a}=` })],
  [/^Element (\S+) failed to validate attributes/, (e) => ({ message: `<${e}> is missing a required attribute or has one it may not have`, anchor: `<${e}` })],
  [/^Expecting an element (\S+), got nothing/, (x) => ({ message: `a required element <${x}> is missing here`, hint: `add <${x}>` })],
  [/^Expecting element (\S+), got (\S+)/, (x, y) => ({ message: `expected <${x}> here, found <${y}>`, hint: `put <${x}> before <${y}>, or check the order of elements`, anchor: `<${y}` })],
  [/^Element (\S+) has extra content: text/, (e) => ({ message: `text is not allowed directly inside <${e}>`, hint: `wrap the text in an element that allows it (e.g. <p>)`, anchor: `<${e}` })],
  [/^Element (\S+) failed to validate content/, (e) => ({ message: `the content of <${e}> does not match the schema`, anchor: `<${e}` })],
  [/^Error validating datatype (\S+)/, (t) => ({ message: `a value is not a valid ${t}` })],
  [/^Element (\S+) is missing required attribute/, (e) => ({ message: `<${e}> is missing a required attribute`, anchor: `<${e}` })],
];

function translate(file: string, d: ErrorDetail, lines: string[]): Diagnostic {
  const raw = d.message.trim();
  const found = PATTERNS.map(([re, make]) => ({ m: re.exec(raw), make })).find((p) => p.m);
  const translation: Translation = found ? found.make(...found.m!.slice(1)) : { message: raw.replace(/\s+/g, ' ') };
  const line = d.line ?? 1;
  const text = lines[line - 1] ?? '';
  const at = translation.anchor ? text.indexOf(translation.anchor) : -1;
  return {
    file,
    line,
    column: at >= 0 ? at + 1 : Math.max(1, text.search(/\S/) + 1),
    severity: 'error',
    rule: 'schema',
    message: translation.message,
    ...(translation.hint ? { hint: translation.hint } : {}),
  };
}
