import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { accept, listCandidates } from './commands/entities.js';
import { build } from './commands/build.js';
import { convertFiles } from './commands/convert.js';
import { EXIT, UserError } from './commands/io.js';
import { loadConfig } from './commands/config.js';
import { runValidate } from './commands/validate.js';
import { projectRoot } from './lib/paths.js';
import { RegisterError } from './registers/index.js';
import type { EntityType } from './registers/index.js';
import { BrowserMissingError } from './render/browser.js';
import { renderPrint } from './render/print.js';
import { RenderError } from './render/stylesheets.js';
import { SchemaError } from './validate/grammar.js';
import { renderWeb } from './render/web.js';
import { teiToText } from './text/index.js';

/**
 * The command line: wires the stages together, nothing more.
 * Exit codes: 0 ok, 1 invalid input or findings, 2 usage or I/O error.
 */

const root = projectRoot();
const log = (line: string) => process.stdout.write(`${line}\n`);
const warn = (line: string) => process.stderr.write(`${line}\n`);

/** Defaults: the bundled sample edition, overridden by tei-edition.json, overridden by options. */
function defaultsFrom(argv: string[]) {
  const at = argv.indexOf('--config');
  const config = at >= 0 ? loadConfig(argv[at + 1] ?? '', true) : loadConfig('tei-edition.json', false);
  return {
    registers: config.registers ?? join(root, 'tei'),
    schema: join(root, 'schemas', 'tei-edition.rng'),
    corpus: config.corpus ?? join(root, 'corpus'),
    out: config.out ?? 'edition',
    title: config.title,
  };
}

async function main(argv: string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  const defaults = defaultsFrom(argv);
  await yargs(argv)
    .scriptName('tei-edition')
    .option('config', { type: 'string', global: true, describe: 'settings file (default: ./tei-edition.json if present)' })
    .usage('$0 <command> [options]\n\nTranscriptions of archival documents → TEI P5 → validated → web and print editions.')
    .command(
      'convert <files..>',
      'Convert transcriptions (plain, Markdown, OCR Markdown, scraped web pages) to TEI P5',
      (y) =>
        y
          .positional('files', { type: 'string', array: true, demandOption: true, describe: 'transcription files' })
          .option('out', { type: 'string', describe: 'directory for the TEI files (<out>/<slug>.xml)' })
          .option('registers', { type: 'string', default: defaults.registers, describe: 'directory of persons.xml, places.xml, orgs.xml' })
          .option('force', { type: 'boolean', default: false, describe: 'replace TEI files even if they were edited by hand' })
          .option('emit', { choices: ['tei', 'model', 'annotated'] as const, default: 'tei' as const, describe: 'write TEI, or print the document model (JSON) before or after annotation' }),
      (args) => {
        const result = convertFiles({ files: args.files as string[], out: args.out, registers: args.registers, schema: defaults.schema, force: args.force, emit: args.emit, log, warn });
        if (args.emit !== 'tei') log(JSON.stringify(result.models.length === 1 ? result.models[0] : result.models, null, 2));
      },
    )
    .command(
      'validate <files..>',
      'Validate TEI files (ours or anyone\'s) against a RelaxNG schema and the edition rules',
      (y) =>
        y
          .positional('files', { type: 'string', array: true, demandOption: true, describe: 'TEI files or directories' })
          .option('schema', { type: 'string', describe: 'RelaxNG schema (default: the file\'s <?xml-model?>, else the tei-edition schema)' })
          .option('format', { choices: ['text', 'json'] as const, default: 'text' as const })
          .option('max-errors', { type: 'number', describe: 'report at most this many errors per file' }),
      async (args) => {
        exitCode = await runValidate({ files: args.files as string[], schema: args.schema, defaultSchema: defaults.schema, format: args.format, maxErrors: args.maxErrors }, log);
      },
    )
    .command(
      'render <edition>',
      'Publish TEI as a web edition (static HTML) or a print edition (PDF)',
      (y) =>
        y
          .positional('edition', { choices: ['web', 'print'] as const, demandOption: true })
          .option('in', { type: 'string', demandOption: true, describe: 'directory of TEI documents and registers' })
          .option('out', { type: 'string', demandOption: true, describe: 'output directory' })
          .option('title', { type: 'string', default: defaults.title, describe: 'title of the edition' }),
      async (args) => {
        if (args.edition === 'web') {
          const { pages } = await renderWeb(args.in, args.out, args.title);
          log(`wrote ${pages} pages to ${args.out} (open ${join(args.out, 'index.html')})`);
        } else {
          const { pdf, pages } = await renderPrint(args.in, args.out, args.title);
          log(`wrote ${pdf} (${pages} pages)`);
        }
      },
    )
    .command(
      'build',
      'Convert, validate and publish a directory of transcriptions (default: the sample corpus)',
      (y) =>
        y
          .option('in', { type: 'string', default: defaults.corpus, describe: 'directory of transcriptions' })
          .option('out', { type: 'string', default: defaults.out, describe: 'output directory (tei/, web/, print/)' })
          .option('registers', { type: 'string', default: defaults.registers })
          .option('title', { type: 'string', default: defaults.title })
          .option('force', { type: 'boolean', default: false, describe: 'replace TEI files even if they were edited by hand' })
          .option('pdf', { type: 'boolean', default: true, describe: 'also make the PDF (--no-pdf to skip)' }),
      async (args) => {
        exitCode = await build({ in: args.in, out: args.out, registers: args.registers, title: args.title, force: args.force, pdf: args.pdf, log, warn });
      },
    )
    .command(
      'text <file>',
      'Print the plain text of a TEI document, with the translator\'s brackets restored',
      (y) => y.positional('file', { type: 'string', demandOption: true }).option('out', { type: 'string', describe: 'write to this file instead' }),
      (args) => {
        let xml: string;
        try {
          xml = readFileSync(args.file, 'utf8');
        } catch {
          throw new UserError(`${args.file}: cannot read`);
        }
        const text = `${teiToText(xml)}\n`;
        if (args.out) writeFileSync(args.out, text);
        else process.stdout.write(text);
      },
    )
    .command(
      'entities [files..]',
      'List names the registers do not know, or --accept one into a register',
      (y) =>
        y
          .positional('files', { type: 'string', array: true, describe: 'TEI files or directories' })
          .option('accept', { type: 'string', describe: 'a name to add to a register' })
          .option('as', { choices: ['person', 'place', 'org'] as const, describe: 'register for --accept' })
          .option('id', { type: 'string', describe: 'record id: an existing one to add a variant, or the new record\'s' })
          .option('registers', { type: 'string', default: defaults.registers })
          .option('format', { choices: ['text', 'json'] as const, default: 'text' as const }),
      (args) => {
        if (args.accept) {
          if (!args.as) throw new UserError('entities --accept needs --as person|place|org');
          log(accept(args.registers, args.accept, args.as as EntityType, args.id));
          return;
        }
        const candidates = listCandidates((args.files as string[] | undefined) ?? []);
        if (args.format === 'json') log(JSON.stringify(candidates, null, 2));
        else {
          for (const c of candidates) {
            log(`${String(c.count).padStart(4)}  ${c.name}  (${c.files.length} file${c.files.length === 1 ? '' : 's'})`);
            for (const context of c.contexts) log(`        ${context}`);
          }
          log(`${candidates.length} unknown names; accept one with: tei-edition entities --accept "<name>" --as person|place|org`);
        }
      },
    )
    .demandCommand(1, 'Name a command: convert, validate, render, build, text or entities.')
    .strict()
    .fail((message, error) => {
      if (error) throw error;
      warn(`tei-edition: ${message}`);
      warn("Run \"tei-edition --help\" for usage.");
      exitCode = EXIT.usage;
    })
    .help()
    .version()
    .parseAsync();
  return exitCode;
}

main(hideBin(process.argv)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UserError) {
      warn(`tei-edition: ${error.message}`);
      process.exit(error.exitCode);
    }
    if (error instanceof RegisterError || error instanceof BrowserMissingError || error instanceof RenderError || error instanceof SchemaError) {
      warn(`tei-edition: ${error.message}`);
      process.exit(EXIT.usage);
    }
    const io = error as NodeJS.ErrnoException;
    if (io && ['ENOENT', 'EACCES', 'EISDIR', 'ENOTDIR', 'ENOSPC'].includes(String(io.code))) {
      warn(`tei-edition: ${io.message}`);
      process.exit(EXIT.usage);
    }
    warn(`tei-edition: internal error: ${(error as Error)?.stack ?? String(error)}`);
    process.exit(EXIT.usage);
  },
);
