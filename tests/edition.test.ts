import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_ARGS, findChrome } from '../src/render/browser.js';
import { serveDirectory } from '../src/render/serve.js';
import { ROOT, hasCommand, tempDir } from './helpers.js';

/**
 * End to end, as a user runs it: `tei-edition build` on the sample corpus, then the web edition in
 * headless Chromium and the PDF's text.
 */

const out = tempDir('tei-edition-build-');
let buildOutput = '';
let browser: Browser;
let server: Awaited<ReturnType<typeof serveDirectory>>;

beforeAll(async () => {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'tei-edition.js'), 'build', '--out', out], { encoding: 'utf8' });
  buildOutput = result.stdout + result.stderr;
  if (result.status !== 0) throw new Error(`build failed (${result.status}):\n${buildOutput}`);
  browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  server = await serveDirectory(join(out, 'web'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const titles = () =>
  readdirSync(join(out, 'tei'))
    .filter((f) => !['persons.xml', 'places.xml', 'orgs.xml'].includes(f))
    .map((f) => {
      const xml = readFileSync(join(out, 'tei', f), 'utf8');
      return { id: /<TEI[^>]* xml:id="([^"]+)"/.exec(xml)![1]!, title: /<title>([^<]+)<\/title>/.exec(xml)![1]! };
    });

describe('tei-edition build', () => {
  it('writes the TEI, validates it, and reports each step', () => {
    expect(titles()).toHaveLength(5);
    expect(buildOutput).toMatch(/8 files checked: 8 valid, 0 invalid/);
    expect(buildOutput).toMatch(/dropped \d+ characters of web-page chrome/);
    expect(existsSync(join(out, 'print', 'edition.pdf'))).toBe(true);
  });

  it('leaves no partial output directories behind', () => {
    expect(readdirSync(out).filter((f) => /partial|\.old-/.test(f))).toEqual([]);
  });
});

describe('web edition in Chromium', () => {
  it('shows each document page with its title, highlighted entities linked to the indexes', async () => {
    const page = await browser.newPage();
    for (const { id, title } of titles()) {
      await page.goto(`${server.url}documents/${id}.html`);
      expect((await page.locator('h1').first().textContent())?.trim()).toBe(title.replace(/&amp;/g, '&').replace(/&quot;/g, '"'));
      const people = page.locator('a.entity.person');
      expect(await people.count()).toBeGreaterThan(0);
      const href = await people.first().getAttribute('href');
      expect(href).toMatch(/^\.\.\/persons\.html#[a-z0-9-]+$/);
      expect(await page.locator('a[download]').getAttribute('href')).toMatch(/^\.\.\/tei\/.+\.xml$/);
    }
    await page.close();
  });

  it('lists the documents on the index page in date order', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}index.html`);
    const dates = await page.locator('ol.documents time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
    expect(dates).toHaveLength(5);
    expect([...dates].sort()).toEqual(dates);
    await page.close();
  });

  it('links index entries back into the texts, to the mention itself', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}persons.html`);
    const link = page.locator('#kim-il-sung + dd ul.occurrences a[href*="#m"]').first();
    const href = (await link.getAttribute('href'))!;
    await page.goto(`${server.url}${href}`);
    const anchor = href.split('#')[1]!;
    expect(await page.locator(`#${anchor}`).textContent()).toMatch(/Kim I[lI] Sung|KIM IL SUNG|Kim/);
    await page.close();
  });

  it('finds documents by a word and by a name in search', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search.html`);
    await page.fill('#q', 'Kosygin');
    await expect.poll(() => page.locator('#results li').count()).toBeGreaterThan(0);
    expect(await page.locator('#search-status').textContent()).toMatch(/\d+ documents? found/);
    await page.fill('#q', 'zzzznotaword');
    await expect.poll(() => page.locator('#search-status').textContent()).toBe('0 documents found');
    await page.close();
  });

  it('has a timeline of the documents and the dates they mention', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}dates.html`);
    expect(await page.locator('ol.timeline li').count()).toBe(5);
    expect(await page.locator('section.year').count()).toBeGreaterThan(3);
    await page.close();
  });
});

describe.runIf(hasCommand('pdftotext'))('print edition', () => {
  it('is a PDF with pages, every document title, a contents list and an index with page numbers', () => {
    const pdf = join(out, 'print', 'edition.pdf');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThan(10);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const { title } of titles()) expect(text).toContain(title.replace(/&quot;/g, '"').replace(/\s+/g, ' '));
    expect(text).toMatch(/Contents/);
    expect(text).toMatch(/Index of persons .*Nikita Khrushchev \d+/);
  });
});
