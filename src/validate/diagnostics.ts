/**
 * Findings of validation, and how they are shown: like a compiler, `file:line:col: severity [rule]
 * message`, then the offending line with a caret under the column, then how to fix it.
 */

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  rule: string;
  message: string;
  /** What would be allowed, or how to fix it. */
  hint?: string;
}

export interface FileReport {
  file: string;
  diagnostics: Diagnostic[];
}

/** Line starts of a text, for many offset → line:column look-ups (a large file has many findings). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** 1-based line and column (columns count UTF-16 code units, as editors show them). */
  at(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }

  line(n: number): string | undefined {
    if (n < 1 || n > this.starts.length) return undefined;
    const end = n < this.starts.length ? this.starts[n]! - 1 : this.text.length;
    return this.text.slice(this.starts[n - 1], end).replace(/\r$/, '');
  }
}

export function formatHuman(d: Diagnostic, source?: LineIndex): string {
  const out = [`${d.file}:${d.line}:${d.column}: ${d.severity} [${d.rule}] ${d.message}`];
  const text = source?.line(d.line);
  if (text !== undefined) {
    const shown = text.length > 160 ? showWindow(text, d.column) : { text, column: d.column };
    out.push(`  ${shown.text.replace(/\t/g, ' ')}`);
    out.push(`  ${' '.repeat(Math.max(0, shown.column - 1))}^`);
  }
  if (d.hint) out.push(`  = ${d.hint}`);
  return out.join('\n');
}

/** A long line (XML often has one paragraph per line) shown as a window around the column. */
function showWindow(text: string, column: number): { text: string; column: number } {
  const start = Math.max(0, column - 80);
  const end = Math.min(text.length, column + 80);
  const prefix = start > 0 ? '…' : '';
  return { text: `${prefix}${text.slice(start, end)}${end < text.length ? '…' : ''}`, column: column - start + prefix.length };
}

export function summarise(reports: FileReport[]): string {
  const errors = reports.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'error').length, 0);
  const warnings = reports.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'warning').length, 0);
  const invalid = reports.filter((r) => r.diagnostics.some((d) => d.severity === 'error')).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(reports.length, 'file')} checked: ${reports.length - invalid} valid, ${invalid} invalid; ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
