import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { writeFileAtomic } from '../lib/files.js';

/**
 * The edition's registers: personography, gazetteer and list of organisations, as TEI files the
 * editors own (`tei/persons.xml`, `tei/places.xml`, `tei/orgs.xml`). Recognition reads them; only
 * `tei-edition entities --accept` writes them, and it inserts text without reformatting the file.
 */

export type EntityType = 'person' | 'place' | 'org';

export interface AuthorityRecord {
  id: string;
  type: EntityType;
  preferred: string;
  /** Every name form an editor recorded, the preferred one included. */
  names: string[];
  note?: string;
  /** Place type (country, settlement...) or other classification. */
  kind?: string;
  birth?: string;
  death?: string;
  idnos: { type: string; value: string }[];
}

export interface Registers {
  dir: string;
  records: AuthorityRecord[];
  byId: Map<string, AuthorityRecord>;
}

export const REGISTER_FILES: Record<EntityType, { file: string; list: string; item: string; name: string; prefix: string }> = {
  person: { file: 'persons.xml', list: 'listPerson', item: 'person', name: 'persName', prefix: 'psn' },
  place: { file: 'places.xml', list: 'listPlace', item: 'place', name: 'placeName', prefix: 'plc' },
  org: { file: 'orgs.xml', list: 'listOrg', item: 'org', name: 'orgName', prefix: 'org' },
};

export class RegisterError extends Error {}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['person', 'place', 'org', 'persName', 'placeName', 'orgName', 'idno', 'note'].includes(name),
  processEntities: true,
  htmlEntities: true,
});

function textOf(node: unknown): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (node && typeof node === 'object' && '#text' in node) return String((node as { '#text': unknown })['#text']);
  return '';
}

export function loadRegisters(dir: string): Registers {
  const records: AuthorityRecord[] = [];
  for (const type of Object.keys(REGISTER_FILES) as EntityType[]) {
    const spec = REGISTER_FILES[type];
    const path = join(dir, spec.file);
    if (!existsSync(path)) continue;
    const xml = readFileSync(path, 'utf8');
    const valid = XMLValidator.validate(xml);
    if (valid !== true) {
      throw new RegisterError(`${path}:${valid.err.line}:${valid.err.col}: ${valid.err.msg}`);
    }
    const list = findKey(parser.parse(xml), spec.list) as Record<string, unknown> | undefined;
    for (const item of ((list?.[spec.item] as Record<string, unknown>[] | undefined) ?? [])) {
      const names = ((item[spec.name] as unknown[]) ?? []).map(textOf).map((s) => s.trim()).filter(Boolean);
      const id = String(item['@xml:id'] ?? '');
      if (!id || !names.length) throw new RegisterError(`${path}: a ${spec.item} without xml:id or ${spec.name} (${id || names[0]})`);
      records.push({
        id,
        type,
        preferred: names[0]!,
        names,
        note: ((item.note as unknown[]) ?? []).map(textOf).join(' ').trim() || undefined,
        kind: item['@type'] ? String(item['@type']) : undefined,
        birth: (item.birth as Record<string, string> | undefined)?.['@when'],
        death: (item.death as Record<string, string> | undefined)?.['@when'],
        idnos: ((item.idno as unknown[]) ?? []).map((n) => ({
          type: String((n as Record<string, string>)['@type'] ?? ''),
          value: textOf(n).trim(),
        })),
      });
    }
  }
  checkRegisters(records);
  return { dir, records, byId: new Map(records.map((r) => [r.id, r])) };
}

/** Unique ids; no name form claimed by two records (it could not be linked to either). */
export function checkRegisters(records: AuthorityRecord[]): void {
  const ids = new Map<string, AuthorityRecord>();
  const names = new Map<string, AuthorityRecord>();
  const problems: string[] = [];
  for (const r of records) {
    if (ids.has(r.id)) problems.push(`duplicate xml:id "${r.id}" (${ids.get(r.id)!.type} and ${r.type})`);
    ids.set(r.id, r);
    for (const name of new Set(r.names)) {
      const other = names.get(name);
      if (other && other.id !== r.id) {
        problems.push(`name "${name}" is claimed by both "${other.id}" and "${r.id}"; keep it on one record`);
      }
      names.set(name, r);
    }
  }
  if (problems.length) throw new RegisterError(`register check failed:\n  ${problems.join('\n  ')}`);
}

function findKey(node: unknown, key: string): unknown {
  if (!node || typeof node !== 'object') return undefined;
  if (key in node) return (node as Record<string, unknown>)[key];
  for (const value of Object.values(node)) {
    const found = findKey(value, key);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** `psn:kim-il-sung`: the TEI pointer for a record, expanded by the `prefixDef`s of each TEI header. */
export function refFor(record: Pick<AuthorityRecord, 'type' | 'id'>): string {
  return `${REGISTER_FILES[record.type].prefix}:${record.id}`;
}

export function slugifyName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Add `name` to the register: as a variant of record `id` if it exists, else as a new record.
 * Returns what was done. The file is edited as text, so editors' formatting and comments survive.
 */
export function acceptName(dir: string, type: EntityType, name: string, id = slugifyName(name)): string {
  const spec = REGISTER_FILES[type];
  const path = join(dir, spec.file);
  const registers = loadRegisters(dir);
  const owner = registers.records.find((r) => r.names.includes(name));
  if (owner) return `"${name}" is already recorded on ${owner.type} "${owner.id}"; nothing to do`;
  if (!existsSync(path)) throw new RegisterError(`${path}: no such register`);
  let xml = readFileSync(path, 'utf8');
  const existing = registers.byId.get(id);
  let done: string;
  if (existing) {
    if (existing.type !== type) throw new RegisterError(`"${id}" is a ${existing.type}, not a ${type}`);
    const open = new RegExp(`<${spec.item}\\b[^>]*xml:id="${id}"[^>]*>`).exec(xml)!;
    const close = xml.indexOf(`</${spec.item}>`, open.index);
    const lastName = xml.lastIndexOf(`</${spec.name}>`, close) + `</${spec.name}>`.length;
    const indent = /\n([ \t]*)<[^/]/.exec(xml.slice(open.index + open[0].length))?.[1] ?? '  ';
    xml = `${xml.slice(0, lastName)}\n${indent}<${spec.name} type="variant">${escapeXml(name)}</${spec.name}>${xml.slice(lastName)}`;
    done = `added "${name}" as a variant of ${type} "${id}"`;
  } else {
    if (!/^[A-Za-z_][\w.-]*$/.test(id)) throw new RegisterError(`"${id}" is not a valid xml:id`);
    const close = xml.lastIndexOf(`</${spec.list}>`);
    if (close < 0) throw new RegisterError(`${path}: no <${spec.list}> to add to`);
    const lineStart = xml.lastIndexOf('\n', close) + 1;
    const indent = /^[ \t]*$/.test(xml.slice(lineStart, close)) ? xml.slice(lineStart, close) : '';
    const at = indent || lineStart === close ? lineStart : close;
    const record =
      `${indent}  <${spec.item} xml:id="${id}">\n${indent}    <${spec.name} type="preferred">${escapeXml(name)}</${spec.name}>\n` +
      `${indent}  </${spec.item}>\n`;
    xml = xml.slice(0, at) + record + xml.slice(at);
    done = `added ${type} "${id}" (${name})`;
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new RegisterError(`refusing to write ${path}: the edit would make it malformed (${valid.err.msg})`);
  writeFileAtomic(path, xml);
  return done;
}
