import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { schemaCheck } from '../model/check.js';
import type { FileReport } from '../validate/diagnostics.js';
import { LineIndex, formatHuman, summarise } from '../validate/diagnostics.js';
import { SchemaError } from '../validate/grammar.js';
import { validateFilesParallel } from '../validate/index.js';
import { EXIT, UserError } from './io.js';

export interface ValidateCommandOptions {
  files: string[];
  schema?: string;
  defaultSchema: string;
  format: 'text' | 'json';
  maxErrors?: number;
  quiet?: boolean;
  /** Print warnings one by one (validate), or only count them (build, which points to `entities`). */
  warnings?: 'list' | 'count';
}

/** Files given, with directories expanded to the .xml files they hold. */
export function expandXmlFiles(paths: string[]): string[] {
  return paths.flatMap((path) => {
    if (!existsSync(path)) throw new UserError(`${path}: no such file or directory`);
    if (statSync(path).isDirectory()) {
      return readdirSync(path)
        .filter((f) => f.endsWith('.xml'))
        .sort()
        .map((f) => join(path, f));
    }
    return [path];
  });
}

export function jsonReport(reports: FileReport[]): object {
  const count = (severity: string) => reports.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === severity).length, 0);
  const invalid = reports.filter((r) => r.diagnostics.some((d) => d.severity === 'error')).length;
  return {
    files: reports.map((r) => ({ file: r.file, valid: !r.diagnostics.some((d) => d.severity === 'error'), diagnostics: r.diagnostics })),
    summary: { files: reports.length, valid: reports.length - invalid, invalid, errors: count('error'), warnings: count('warning') },
  };
}

/** Returns the exit code: 0 all valid (warnings allowed), 1 any invalid. */
export async function runValidate(options: ValidateCommandOptions, print: (s: string) => void): Promise<number> {
  const files = expandXmlFiles(options.files);
  if (!files.length) throw new UserError('validate: no XML files to check');
  if (options.schema && !existsSync(options.schema)) throw new UserError(`--schema ${options.schema}: no such file`);
  let reports: FileReport[];
  try {
    reports = await validateFilesParallel(files, { schema: options.schema, defaultSchema: options.defaultSchema, maxErrors: options.maxErrors });
  } catch (error) {
    if (error instanceof SchemaError) throw new UserError(error.message);
    throw error;
  }
  if (options.format === 'json') {
    const report = jsonReport(reports);
    const check = schemaCheck('diagnostics');
    if (!check(report)) throw new Error(`internal: JSON report breaks its schema: ${JSON.stringify(check.errors)}`);
    print(JSON.stringify(report, null, 2));
  } else {
    for (const report of reports) {
      const source = report.diagnostics.length ? new LineIndex(readFileSync(report.file, 'utf8')) : undefined;
      for (const d of report.diagnostics) if (d.severity === 'error' || options.warnings !== 'count') print(formatHuman(d, source));
    }
    if (!options.quiet || reports.some((r) => r.diagnostics.length)) print(summarise(reports));
  }
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? EXIT.findings : EXIT.ok;
}
