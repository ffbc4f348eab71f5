import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from "node:path";
import { projectRoot } from '../lib/paths.js';
import { REGISTER_FILES } from '../registers/index.js';
import { BrowserMissingError } from '../render/browser.js';
import { renderPrint } from '../render/print.js';
import { renderWeb } from '../render/web.js';
import { convertFiles } from './convert.js';
import { EXIT, UserError } from './io.js';
import { runValidate } from './validate.js';

export interface BuildOptions {
  in: string;
  out: string;
  registers: string;
  title?: string;
  force: boolean;
  pdf: boolean;
  log: (line: string) => void;
  warn: (line: string) => void;
}

/**
 * transcriptions → TEI (out/tei, with the registers and schema beside them) → validated → web
 * edition (out/web) and print edition (out/print/edition.pdf). Stops before publishing if the TEI
 * is invalid.
 */
export async function build(options: BuildOptions): Promise<number> {
  const root = projectRoot();
  const files = readdirSync(options.in)
    .filter((f) => /\.(txt|md|markdown|text)$/i.test(f))
    .sort()
    .map((f) => join(options.in, f));
  if (!files.length) throw new UserError(`${options.in}: no transcriptions (.txt, .md) to build`);

  const teiDir = join(options.out, 'tei');
  const schemaDir = join(options.out, 'schemas');
  mkdirSync(teiDir, { recursive: true });
  mkdirSync(schemaDir, { recursive: true });
  const schema = join(schemaDir, 'tei-edition.rng');
  copyFileSync(join(root, 'schemas', 'tei-edition.rng'), schema);
  for (const { file } of Object.values(REGISTER_FILES)) copyFileSync(join(options.registers, file), join(teiDir, file));

  options.log(`convert: ${files.length} transcriptions from ${options.in}`);
  const { written } = convertFiles({ files, out: teiDir, registers: teiDir, schema, force: options.force, emit: 'tei', log: options.log, warn: options.warn });

  options.log('validate:');
  const registerFiles = Object.values(REGISTER_FILES).map(({ file }) => join(teiDir, file));
  const status = await runValidate({ files: [...written, ...registerFiles], defaultSchema: schema, format: 'text', warnings: 'count' }, options.log);
  options.log(`  review the unconfirmed names with: tei-edition entities ${teiDir}`);
  if (status !== EXIT.ok) {
    options.warn('build: the TEI is not valid; fix it before publishing (nothing was rendered)');
    return status;
  }

  const web = await renderWeb(teiDir, join(options.out, 'web'), options.title);
  options.log(`render web: ${web.pages} pages in ${join(options.out, 'web')} (open ${join(options.out, 'web', 'index.html')})`);
  if (options.pdf) {
    try {
      const print = await renderPrint(teiDir, join(options.out, 'print'), options.title);
      options.log(`render print: ${print.pdf} (${print.pages} pages)`);
    } catch (error) {
      // Without a browser the TEI and the web edition are still there: say what to install.
      if (!(error instanceof BrowserMissingError)) throw error;
      options.warn(`render print: skipped — ${error.message}`);
    }
  }
  return EXIT.ok;
}
