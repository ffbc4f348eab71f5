import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RenderError } from './stylesheets.js';

/** The TEI files of an edition directory: documents, and the registers they point into. */
export interface EditionFiles {
  documents: string[];
  registers: string[];
}

const REGISTER = /<(listPerson|listPlace|listOrg)\b/;

export function editionFiles(dir: string): EditionFiles {
  const heads = readdirSync(dir)
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((f) => resolve(join(dir, f)))
    .map((file) => ({ file, head: readFileSync(file, 'utf8').slice(0, 4000) }));
  const registers = heads.filter((h) => REGISTER.test(h.head)).map((h) => h.file);
  const documents = heads.filter((h) => !REGISTER.test(h.head));
  if (!documents.length) throw new RenderError(`no TEI documents in ${dir}`);
  // Pages are named by the documents' xml:id: two documents with one id would overwrite each other.
  const byId = new Map<string, string>();
  for (const { file, head } of documents) {
    const id = /<TEI\b[^>]*\sxml:id="([^"]+)"/.exec(head)?.[1];
    if (!id) throw new RenderError(`${file}: the <TEI> element has no xml:id, which names its page`);
    if (byId.has(id)) throw new RenderError(`${file} and ${byId.get(id)} have the same xml:id "${id}"; give each document its own`);
    byId.set(id, file);
  }
  return { documents: documents.map((d) => d.file), registers };
}

export function stylesheetParams(files: EditionFiles, title?: string): Record<string, unknown> {
  return {
    'document-uris': files.documents.map((f) => pathToFileURL(f).href),
    'register-uris': files.registers.map((f) => pathToFileURL(f).href),
    ...(title ? { 'edition-title': title } : {}),
  };
}
