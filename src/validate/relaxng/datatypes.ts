import type { Datatype } from './patterns.js';

/**
 * Datatypes for RELAX NG: the built-in library (string, token) and the XML Schema types that TEI
 * and similar schemas use, with their facets (pattern, length, ranges, enumeration by value).
 */

const XSD = 'http://www.w3.org/2001/XMLSchema-datatypes';

const collapse = (s: string) => s.replace(/[ \t\n\r]+/g, ' ').trim();

/** Whitespace handling per type: `preserve` types see the value as is, others collapsed. */
const PRESERVE = new Set(['string']);
const REPLACE = new Set(['normalizedString']);

const NAME_START = 'A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;
const NCNAME = `[${NAME_START}][${NAME_CHAR}]*`;
const DATE = '-?\\d{4,}-\\d{2}-\\d{2}';
const TZ = '(Z|[+-]\\d{2}:\\d{2})?';
const TIME = '\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?';

const LEXICAL: Record<string, RegExp> = {
  string: /^[\s\S]*$/,
  normalizedString: /^[^\t\n\r]*$/,
  token: /^[\s\S]*$/,
  NCName: new RegExp(`^${NCNAME}$`, 'u'),
  ID: new RegExp(`^${NCNAME}$`, 'u'),
  IDREF: new RegExp(`^${NCNAME}$`, 'u'),
  IDREFS: new RegExp(`^${NCNAME}( ${NCNAME})*$`, 'u'),
  ENTITY: new RegExp(`^${NCNAME}$`, 'u'),
  Name: new RegExp(`^[:${NAME_START}][:${NAME_CHAR}]*$`, 'u'),
  QName: new RegExp(`^(${NCNAME}:)?${NCNAME}$`, 'u'),
  NMTOKEN: new RegExp(`^[:${NAME_CHAR}${NAME_START}]+$`, 'u'),
  NMTOKENS: new RegExp(`^[:${NAME_CHAR}${NAME_START}]+( [:${NAME_CHAR}${NAME_START}]+)*$`, 'u'),
  language: /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/,
  anyURI: /^[^\s]*$|^$/,
  boolean: /^(true|false|1|0)$/,
  decimal: /^[+-]?(\d+(\.\d*)?|\.\d+)$/,
  integer: /^[+-]?\d+$/,
  nonNegativeInteger: /^\+?\d+$|^-0+$/,
  positiveInteger: /^\+?0*[1-9]\d*$/,
  nonPositiveInteger: /^-\d+$|^[+-]?0+$/,
  negativeInteger: /^-0*[1-9]\d*$/,
  long: /^[+-]?\d+$/,
  int: /^[+-]?\d+$/,
  short: /^[+-]?\d+$/,
  byte: /^[+-]?\d+$/,
  unsignedLong: /^\+?\d+$/,
  unsignedInt: /^\+?\d+$/,
  unsignedShort: /^\+?\d+$/,
  unsignedByte: /^\+?\d+$/,
  double: /^([+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|-?INF|NaN)$/,
  float: /^([+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|-?INF|NaN)$/,
  date: new RegExp(`^${DATE}${TZ}$`),
  dateTime: new RegExp(`^${DATE}T${TIME}${TZ}$`),
  time: new RegExp(`^${TIME}${TZ}$`),
  gYear: new RegExp(`^-?\\d{4,}${TZ}$`),
  gYearMonth: new RegExp(`^-?\\d{4,}-\\d{2}${TZ}$`),
  gMonth: new RegExp(`^--\\d{2}${TZ}$`),
  gMonthDay: new RegExp(`^--\\d{2}-\\d{2}${TZ}$`),
  gDay: new RegExp(`^---\\d{2}${TZ}$`),
  duration: /^-?P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/,
  hexBinary: /^([0-9a-fA-F]{2})*$/,
  base64Binary: /^[A-Za-z0-9+/=\s]*$/,
};

const RANGES: Record<string, [number, number]> = {
  long: [-(2 ** 63), 2 ** 63 - 1],
  int: [-(2 ** 31), 2 ** 31 - 1],
  short: [-32768, 32767],
  byte: [-128, 127],
  unsignedInt: [0, 2 ** 32 - 1],
  unsignedShort: [0, 65535],
  unsignedByte: [0, 255],
};

export class DatatypeError extends Error {}

/** Check that a datatype is one we know, once, when the schema is compiled. */
export function checkDatatype(dt: Datatype): void {
  if (dt.library === '') {
    if (dt.type !== 'string' && dt.type !== 'token') throw new DatatypeError(`unknown built-in datatype "${dt.type}"`);
    return;
  }
  if (dt.library !== XSD) throw new DatatypeError(`unsupported datatype library "${dt.library}"`);
  if (!(dt.type in LEXICAL)) throw new DatatypeError(`unsupported XML Schema datatype "${dt.type}"`);
  for (const param of dt.params) if (param.name === 'pattern') xsdRegex(param.value);
}

function normalise(dt: Datatype, value: string): string {
  if (dt.library === '' ? dt.type === 'string' : PRESERVE.has(dt.type)) return value;
  if (REPLACE.has(dt.type)) return value.replace(/[\t\n\r]/g, ' ');
  return collapse(value);
}

const regexCache = new Map<string, RegExp>();

/** XML Schema regular expressions are implicitly anchored and know `\i`, `\c` and character class subtraction. */
export function xsdRegex(source: string): RegExp {
  let re = regexCache.get(source);
  if (!re) {
    const translated = source
      .replace(/\\i/g, `[:${NAME_START}]`)
      .replace(/\\I/g, `[^:${NAME_START}]`)
      .replace(/\\c/g, `[:${NAME_CHAR}]`)
      .replace(/\\C/g, `[^:${NAME_CHAR}]`)
      // [a-z-[aeiou]] (subtraction) → (?![aeiou])[a-z]
      .replace(/\[([^[\]]*)-\[([^\]]*)\]\]/g, '(?:(?![$2])[$1])');
    try {
      re = new RegExp(`^(?:${translated})$`, 'u');
    } catch {
      re = new RegExp(`^(?:${translated})$`);
    }
    regexCache.set(source, re);
  }
  return re;
}

export function datatypeAllows(dt: Datatype, raw: string): boolean {
  const value = normalise(dt, raw);
  if (dt.library === '') return true;
  if (!LEXICAL[dt.type]!.test(value)) return false;
  if (['date', 'dateTime', 'gYearMonth'].includes(dt.type) && !realCalendar(value)) return false;
  const range = RANGES[dt.type];
  if (range && (Number(value) < range[0] || Number(value) > range[1])) return false;
  const length = ['NMTOKENS', 'IDREFS'].includes(dt.type) ? value.split(' ').length : [...value].length;
  for (const { name, value: p } of dt.params) {
    switch (name) {
      case 'pattern':
        if (!xsdRegex(p).test(value)) return false;
        break;
      case 'length':
        if (length !== Number(p)) return false;
        break;
      case 'minLength':
        if (length < Number(p)) return false;
        break;
      case 'maxLength':
        if (length > Number(p)) return false;
        break;
      case 'minInclusive':
        if (Number(value) < Number(p)) return false;
        break;
      case 'maxInclusive':
        if (Number(value) > Number(p)) return false;
        break;
      case 'minExclusive':
        if (Number(value) <= Number(p)) return false;
        break;
      case 'maxExclusive':
        if (Number(value) >= Number(p)) return false;
        break;
    }
  }
  return true;
}

function realCalendar(value: string): boolean {
  const m = /^(-?\d{4,})-(\d{2})(?:-(\d{2}))?/.exec(value);
  if (!m) return false;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const year = Number(m[1]);
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day >= 1 && day <= days;
}

/** Equality of a `value` pattern with an instance value, in the datatype's value space. */
export function datatypeEquals(dt: Datatype, expected: string, raw: string): boolean {
  const a = normalise(dt, expected);
  const b = normalise(dt, raw);
  if (dt.library === XSD && ['decimal', 'integer', 'double', 'float', 'int', 'long', 'short', 'byte', 'nonNegativeInteger', 'positiveInteger'].includes(dt.type)) {
    return Number(a) === Number(b);
  }
  return a === b;
}

/** A short description of what a datatype accepts, for messages. */
export function describeDatatype(dt: Datatype): string {
  const pattern = dt.params.find((p) => p.name === 'pattern');
  const base = dt.library === '' ? dt.type : `xsd:${dt.type}`;
  return pattern ? `${base} matching ${pattern.value}` : base;
}
