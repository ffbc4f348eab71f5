import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RegisterError, acceptName, checkRegisters, loadRegisters } from '../src/registers/index.js';
import type { AuthorityRecord } from '../src/registers/index.js';
import { validateFiles } from '../src/validate/index.js';
import { REGISTERS, SCHEMA, TEI_ALL, hasCommand, jing, teiAllPresent, tempDir } from './helpers.js';

const files = ['persons.xml', 'places.xml', 'orgs.xml'].map((f) => join(REGISTERS, f));

describe('the registers in tei/', () => {
  it('load, with unique ids and no name claimed twice', () => {
    const registers = loadRegisters(REGISTERS);
    expect(registers.records.length).toBeGreaterThan(150);
    expect(new Set(registers.records.map((r) => r.id)).size).toBe(registers.records.length);
  });

  it('are valid against the tei-edition schema (our validator)', () => {
    for (const report of validateFiles(files, { schema: SCHEMA, defaultSchema: SCHEMA })) {
      expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    }
  });

  it.runIf(teiAllPresent())('are valid against tei_all (our validator)', () => {
    for (const report of validateFiles(files, { schema: TEI_ALL, defaultSchema: TEI_ALL })) {
      expect(report.diagnostics.filter((d) => d.rule === 'schema')).toEqual([]);
    }
  });

  it.runIf(teiAllPresent() && hasCommand('jing'))('are valid against tei_all (jing)', () => {
    expect(jing(TEI_ALL, files)).toEqual([]);
  });
});

describe('register checks', () => {
  const record = (id: string, names: string[]): AuthorityRecord => ({ id, type: 'person', preferred: names[0]!, names, idnos: [] });

  it('refuse a name claimed by two records', () => {
    expect(() => checkRegisters([record('a', ['Kim']), record('b', ['Kim Il', 'Kim'])])).toThrow(/"Kim" is claimed by both "a" and "b"/);
  });

  it('refuse duplicate ids', () => {
    expect(() => checkRegisters([record('a', ['X']), record('a', ['Y'])])).toThrow(RegisterError);
  });
});

describe('accepting a name', () => {
  const copy = () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    for (const f of files) copyFileSync(f, join(dir, f.split('/').pop()!));
    return dir;
  };

  it('adds a variant to an existing record without reformatting the file', () => {
    const dir = copy();
    const before = readFileSync(join(dir, 'persons.xml'), 'utf8');
    expect(acceptName(dir, 'person', 'Kim Ir-sen', 'kim-il-sung')).toContain('variant of person "kim-il-sung"');
    const after = readFileSync(join(dir, 'persons.xml'), 'utf8');
    expect(after.length - before.length).toBe('\n          <persName type="variant">Kim Ir-sen</persName>'.length);
    expect(loadRegisters(dir).byId.get('kim-il-sung')!.names).toContain('Kim Ir-sen');
  });

  it('adds a new record, valid against the schema', () => {
    const dir = copy();
    expect(acceptName(dir, 'place', 'Sinpo')).toBe('added place "sinpo" (Sinpo)');
    const [report] = validateFiles([join(dir, 'places.xml')], { schema: SCHEMA, defaultSchema: SCHEMA });
    expect(report!.diagnostics).toEqual([]);
  });

  it('does nothing for a name already recorded', () => {
    const dir = copy();
    expect(acceptName(dir, 'person', 'Mao Zedong')).toContain('already recorded');
  });

  it('refuses to write a register it would break', () => {
    const dir = copy();
    writeFileSync(join(dir, 'orgs.xml'), readFileSync(join(dir, 'orgs.xml'), 'utf8').replace('</listOrg>', ''));
    expect(() => acceptName(dir, 'org', 'Politburo')).toThrow(RegisterError);
  });
});
