import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import SaxonJS from 'saxon-js';
import { projectRoot } from '../lib/paths.js';

/**
 * XSLT 3.0 with SaxonJS. Stylesheets are compiled to SEF once (at `npm run build`, by xslt3) and
 * each SEF is loaded once per process. An SEF older than any stylesheet is recompiled first, so an
 * edited stylesheet is never silently ignored.
 */

export const XSLT_DIR = () => join(projectRoot(), 'xslt');
const SEF_DIR = () => join(projectRoot(), 'dist', 'xslt');

export function compileStylesheet(name: string): string {
  const source = join(XSLT_DIR(), `${name}.xsl`);
  const sef = join(SEF_DIR(), `${name}.sef.json`);
  mkdirSync(SEF_DIR(), { recursive: true });
  const xslt3 = join(projectRoot(), 'node_modules', 'xslt3', 'xslt3.js');
  execFileSync(process.execPath, [xslt3, `-xsl:${source}`, `-export:${sef}`, '-nogo', '-relocate:on'], { stdio: ['ignore', 'ignore', 'pipe'] });
  return sef;
}

function sefFor(name: string): string {
  const sef = join(SEF_DIR(), `${name}.sef.json`);
  const newestSource = Math.max(...readdirSync(XSLT_DIR()).filter((f) => f.endsWith('.xsl')).map((f) => statSync(join(XSLT_DIR(), f)).mtimeMs));
  if (!existsSync(sef) || statSync(sef).mtimeMs < newestSource) compileStylesheet(name);
  return sef;
}

export class RenderError extends Error {}

const loaded = new Map<string, unknown>();

/** Run `main` of a stylesheet; result documents are written under `outputDir`. */
export async function runStylesheet(name: string, params: Record<string, unknown>, outputDir: string): Promise<void> {
  const sef = sefFor(name);
  let internal = loaded.get(sef);
  if (!internal) {
    internal = JSON.parse(readFileSync(sef, 'utf8'));
    loaded.set(sef, internal);
  }
  try {
    await SaxonJS.transform(
      {
        stylesheetInternal: internal,
        initialTemplate: 'main',
        stylesheetParams: params,
        destination: 'serialized',
        baseOutputURI: pathToFileURL(`${outputDir}/`).href,
      },
      'async',
    );
  } catch (error) {
    // SaxonJS errors carry an XPath/XSLT code and a message naming the stylesheet line.
    const e = error as { code?: string; message?: string };
    throw new RenderError(`xslt/${name}.xsl failed${e.code ? ` (${e.code})` : ''}: ${e.message ?? String(error)}`);
  }
}
