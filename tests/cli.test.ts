import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaCheck } from '../src/model/check.js';
import { CORPUS, ROOT, tempDir, writeTemp } from './helpers.js';

/** The CLI contract: commands, --help, exit codes 0/1/2, JSON outputs, safety of hand edits. */

const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'tei-edition.js'), ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const SAMPLE = join(CORPUS, '1957-11-13-puzanov-journal-kim-il-sung.txt');

describe('help', () => {
  it.each(['convert', 'validate', 'render', 'build', 'text', 'entities'])('%s --help', (command) => {
    const r = cli(command, '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`tei-edition ${command}`);
  });
  it('an unknown command is a usage error (2)', () => {
    const r = cli('frobnicate');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Unknown argument|Name a command/);
  });
});

describe('convert', () => {
  it('writes <out>/<slug>.xml and says so', () => {
    const out = tempDir();
    const r = cli('convert', SAMPLE, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`wrote ${join(out, '1957-11-13-puzanov-journal-kim-il-sung.xml')}`);
  });

  it('is deterministic: the same input gives the same bytes', () => {
    const [a, b] = [tempDir(), tempDir()];
    cli('convert', SAMPLE, '--out', a);
    cli('convert', SAMPLE, '--out', b);
    const name = '1957-11-13-puzanov-journal-kim-il-sung.xml';
    expect(readFileSync(join(a, name), 'utf8')).toBe(readFileSync(join(b, name), 'utf8'));
  });

  it('never overwrites a hand-edited TEI file without --force', () => {
    const out = tempDir();
    cli('convert', SAMPLE, '--out', out);
    const file = join(out, '1957-11-13-puzanov-journal-kim-il-sung.xml');
    const edited = readFileSync(file, 'utf8').replace('<p>On ', '<p>EDITED On ');
    writeFileSync(file, edited);
    const refused = cli('convert', SAMPLE, '--out', out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('edited by hand');
    expect(readFileSync(file, 'utf8')).toBe(edited);
    expect(cli('convert', SAMPLE, '--out', out, '--force').code).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toContain('EDITED');
  });

  it('re-converting an untouched file is allowed and reports it unchanged', () => {
    const out = tempDir();
    cli('convert', SAMPLE, '--out', out);
    const again = cli('convert', SAMPLE, '--out', out);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('unchanged');
  });

  it('prints the document model, valid against its JSON Schema, with --emit model', () => {
    const r = cli('convert', SAMPLE, '--emit', 'model');
    expect(r.code).toBe(0);
    const check = schemaCheck('document-model');
    expect(check(JSON.parse(r.stdout)), JSON.stringify(check.errors)).toBe(true);
  });

  it('a missing input file is an I/O error (2) naming the file', () => {
    const r = cli('convert', 'no/such/file.txt', '--out', tempDir());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no/such/file.txt');
  });

  it('reports an unmatched bracket with file:line:column and keeps it as text', () => {
    const dir = tempDir();
    const file = writeTemp(dir, 'broken.txt', 'First line.\n\nThe talk [began at ten.\n');
    const r = cli('convert', file, '--out', dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${file}:3:10: warning [brackets] unclosed "["`);
    expect(readFileSync(join(dir, 'broken.xml'), 'utf8')).toContain('The talk [began at ten.');
  });
});

describe('validate', () => {
  const converted = () => {
    const out = tempDir();
    cli('convert', SAMPLE, '--out', out);
    return join(out, '1957-11-13-puzanov-journal-kim-il-sung.xml');
  };

  it('exit 0 for valid TEI', () => {
    const r = cli('validate', converted());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 file checked: 1 valid, 0 invalid');
  });

  it('exit 1 with file:line:column, a caret and a fix for invalid TEI', () => {
    const file = converted();
    writeFileSync(file, readFileSync(file, 'utf8').replace('<date when="1958">', '<date when="1958-02-30">'));
    const r = cli('validate', file);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`${file.replace(/[.]/g, '\\.')}:\\d+:\\d+: error \\[date-real\\] @when="1958-02-30" on <date> is not a real date`));
    expect(r.stdout).toMatch(/\n\s+\^\n/);
    expect(r.stdout).toContain('= use YYYY, YYYY-MM or YYYY-MM-DD');
  });

  it('--format json gives records valid against the diagnostics schema', () => {
    const file = converted();
    writeFileSync(file, readFileSync(file, 'utf8').replace('ref="psn:mao-zedong"', 'ref="psn:mao-zedung"'));
    const r = cli('validate', file, '--format', 'json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(schemaCheck('diagnostics')(report)).toBe(true);
    expect(report.files[0].diagnostics[0]).toMatchObject({ rule: 'ref-resolves', severity: 'error', hint: 'did you mean "psn:mao-zedong"?' });
  });

  it('a file that is not well-formed is reported with its line and column', () => {
    const file = writeTemp(tempDir(), 'bad.xml', '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n  <teiHeader>\n</TEI>\n');
    const r = cli('validate', file);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/bad\.xml:3:\d+: error \[well-formed\]/);
  });

  it('a missing file is an I/O error (2)', () => {
    expect(cli('validate', '/no/such.xml').code).toBe(2);
  });

  it('--schema names another RelaxNG schema', () => {
    const file = converted();
    const schema = writeTemp(tempDir(), 'only-p.rng', '<element name="p" xmlns="http://relaxng.org/ns/structure/1.0"><text/></element>');
    const r = cli('validate', file, '--schema', schema);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[schema]');
  });
});

describe('configuration (tei-edition.json)', () => {
  it('is checked against its JSON Schema: an unknown setting is a usage error naming the file', () => {
    const dir = tempDir();
    const config = writeTemp(dir, 'tei-edition.json', '{"title": "X", "colour": "red"}');
    const r = cli('validate', join(ROOT, 'tei', 'persons.xml'), '--config', config);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${config}: (top) must NOT have additional properties "colour"`);
  });

  it('gives the edition its title', () => {
    const dir = tempDir();
    const config = writeTemp(dir, 'tei-edition.json', JSON.stringify({ title: 'Pyongyang Papers', out: 'site' }));
    const tei = join(dir, 'tei');
    cli('convert', SAMPLE, '--out', tei);
    for (const f of ['persons.xml', 'places.xml', 'orgs.xml']) copyFileSync(join(ROOT, 'tei', f), join(tei, f));
    expect(cli('render', 'web', '--in', tei, '--out', join(dir, 'web'), '--config', config).code).toBe(0);
    expect(readFileSync(join(dir, 'web', 'index.html'), 'utf8')).toContain('<title>Pyongyang Papers</title>');
  });
});

describe('build without a browser', () => {
  it('still writes the TEI and the web edition, and says what to install for the PDF', () => {
    const out = tempDir();
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'tei-edition.js'), 'build', '--out', out], {
      encoding: 'utf8',
      env: { ...process.env, CHROME_PATH: '/nonexistent/chrome' },
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('render print: skipped — CHROME_PATH is set to /nonexistent/chrome, but there is no file there');
    expect(readFileSync(join(out, 'web', 'index.html'), 'utf8')).toContain('<ol class="documents">');
  });
});

describe('text', () => {
  it('prints the document text with the brackets restored', () => {
    const out = tempDir();
    cli('convert', SAMPLE, '--out', out);
    const r = cli('text', join(out, '1957-11-13-puzanov-journal-kim-il-sung.xml'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('On 12 September [sic; November] 1957 a conversation');
    expect(r.stdout).toContain('informed [Mao] about issues');
  });
});

describe('entities', () => {
  it('lists unknown names, and --accept adds one so the next conversion links it', () => {
    const dir = tempDir();
    const registers = join(dir, 'registers');
    spawnSync('mkdir', ['-p', registers]);
    for (const f of ['persons.xml', 'places.xml', 'orgs.xml']) copyFileSync(join(ROOT, 'tei', f), join(registers, f));
    const input = writeTemp(dir, 'talk.txt', 'Comrade Pak Yong Gil met Comrade Kim Il Sung.\n\nPak Yong Gil then left for Moscow.');
    cli('convert', input, '--out', dir, '--registers', registers);
    const listed = cli('entities', join(dir, 'talk.xml'));
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/\s2 {2}Pak Yong Gil/);
    const accepted = cli('entities', '--accept', 'Pak Yong Gil', '--as', 'person', '--registers', registers);
    expect(accepted.stdout).toContain('added person "pak-yong-gil"');
    cli('convert', input, '--out', dir, '--registers', registers, '--force');
    expect(readFileSync(join(dir, 'talk.xml'), 'utf8')).toContain('<persName ref="psn:pak-yong-gil">Pak Yong Gil</persName>');
  });
});
