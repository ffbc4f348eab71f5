import { datatypeAllows, datatypeEquals } from './datatypes.js';
import type { NameClass, Pattern, Patterns } from './patterns.js';
import { nameClassContains } from './patterns.js';

/**
 * Derivatives of patterns with respect to the events of a document (Clark's algorithm). Each
 * function answers "what may follow once this event has been seen?"; notAllowed means the event
 * was invalid. Results are memoised by pattern id, so repeated structures cost one computation.
 */

export interface QName {
  ns: string;
  local: string;
}

type After = (p: Pattern) => Pattern;

export class Derivatives {
  private readonly nullableMemo = new Map<number, boolean>();
  private readonly openMemo = new Map<string, Pattern>();
  private readonly closeMemo = new Map<number, Pattern>();
  private readonly endMemo = new Map<number, Pattern>();
  private readonly textMemo = new Map<number, Pattern>();
  private readonly valueSensitive = new Map<number, boolean>();

  constructor(private readonly p: Patterns) {}

  nullable(p: Pattern): boolean {
    let result = this.nullableMemo.get(p.id);
    if (result !== undefined) return result;
    switch (p.t) {
      case 'empty':
      case 'text':
        result = true;
        break;
      case 'choice':
        result = this.nullable(p.a) || this.nullable(p.b);
        break;
      case 'group':
      case 'interleave':
        result = this.nullable(p.a) && this.nullable(p.b);
        break;
      case 'oneOrMore':
        result = this.nullable(p.p);
        break;
      default:
        result = false;
    }
    this.nullableMemo.set(p.id, result);
    return result;
  }

  private applyAfter(f: After, p: Pattern): Pattern {
    switch (p.t) {
      case 'after':
        return this.p.after(p.a, f(p.b));
      case 'choice':
        return this.p.choice(this.applyAfter(f, p.a), this.applyAfter(f, p.b));
      default:
        return this.p.notAllowed;
    }
  }

  startTagOpen(p: Pattern, name: QName): Pattern {
    const key = `${p.id} ${name.ns} ${name.local}`;
    let result = this.openMemo.get(key);
    if (result) return result;
    switch (p.t) {
      case 'choice':
        result = this.p.choice(this.startTagOpen(p.a, name), this.startTagOpen(p.b, name));
        break;
      case 'element':
        result = nameClassContains(p.nc, name.ns, name.local) ? this.p.after(p.content, this.p.empty) : this.p.notAllowed;
        break;
      case 'interleave': {
        const { a, b } = p;
        result = this.p.choice(
          this.applyAfter((x) => this.p.interleave(x, b), this.startTagOpen(a, name)),
          this.applyAfter((x) => this.p.interleave(a, x), this.startTagOpen(b, name)),
        );
        break;
      }
      case 'oneOrMore': {
        const rest = this.p.choice(p, this.p.empty);
        result = this.applyAfter((x) => this.p.group(x, rest), this.startTagOpen(p.p, name));
        break;
      }
      case 'group': {
        const { a, b } = p;
        const x = this.applyAfter((y) => this.p.group(y, b), this.startTagOpen(a, name));
        result = this.nullable(a) ? this.p.choice(x, this.startTagOpen(b, name)) : x;
        break;
      }
      case 'after': {
        const { b } = p;
        result = this.applyAfter((y) => this.p.after(y, b), this.startTagOpen(p.a, name));
        break;
      }
      default:
        result = this.p.notAllowed;
    }
    this.openMemo.set(key, result);
    return result;
  }

  attribute(p: Pattern, name: QName, value: string): Pattern {
    switch (p.t) {
      case 'after':
        return this.p.after(this.attribute(p.a, name, value), p.b);
      case 'choice':
        return this.p.choice(this.attribute(p.a, name, value), this.attribute(p.b, name, value));
      case 'group':
        return this.p.choice(this.p.group(this.attribute(p.a, name, value), p.b), this.p.group(p.a, this.attribute(p.b, name, value)));
      case 'interleave':
        return this.p.choice(this.p.interleave(this.attribute(p.a, name, value), p.b), this.p.interleave(p.a, this.attribute(p.b, name, value)));
      case 'oneOrMore':
        return this.p.group(this.attribute(p.p, name, value), this.p.choice(p, this.p.empty));
      case 'attribute':
        return nameClassContains(p.nc, name.ns, name.local) && this.valueMatches(p.p, value) ? this.p.empty : this.p.notAllowed;
      default:
        return this.p.notAllowed;
    }
  }

  /** An attribute value, or the whole text of a data-only element. */
  valueMatches(p: Pattern, value: string): boolean {
    return (this.nullable(p) && /^[ \t\r\n]*$/.test(value)) || this.nullable(this.text(p, value));
  }

  startTagClose(p: Pattern): Pattern {
    let result = this.closeMemo.get(p.id);
    if (result) return result;
    switch (p.t) {
      case 'after':
        result = this.p.after(this.startTagClose(p.a), p.b);
        break;
      case 'choice':
        result = this.p.choice(this.startTagClose(p.a), this.startTagClose(p.b));
        break;
      case 'group':
        result = this.p.group(this.startTagClose(p.a), this.startTagClose(p.b));
        break;
      case 'interleave':
        result = this.p.interleave(this.startTagClose(p.a), this.startTagClose(p.b));
        break;
      case 'oneOrMore':
        result = this.p.oneOrMore(this.startTagClose(p.p));
        break;
      case 'attribute':
        result = this.p.notAllowed;
        break;
      default:
        result = p;
    }
    this.closeMemo.set(p.id, result);
    return result;
  }

  /**
   * Whether the derivative by a text depends on the text itself (data, value and list patterns
   * reachable before any element). Mixed content usually does not: then it is memoised by pattern.
   */
  private dependsOnValue(p: Pattern): boolean {
    let result = this.valueSensitive.get(p.id);
    if (result !== undefined) return result;
    this.valueSensitive.set(p.id, true);
    switch (p.t) {
      case 'data':
      case 'value':
      case 'list':
        result = true;
        break;
      case 'choice':
      case 'interleave':
      case 'group':
      case 'after':
        result = this.dependsOnValue(p.a) || this.dependsOnValue(p.b);
        break;
      case 'oneOrMore':
        result = this.dependsOnValue(p.p);
        break;
      default:
        result = false;
    }
    this.valueSensitive.set(p.id, result);
    return result;
  }

  text(p: Pattern, s: string): Pattern {
    if (this.dependsOnValue(p)) return this.textUncached(p, s);
    let result = this.textMemo.get(p.id);
    if (!result) {
      result = this.textUncached(p, s);
      this.textMemo.set(p.id, result);
    }
    return result;
  }

  private textUncached(p: Pattern, s: string): Pattern {
    switch (p.t) {
      case 'choice':
        return this.p.choice(this.text(p.a, s), this.text(p.b, s));
      case 'interleave':
        return this.p.choice(this.p.interleave(this.text(p.a, s), p.b), this.p.interleave(p.a, this.text(p.b, s)));
      case 'group': {
        const x = this.p.group(this.text(p.a, s), p.b);
        return this.nullable(p.a) ? this.p.choice(x, this.text(p.b, s)) : x;
      }
      case 'after':
        return this.p.after(this.text(p.a, s), p.b);
      case 'oneOrMore':
        return this.p.group(this.text(p.p, s), this.p.choice(p, this.p.empty));
      case 'text':
        return p;
      case 'value':
        return datatypeEquals(p.dt, p.value, s) ? this.p.empty : this.p.notAllowed;
      case 'data':
        return datatypeAllows(p.dt, s) && !(p.except && this.valueMatches(p.except, s)) ? this.p.empty : this.p.notAllowed;
      case 'list':
        return this.nullable(this.listTokens(p.p, s.split(/[ \t\r\n]+/).filter(Boolean))) ? this.p.empty : this.p.notAllowed;
      default:
        return this.p.notAllowed;
    }
  }

  private listTokens(p: Pattern, tokens: string[]): Pattern {
    return tokens.reduce((q, token) => this.text(q, token), p);
  }

  /** Text between tags; whitespace alone may also be ignored. */
  mixedText(p: Pattern, s: string): Pattern {
    const derived = this.text(p, s);
    return /^[ \t\r\n]*$/.test(s) ? this.p.choice(p, derived) : derived;
  }

  endTag(p: Pattern): Pattern {
    let result = this.endMemo.get(p.id);
    if (result) return result;
    switch (p.t) {
      case 'choice':
        result = this.p.choice(this.endTag(p.a), this.endTag(p.b));
        break;
      case 'after':
        result = this.nullable(p.a) ? p.b : this.p.notAllowed;
        break;
      default:
        result = this.p.notAllowed;
    }
    this.endMemo.set(p.id, result);
    return result;
  }

  // Recovery after an error, so that one mistake does not hide the rest of the file. ............

  /** Leave the current element whatever its content: what follows it. */
  endTagRecover(p: Pattern): Pattern {
    switch (p.t) {
      case 'choice':
        return this.p.choice(this.endTagRecover(p.a), this.endTagRecover(p.b));
      case 'after':
        return p.b;
      default:
        return this.p.notAllowed;
    }
  }

  /**
   * Rebuild the current content (the first half of each `after`), changing its leaves with
   * `leaf` and its repetitions with `repeat`: the common walk of the recovery rewrites below.
   */
  private rewrite(p: Pattern, leaf: (p: Pattern) => Pattern, repeat: (inner: Pattern) => Pattern): Pattern {
    const again = (q: Pattern) => this.rewrite(q, leaf, repeat);
    switch (p.t) {
      case 'after':
        return this.p.after(again(p.a), p.b);
      case 'choice':
        return this.p.choice(again(p.a), again(p.b));
      case 'group':
        return this.p.group(again(p.a), again(p.b));
      case 'interleave':
        return this.p.interleave(again(p.a), again(p.b));
      case 'oneOrMore':
        return repeat(again(p.p));
      default:
        return leaf(p);
    }
  }

  /**
   * The current content with every required child made optional: if an unexpected element fits
   * there, it came too early and the elements before it are missing ("not allowed yet").
   */
  skipRequired(p: Pattern): Pattern {
    return this.rewrite(
      p,
      (leaf) => (leaf.t === 'element' ? this.p.choice(leaf, this.p.empty) : leaf),
      (inner) => this.p.choice(this.p.oneOrMore(inner), this.p.empty),
    );
  }

  /** Close a start tag whose required attributes are missing: treat them as given. */
  startTagCloseRecover(p: Pattern): Pattern {
    const dropped = this.rewrite(p, (leaf) => (leaf.t === 'attribute' ? this.p.empty : leaf), (inner) => this.p.oneOrMore(inner));
    return this.startTagClose(dropped);
  }

  // What was expected, for messages. ...........................................................

  /** Element name classes that could start here. */
  expectedElements(p: Pattern, seen = new Set<number>()): NameClass[] {
    if (seen.has(p.id)) return [];
    seen.add(p.id);
    switch (p.t) {
      case 'element':
        return [p.nc];
      case 'choice':
        return [...this.expectedElements(p.a, seen), ...this.expectedElements(p.b, seen)];
      case 'interleave':
        return [...this.expectedElements(p.a, seen), ...this.expectedElements(p.b, seen)];
      case 'group':
        return [...this.expectedElements(p.a, seen), ...(this.nullable(p.a) ? this.expectedElements(p.b, seen) : [])];
      case 'oneOrMore':
        return this.expectedElements(p.p, seen);
      case 'after':
        return this.expectedElements(p.a, seen);
      default:
        return [];
    }
  }

  /** Attribute patterns still open in the current start tag. */
  attributesIn(p: Pattern, seen = new Set<number>()): { nc: NameClass; p: Pattern; required: boolean }[] {
    if (seen.has(p.id)) return [];
    seen.add(p.id);
    switch (p.t) {
      case 'attribute':
        return [{ nc: p.nc, p: p.p, required: true }];
      case 'after':
        return this.attributesIn(p.a, seen);
      case 'choice': {
        const optional = this.nullable(p.a) || this.nullable(p.b) || p.a.t === 'empty' || p.b.t === 'empty';
        return [...this.attributesIn(p.a, seen), ...this.attributesIn(p.b, seen)].map((a) => ({ ...a, required: a.required && !optional }));
      }
      case 'group':
      case 'interleave':
        return [...this.attributesIn(p.a, seen), ...this.attributesIn(p.b, seen)];
      case 'oneOrMore':
        return this.attributesIn(p.p, seen);
      default:
        return [];
    }
  }

  /** Whether text would be accepted here (for "text is not allowed here"). */
  allowsText(p: Pattern): boolean {
    return this.text(p, 'x').t !== 'notAllowed';
  }
}
