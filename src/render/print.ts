import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceDirectory } from '../lib/outputs.js';
import { projectRoot } from '../lib/paths.js';
import { launchBrowser } from './browser.js';
import { editionFiles, stylesheetParams } from './edition.js';
import { serveDirectory } from './serve.js';
import { XSLT_DIR, runStylesheet } from './stylesheets.js';

/**
 * The print edition: print.xsl writes one HTML book; Paged.js lays it out in pages (running heads,
 * footnotes, page references) in headless Chromium, which prints it to PDF.
 */
export async function renderPrint(inDir: string, outDir: string, title?: string): Promise<{ pdf: string; pages: number }> {
  const files = editionFiles(inDir);
  return replaceDirectory(outDir, async (temporary) => {
    await runStylesheet('print', { ...stylesheetParams(files, title), 'pager-script': 'paged.polyfill.js' }, temporary);
    for (const asset of ['print.css', 'print-config.js', 'print-index.js']) copyFileSync(join(XSLT_DIR(), 'assets', asset), join(temporary, asset));
    copyFileSync(join(projectRoot(), 'node_modules', 'pagedjs', 'dist', 'paged.polyfill.js'), join(temporary, 'paged.polyfill.js'));

    const server = await serveDirectory(temporary);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const failures: string[] = [];
      page.on('pageerror', (error) => failures.push(error.message));
      await page.goto(`${server.url}edition.html`);
      await page.waitForFunction(() => (window as unknown as { pagedDone?: boolean }).pagedDone === true, undefined, { timeout: 120_000 });
      if (failures.length) throw new Error(`the print layout failed in the browser: ${failures.join('; ')}`);
      const pdf = join(temporary, 'edition.pdf');
      await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
      const pages = (readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      return { pdf: join(outDir, 'edition.pdf'), pages };
    } finally {
      await browser.close();
      await server.close();
    }
  });
}
