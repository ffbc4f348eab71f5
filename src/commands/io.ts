import { readFileSync } from 'node:fs';
import { lineColumn } from '../validate/diagnostics.js';

/** Exit codes of the CLI contract. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** An error the user can act on: printed as `tei-edition: message`, with an exit code. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
  }
}

export function place(path: string, offset: number): string {
  const { line, column } = lineColumn(readFileSync(path, 'utf8'), offset);
  return `${path}:${line}:${column}`;
}
