/**
 * `npm run eval`: markup quality against the hand annotations in ../shared/gold.
 * A hit is the same span and type (and, for dates, the same ISO value). Prints precision, recall
 * and F1 per type, and link consistency: every mention of one gold key carries one @ref, and no
 * @ref is given to mentions of two gold keys.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { encodeBrackets } from '../annotate/brackets/index.js';
import { Annotator, textsOf } from '../annotate/index.js';
import { ingest, readTranscription } from '../ingest/index.js';
import { loadRegisters } from '../registers/index.js';
import { projectRoot } from '../lib/paths.js';

interface Mention {
  type: string;
  start: number;
  end: number;
  text: string;
  key: string;
  when?: string;
}

const TYPES: Record<string, string> = { persName: 'person', placeName: 'place', orgName: 'org', date: 'date', name: 'candidate' };

export function predictedMentions(path: string, annotator: Annotator): Mention[] {
  const transcription = readTranscription(path);
  const { model } = annotator.annotate(ingest(transcription));
  const mentions: Mention[] = [];
  for (const text of textsOf(model)) {
    for (const span of text.spans ?? []) {
      const type = TYPES[span.element];
      if (!type) continue;
      const start = text.offset + span.start;
      const end = text.offset + span.end;
      const when = span.attributes?.when ?? span.attributes?.from;
      mentions.push({ type, start, end, text: transcription.source.slice(start, end), key: span.attributes?.ref ?? when ?? '', when });
    }
  }
  return mentions;
}

function main(): void {
  const root = projectRoot();
  const [goldArg, corpusArg] = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--registers');
  const goldDir = resolve(root, goldArg ?? '../shared/gold');
  const corpusDir = resolve(root, corpusArg ?? '../shared/corpus');
  if (!existsSync(goldDir)) {
    console.error(`eval: no gold annotations at ${goldDir}`);
    process.exit(2);
  }
  // --registers DIR: evaluate with other registers (an empty directory shows what the fallback
  // proposes for names no register knows).
  const registersAt = process.argv.indexOf('--registers');
  const registersDir = registersAt >= 0 ? resolve(process.argv[registersAt + 1]!) : join(root, 'tei');
  const annotator = new Annotator(loadRegisters(registersDir));
  const candidates = { proposed: 0, onGoldName: 0, goldNames: 0, goldCovered: 0 };
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const count = (type: string) => counts.get(type) ?? counts.set(type, { tp: 0, fp: 0, fn: 0 }).get(type)!;
  const goldToRefs = new Map<string, Set<string>>();
  const refToGold = new Map<string, Set<string>>();
  const misses: string[] = [];

  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as { file: string; entities: Mention[] };
    const source = readTranscription(join(corpusDir, gold.file)).source;
    const context = (m: Mention) => JSON.stringify(source.slice(Math.max(0, m.start - 30), m.end + 30));
    const predicted = predictedMentions(join(corpusDir, gold.file), annotator);
    const at = (m: Mention) => `${m.type}:${m.start}:${m.end}`;
    const names = gold.entities.filter((g) => g.type !== 'date');
    const proposals = predicted.filter((m) => m.type === 'candidate');
    const nameSpans = new Set(names.map((g) => `${g.start}:${g.end}`));
    candidates.proposed += proposals.length;
    candidates.onGoldName += proposals.filter((m) => nameSpans.has(`${m.start}:${m.end}`)).length;
    candidates.goldNames += names.length;
    candidates.goldCovered += names.filter((g) => predicted.some((m) => m.start <= g.start && g.end <= m.end && m.type !== 'date')).length;
    predicted.splice(0, predicted.length, ...predicted.filter((m) => m.type !== 'candidate'));
    const byPlace = new Map(predicted.map((m) => [at(m), m]));
    const matched = new Set<string>();
    for (const g of gold.entities) {
      const p = byPlace.get(at(g));
      const hit = p && (g.type !== 'date' || p.when === g.when);
      if (hit) {
        count(g.type).tp++;
        matched.add(at(g));
        if (g.type !== 'date') {
          const goldKey = `${g.type}:${g.key}`;
          (goldToRefs.get(goldKey) ?? goldToRefs.set(goldKey, new Set()).get(goldKey)!).add(p.key);
          (refToGold.get(p.key) ?? refToGold.set(p.key, new Set()).get(p.key)!).add(goldKey);
        }
      } else {
        count(g.type).fn++;
        misses.push(`${file} miss ${g.type} "${g.text}"${g.when ? ` ${g.when}` : ''}${p ? ` (we said ${p.when})` : ''} in ${context(g)}`);
      }
    }
    for (const p of predicted) {
      if (!matched.has(at(p))) {
        count(p.type).fp++;
        misses.push(`${file} extra ${p.type} "${p.text}" ${p.key} in ${context(p)}`);
      }
    }
  }

  if (process.argv.includes('--verbose')) console.log(misses.join('\n'));
  printBracketTable(goldDir, corpusDir);
  const rows = [...counts.entries()].sort().map(([type, c]) => {
    const precision = c.tp / (c.tp + c.fp || 1);
    const recall = c.tp / (c.tp + c.fn || 1);
    const f1 = (2 * precision * recall) / (precision + recall || 1);
    return { type, gold: c.tp + c.fn, predicted: c.tp + c.fp, correct: c.tp, precision: precision.toFixed(3), recall: recall.toFixed(3), f1: f1.toFixed(3) };
  });
  console.table(rows);
  console.log(
    `unknown-name proposals (name type="candidate"): ${candidates.proposed}, of which ${candidates.onGoldName} are exactly a gold name; ` +
      `${candidates.goldCovered}/${candidates.goldNames} gold names lie inside some name we marked (typed or proposed)`,
  );
  const split = [...goldToRefs.entries()].filter(([, refs]) => refs.size > 1);
  const merged = [...refToGold.entries()].filter(([, keys]) => keys.size > 1);
  console.log(`link consistency: ${goldToRefs.size - split.length}/${goldToRefs.size} gold keys carry one @ref; ${merged.length} @ref values cover more than one gold key`);
  for (const [key, refs] of split) console.log(`  ${key} → ${[...refs].join(', ')}`);
  for (const [ref, keys] of merged) console.log(`  ${ref} ← ${[...keys].join(', ')}`);
}

/** Which convention each gold kind of bracket is; several of our rules refine the gold's "note". */
const GOLD_KIND: Record<string, string> = {
  'sic-correction': 'sic',
  sic: 'sic',
  gap: 'gap',
  illegible: 'gap',
  'alt-spelling': 'alt-spelling',
  supplied: 'supplied',
  'physical-description': 'note',
  explanation: 'note',
  query: 'note',
  'original-wording': 'note',
  abbreviation: 'note',
  identification: 'note',
  'page-marker': 'page',
};

/** Brackets: how many of the gold's editorial spans we encode, with the right kind, per rule. */
function printBracketTable(goldDir: string, corpusDir: string): void {
  const perRule = new Map<string, { count: number; agree: number }>();
  let gold = 0;
  let found = 0;
  let agree = 0;
  const disagreements: string[] = [];
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
    const g = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as { file: string; editorial: { kind: string; text: string; start: number }[] };
    const model = ingest(readTranscription(join(corpusDir, g.file)));
    const applied = new Map<number, string>();
    for (const text of textsOf(model)) for (const a of encodeBrackets(text.value).applied) applied.set(text.offset + a.open, a.rule);
    for (const e of g.editorial) {
      gold++;
      const rule = applied.get(e.start);
      if (!rule) {
        disagreements.push(`  not encoded: ${e.text}`);
        continue;
      }
      found++;
      const row = perRule.get(rule) ?? { count: 0, agree: 0 };
      row.count++;
      if (GOLD_KIND[rule] === e.kind) {
        row.agree++;
        agree++;
      } else disagreements.push(`  ${rule} where the gold says ${e.kind}: ${e.text}`);
      perRule.set(rule, row);
    }
  }
  console.table([...perRule.entries()].sort().map(([rule, r]) => ({ 'bracket rule': rule, brackets: r.count, 'same kind as gold': r.agree })));
  console.log(`brackets: ${found}/${gold} gold editorial spans encoded; ${agree}/${gold} with the gold's kind`);
  if (process.argv.includes('--verbose')) console.log(disagreements.join('\n'));
}

main();
