import type { Diagnostic } from './diagnostics.js';
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

export function validateGrammar(file: string, xml: string, schemaPath: string): Diagnostic[] {
  const validator = schemaValidator(schemaPath);
  try {
    return validator.validate(xml).map((e) => ({
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
    return [
      {
        file,
        line: position ? Number(position[1]) : 1,
        column: position ? Number(position[2]) : 1,
        severity: 'error',
        rule: 'well-formed',
        message: `the file cannot be read as XML: ${position ? position[3] : (error as Error).message}`,
      },
    ];
  }
}
