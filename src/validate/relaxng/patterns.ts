/**
 * RELAX NG patterns after simplification, hash-consed: structurally equal patterns are the same
 * object with the same id, so derivatives can be memoised by id (James Clark's algorithm,
 * "An algorithm for RELAX NG validation", 2002).
 */

export type NameClass =
  | { t: 'name'; ns: string; local: string }
  | { t: 'anyName'; except?: NameClass }
  | { t: 'nsName'; ns: string; except?: NameClass }
  | { t: 'choice'; a: NameClass; b: NameClass };

export interface Datatype {
  library: string;
  type: string;
  params: { name: string; value: string }[];
}

export type Pattern =
  | { t: 'empty'; id: number }
  | { t: 'notAllowed'; id: number }
  | { t: 'text'; id: number }
  | { t: 'choice'; id: number; a: Pattern; b: Pattern }
  | { t: 'interleave'; id: number; a: Pattern; b: Pattern }
  | { t: 'group'; id: number; a: Pattern; b: Pattern }
  | { t: 'after'; id: number; a: Pattern; b: Pattern }
  | { t: 'oneOrMore'; id: number; p: Pattern }
  | { t: 'list'; id: number; p: Pattern }
  | { t: 'data'; id: number; dt: Datatype; except?: Pattern }
  | { t: 'value'; id: number; dt: Datatype; value: string; ns: string }
  | { t: 'attribute'; id: number; nc: NameClass; p: Pattern }
  | ElementPattern;

/** Element content is resolved lazily: recursion in a grammar always passes through an element. */
export interface ElementPattern {
  t: 'element';
  id: number;
  nc: NameClass;
  readonly content: Pattern;
}

export function nameClassContains(nc: NameClass, ns: string, local: string): boolean {
  switch (nc.t) {
    case 'name':
      return nc.ns === ns && nc.local === local;
    case 'anyName':
      return !nc.except || !nameClassContains(nc.except, ns, local);
    case 'nsName':
      return nc.ns === ns && (!nc.except || !nameClassContains(nc.except, ns, local));
    case 'choice':
      return nameClassContains(nc.a, ns, local) || nameClassContains(nc.b, ns, local);
  }
}

/** Readable names for messages: `<persName>`, `any element`, `any element in namespace x`. */
export function describeNameClass(nc: NameClass, kind: 'element' | 'attribute'): string[] {
  switch (nc.t) {
    case 'name':
      return [kind === 'element' ? `<${nc.local}>` : `@${nc.ns === 'http://www.w3.org/XML/1998/namespace' ? 'xml:' : ''}${nc.local}`];
    case 'anyName':
      return [`any ${kind}`];
    case 'nsName':
      return [`any ${kind} in namespace ${nc.ns || '(none)'}`];
    case 'choice':
      return [...describeNameClass(nc.a, kind), ...describeNameClass(nc.b, kind)];
  }
}

/** The factory: builds patterns, applying the simplification identities, and shares equal ones. */
export class Patterns {
  private next = 0;
  private readonly table = new Map<string, Pattern>();
  readonly empty = this.intern('empty', () => ({ t: 'empty', id: this.next++ }));
  readonly notAllowed = this.intern('notAllowed', () => ({ t: 'notAllowed', id: this.next++ }));
  readonly text = this.intern('text', () => ({ t: 'text', id: this.next++ }));

  get size(): number {
    return this.next;
  }

  private intern<P extends Pattern>(key: string, make: () => P): P {
    let found = this.table.get(key) as P | undefined;
    if (!found) {
      found = make();
      this.table.set(key, found);
    }
    return found;
  }

  choice(a: Pattern, b: Pattern): Pattern {
    if (a.t === 'notAllowed') return b;
    if (b.t === 'notAllowed') return a;
    if (a === b) return a;
    // Keep choices flat and ordered so that equal sets of alternatives are one pattern.
    const alternatives = new Map<number, Pattern>();
    for (const p of [...this.alternatives(a), ...this.alternatives(b)]) alternatives.set(p.id, p);
    const sorted = [...alternatives.values()].sort((x, y) => x.id - y.id);
    return sorted.reduce((left, right) => this.binary('choice', left, right));
  }

  private alternatives(p: Pattern): Pattern[] {
    return p.t === 'choice' ? [...this.alternatives(p.a), ...this.alternatives(p.b)] : [p];
  }

  group(a: Pattern, b: Pattern): Pattern {
    if (a.t === 'notAllowed' || b.t === 'notAllowed') return this.notAllowed;
    if (a.t === 'empty') return b;
    if (b.t === 'empty') return a;
    return this.binary('group', a, b);
  }

  interleave(a: Pattern, b: Pattern): Pattern {
    if (a.t === 'notAllowed' || b.t === 'notAllowed') return this.notAllowed;
    if (a.t === 'empty') return b;
    if (b.t === 'empty') return a;
    return a.id <= b.id ? this.binary('interleave', a, b) : this.binary('interleave', b, a);
  }

  after(a: Pattern, b: Pattern): Pattern {
    if (a.t === 'notAllowed' || b.t === 'notAllowed') return this.notAllowed;
    return this.binary('after', a, b);
  }

  oneOrMore(p: Pattern): Pattern {
    if (p.t === 'notAllowed' || p.t === 'empty') return p;
    return this.intern(`oneOrMore ${p.id}`, () => ({ t: 'oneOrMore', id: this.next++, p }));
  }

  list(p: Pattern): Pattern {
    return this.intern(`list ${p.id}`, () => ({ t: 'list', id: this.next++, p }));
  }

  data(dt: Datatype, except?: Pattern): Pattern {
    return this.intern(`data ${JSON.stringify(dt)} ${except?.id ?? ''}`, () => ({ t: 'data', id: this.next++, dt, ...(except ? { except } : {}) }));
  }

  value(dt: Datatype, value: string, ns: string): Pattern {
    return this.intern(`value ${JSON.stringify([dt, value, ns])}`, () => ({ t: 'value', id: this.next++, dt, value, ns }));
  }

  attribute(nc: NameClass, p: Pattern): Pattern {
    return this.intern(`attribute ${JSON.stringify(nc)} ${p.id}`, () => ({ t: 'attribute', id: this.next++, nc, p }));
  }

  /** A new element pattern (never shared: its content may not be known yet). */
  element(nc: NameClass, content: () => Pattern): ElementPattern {
    let resolved: Pattern | undefined;
    return {
      t: 'element',
      id: this.next++,
      nc,
      get content() {
        resolved ??= content();
        return resolved;
      },
    };
  }

  private binary(t: 'choice' | 'group' | 'interleave' | 'after', a: Pattern, b: Pattern): Pattern {
    return this.intern(`${t} ${a.id} ${b.id}`, () => ({ t, id: this.next++, a, b }) as Pattern);
  }
}
