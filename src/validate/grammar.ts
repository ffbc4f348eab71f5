import type { Diagnostic } from './diagnostics.js';
import type { TreeBuilder } from './tree.js';
import { DatatypeError } from './relaxng/datatypes.js';
import type { CompiledSchema } from './relaxng/schema.js';
import { SchemaCompileError, compileSchema } from './relaxng/schema.js';
import { RelaxNgValidator } from './relaxng/validator.js';

/**
 * RELAX NG validation with our own engine (src/validate/relaxng/): no Java, no WebAssembly, the
 * official tei_all.rng compiled in a quarter of a second, every error of a file with line, column
 * and what was expected. Schemas are compiled once per process.
 */

export class SchemaError extends Error {}

const compiled = new Map<string, RelaxNgValidator>();

export function schemaValidator(schemaPath: string): RelaxNgValidator {
  let validator = compiled.get(schemaPath);
  if (!validator) {
    let schema: CompiledSchema;
    try {
      schema = compileSchema(schemaPath);
    } catch (error) {
      if (error instanceof SchemaCompileError || error instanceof DatatypeError) throw new SchemaError(`cannot use schema ${error.message}`);
      throw error;
    }
    validator = new RelaxNgValidator(schema);
    compiled.set(schemaPath, validator);
  }
  return validator;
}

/** DOCTYPE entity declarations are refused outright: no entity bombs, no external files. */
function declaredEntity(file: string, xml: string): Diagnostic | undefined {
  const doctype = /<!DOCTYPE[^[>]*\[([\s\S]*?)\]\s*>/.exec(xml.slice(0, 100_000));
  const entity = doctype && /<!ENTITY\s+%?\s*([^\s]+)/.exec(doctype[1]!);
  if (!doctype || !entity) return undefined;
  const offset = doctype.index + doctype[0].indexOf(entity[0]);
  const line = xml.slice(0, offset).split('\n').length;
  return {
    file,
    line,
    column: offset - xml.lastIndexOf('\n', offset - 1),
    severity: 'error',
    rule: 'well-formed',
    message: `the DOCTYPE declares the entity "${entity[1]}", which tei-edition does not expand`,
    hint: 'DOCTYPE entities are refused as a guard against entity bombs and external files; write their text instead',
  };
}

export function validateGrammar(file: string, xml: string, schemaPath: string, tree?: TreeBuilder): Diagnostic[] {
  const validator = schemaValidator(schemaPath);
  const entity = declaredEntity(file, xml);
  if (entity) return [entity];
  try {
    return validator.validate(xml, tree).map((e) => ({
      file,
      line: e.line,
      column: e.column,
      severity: 'error' as const,
      rule: 'schema',
      message: e.message,
      ...(e.hint ? { hint: e.hint } : {}),
    }));
  } catch (error) {
    const position = /(\d+):(\d+): (.*)/.exec((error as Error).message);
    const problem = (position ? position[3]! : (error as Error).message).replace(/\.$/, '');
    return [
      {
        file,
        line: position ? Math.max(1, Number(position[1])) : 1,
        column: position ? Math.max(1, Number(position[2])) : 1,
        severity: 'error',
        rule: 'well-formed',
        message: `the file is not well-formed XML: ${problem}`,
        ...(/undefined entity/.test(problem) ? { hint: 'XML knows only &amp; &lt; &gt; &quot; &apos; and numeric references such as &#160;' } : {}),
      },
    ];
  }
}
