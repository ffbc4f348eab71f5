/**
 * `npm run bench`: speed of each stage on the sample corpus, and of validation against the
 * reference tools (jing, when installed). Prints a table; medians of several runs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Annotator } from '../annotate/index.js';
import { encodeTei } from '../encode/tei.js';
import { ingest, readTranscription } from '../ingest/index.js';
import { projectRoot } from '../lib/paths.js';
import { loadRegisters } from '../registers/index.js';
import { renderWeb } from '../render/web.js';
import { schemaValidator } from '../validate/grammar.js';
import { validateFiles, validateFilesParallel } from '../validate/index.js';

const root = projectRoot();
const corpus = join(root, 'corpus');
const files = readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => join(corpus, f));
const teiAll = join(root, '..', 'shared', 'schemas', 'tei_all.rng');
const ourSchema = join(root, 'schemas', 'tei-edition.rng');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function time(runs: number, work: () => unknown): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const rows: { step: string; files: number; 'median ms': string; 'ms per file': string }[] = [];
const row = (step: string, n: number, ms: number) => rows.push({ step, files: n, 'median ms': ms.toFixed(1), 'ms per file': (ms / n).toFixed(2) });

const registers = loadRegisters(join(root, 'tei'));
row('load registers + compile gazetteer', 1, await time(5, () => new Annotator(loadRegisters(join(root, 'tei')))));
const annotator = new Annotator(registers);
const transcriptions = files.map(readTranscription);
row('ingest (transcription → model)', files.length, await time(10, () => transcriptions.map((t) => ingest(t))));
const models = transcriptions.map((t) => ingest(t));
row('annotate (brackets, dates, entities)', files.length, await time(10, () => models.map((m) => annotator.annotate(m))));
const annotated = models.map((m) => annotator.annotate(m).model);
const options = { schemaHref: '../schemas/tei-edition.rng', registersHref: `${join(root, 'tei')}/` };
row('encode (model → TEI)', files.length, await time(10, () => annotated.map((m) => encodeTei(m, options))));

const dir = mkdtempSync(join(tmpdir(), 'tei-edition-bench-'));
const teiFiles = annotated.map((m) => {
  const path = join(dir, `${m.id}.xml`);
  writeFileSync(path, encodeTei(m, options));
  return path;
});
row('validate, tei-edition schema + rules', teiFiles.length, await time(5, () => validateFiles(teiFiles, { defaultSchema: ourSchema, schema: ourSchema })));
if (existsSync(teiAll)) {
  row('compile tei_all.rng (cold)', 1, await time(1, () => schemaValidator(teiAll)));
  row('validate against tei_all (warm)', teiFiles.length, await time(3, () => validateFiles(teiFiles, { defaultSchema: teiAll, schema: teiAll })));
}
try {
  execFileSync('which', ['jing'], { stdio: 'ignore' });
  const jing = (schema: string) => () => {
    try {
      execFileSync('jing', [schema, ...teiFiles], { stdio: 'ignore' });
    } catch {
      /* findings are not the point here */
    }
  };
  row('jing, tei-edition schema (JVM, one process)', teiFiles.length, await time(3, jing(ourSchema)));
  if (existsSync(teiAll)) row('jing, tei_all (JVM, one process)', teiFiles.length, await time(3, jing(teiAll)));
} catch {
  /* jing not installed */
}
// A batch as large as a real edition: the biggest sample, 200 times under different ids.
const batchDir = join(dir, 'batch');
execFileSync('mkdir', ['-p', batchDir]);
const biggest = teiFiles.map((f) => readFileSync(f, 'utf8')).sort((a, b) => b.length - a.length)[0]!;
const batch = Array.from({ length: 200 }, (_, i) => {
  const path = join(batchDir, `copy-${i}.xml`);
  writeFileSync(path, biggest.replace(/<TEI([^>]*) xml:id="([^"]+)"/, `<TEI$1 xml:id="$2-${i}"`));
  return path;
});
if (existsSync(teiAll)) {
  row('validate 200 files against tei_all (workers)', batch.length, await time(1, () => validateFilesParallel(batch, { defaultSchema: teiAll, schema: teiAll })));
  try {
    execFileSync('which', ['jing'], { stdio: 'ignore' });
    row('jing, 200 files against tei_all', batch.length, await time(1, () => {
      try {
        execFileSync('jing', [teiAll, ...batch], { stdio: 'ignore' });
      } catch {
        /* findings are not the point here */
      }
    }));
  } catch {
    /* jing not installed */
  }
}

const webOut = join(dir, 'web');
const teiDir = join(dir, 'tei');
execFileSync('mkdir', ['-p', teiDir]);
for (const f of teiFiles) writeFileSync(join(teiDir, f.split('/').pop()!), readFileSync(f, 'utf8'));
for (const f of ['persons.xml', 'places.xml', 'orgs.xml']) writeFileSync(join(teiDir, f), readFileSync(join(root, 'tei', f), 'utf8'));
row('render web edition (SaxonJS, first run)', teiFiles.length, await time(1, () => renderWeb(teiDir, webOut)));
row('render web edition (SaxonJS, warm)', teiFiles.length, await time(3, () => renderWeb(teiDir, webOut)));

console.table(rows);
console.log(`node ${process.version}, ${files.length} sample transcriptions (${transcriptions.reduce((n, t) => n + t.source.length, 0)} characters)`);
