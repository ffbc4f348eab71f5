import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { replaceDirectory } from '../lib/outputs.js';
import { projectRoot } from '../lib/paths.js';
import { editionFiles, stylesheetParams } from './edition.js';
import { XSLT_DIR, runStylesheet } from './stylesheets.js';

/** The web edition: static HTML from web.xsl, its assets, and the TEI for download. */
export async function renderWeb(inDir: string, outDir: string, title?: string): Promise<{ pages: number }> {
  const files = editionFiles(inDir);
  return replaceDirectory(outDir, async (temporary) => {
    await runStylesheet('web', stylesheetParams(files, title), temporary);
    mkdirSync(join(temporary, 'assets'), { recursive: true });
    for (const asset of ['edition.css', 'search.js']) copyFileSync(join(XSLT_DIR(), 'assets', asset), join(temporary, 'assets', asset));
    mkdirSync(join(temporary, 'tei'), { recursive: true });
    for (const file of [...files.documents, ...files.registers]) copyFileSync(file, join(temporary, 'tei', basename(file)));
    // The downloaded TEI names its schema as ../schemas/tei-edition.rng: ship it beside.
    mkdirSync(join(temporary, 'schemas'), { recursive: true });
    copyFileSync(join(projectRoot(), 'schemas', 'tei-edition.rng'), join(temporary, 'schemas', 'tei-edition.rng'));
    const pages = readdirSync(temporary, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
    return { pages };
  });
}
