/**
 * Reads a regular expression into a syntax tree (`syntax.ts`). The pattern must already
 * have passed `new RegExp(pattern)`: syntax errors are the browser's to word, and this
 * parser only has to agree with it on valid patterns (Annex B, no `u` flag: `{` that
 * starts no quantifier is a literal, `[\d-z]` is three items, `\x` without hex digits is
 * an `x`). What it refuses is what a linear-time matcher cannot do: backreferences and
 * lookaround; and what would be read differently from what the person expects (`\p{…}`
 * without the `u` flag is just a `p`, octal escapes).
 */
import {
  DIGITS,
  LINE_TERMINATORS,
  SPACE,
  WORD,
  complementRanges,
  normalizeRanges,
  type Assertion,
  type CodeRange,
  type RegexNode,
} from './syntax';

export type ParseOutcome = { ok: true; node: RegexNode } | { ok: false; feature: string };

/** Thrown inside the parser only; `parseRegex` turns it into an outcome. */
class Unsupported {
  constructor(readonly feature: string) {}
}

type EscapeAtom = { code: number } | { ranges: CodeRange[] } | { assertion: Assertion };

const CLASS_ESCAPES: Record<string, CodeRange[]> = {
  d: DIGITS,
  D: complementRanges(DIGITS),
  w: WORD,
  W: complementRanges(WORD),
  s: SPACE,
  S: complementRanges(SPACE),
};

const CONTROL_ESCAPES: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13 };

const BRACES = /\{(\d+)(,(\d*))?\}/y;

const literal = (code: number): RegexNode => ({
  kind: 'chars',
  set: { ranges: [[code, code]], negated: false },
});

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  parse(): RegexNode {
    const node = this.alternation();
    if (this.pos < this.src.length) throw new Unsupported(this.src.slice(this.pos, this.pos + 1));
    return node;
  }

  private peek(offset = 0): string | undefined {
    return this.src[this.pos + offset];
  }

  private alternation(): RegexNode {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.pos += 1;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { kind: 'alternation', options };
  }

  private sequence(): RegexNode {
    const items: RegexNode[] = [];
    while (this.pos < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      // `(^)+` is a quantified group, which the browser accepts; `^+` is not.
      const grouped = this.peek() === '(';
      items.push(this.quantified(this.atom(), grouped));
    }
    if (items.length === 0) return { kind: 'empty' };
    return items.length === 1 ? items[0]! : { kind: 'sequence', items };
  }

  /** `{n}`, `{n,}` or `{n,m}` at the current position, without moving; null if none. */
  private braces(): { min: number; max: number; length: number } | null {
    BRACES.lastIndex = this.pos;
    const match = BRACES.exec(this.src);
    if (!match) return null;
    const min = Number(match[1]);
    const max = match[2] === undefined ? min : match[3] ? Number(match[3]) : Infinity;
    return { min, max, length: match[0].length };
  }

  private quantified(atom: RegexNode, grouped: boolean): RegexNode {
    const c = this.peek();
    let bounds: { min: number; max: number } | null = null;
    if (c === '*') bounds = { min: 0, max: Infinity };
    else if (c === '+') bounds = { min: 1, max: Infinity };
    else if (c === '?') bounds = { min: 0, max: 1 };
    if (bounds) this.pos += 1;
    else {
      const braces = this.braces();
      if (!braces) return atom;
      bounds = braces;
      this.pos += braces.length;
    }
    // The browser refuses a quantified assertion ("nothing to repeat") before we get here.
    if (atom.kind === 'assert' && !grouped) throw new Unsupported(c ?? '{');
    if (this.peek() === '?') this.pos += 1; // lazy: same strings match, only sooner
    return { kind: 'repeat', node: atom, ...bounds };
  }

  private atom(): RegexNode {
    const c = this.src[this.pos]!;
    switch (c) {
      case '^':
        this.pos += 1;
        return { kind: 'assert', assertion: 'start' };
      case '$':
        this.pos += 1;
        return { kind: 'assert', assertion: 'end' };
      case '.':
        this.pos += 1;
        return {
          kind: 'chars',
          set: { ranges: complementRanges(LINE_TERMINATORS), negated: false },
        };
      case '(':
        return this.group();
      case '[':
        return this.charClass();
      case '\\': {
        const atom = this.escape(false);
        if ('assertion' in atom) return { kind: 'assert', assertion: atom.assertion };
        if ('ranges' in atom)
          return { kind: 'chars', set: { ranges: atom.ranges, negated: false } };
        return literal(atom.code);
      }
      case '*':
      case '+':
      case '?':
        throw new Unsupported(c);
      case '{':
        if (this.braces()) throw new Unsupported(c);
        this.pos += 1;
        return literal(c.charCodeAt(0));
      default:
        this.pos += 1;
        return literal(c.charCodeAt(0));
    }
  }

  private group(): RegexNode {
    const rest = this.src.slice(this.pos, this.pos + 4);
    for (const look of ['(?<=', '(?<!', '(?=', '(?!']) {
      if (rest.startsWith(look)) throw new Unsupported(look);
    }
    if (rest.startsWith('(?:')) this.pos += 3;
    else if (rest.startsWith('(?<')) {
      // A named group: only its name differs from a plain one, and names are not used.
      const close = this.src.indexOf('>', this.pos);
      if (close < 0) throw new Unsupported('(?<');
      this.pos = close + 1;
    } else if (rest.startsWith('(?')) throw new Unsupported('(?');
    else this.pos += 1;
    const inner = this.alternation();
    if (this.peek() !== ')') throw new Unsupported('(');
    this.pos += 1;
    return inner;
  }

  private escape(inClass: boolean): EscapeAtom {
    const c = this.src[this.pos + 1];
    this.pos += 2;
    if (c === undefined) throw new Unsupported('\\');
    if (c === 'b') return inClass ? { code: 0x08 } : { assertion: 'wordBoundary' };
    if (c === 'B' && !inClass) return { assertion: 'notWordBoundary' };
    const set = CLASS_ESCAPES[c];
    if (set) return { ranges: set };
    const control = CONTROL_ESCAPES[c];
    if (control !== undefined) return { code: control };
    if (/[1-9]/.test(c)) throw new Unsupported(`\\${c}`);
    if (c === '0') {
      if (/\d/.test(this.peek() ?? '')) throw new Unsupported(`\\0${this.peek()}`);
      return { code: 0 };
    }
    if (c === 'k' || c === 'p' || c === 'P') throw new Unsupported(`\\${c}`);
    if (c === 'c') {
      const letter = this.peek() ?? '';
      if (!/[A-Za-z]/.test(letter)) throw new Unsupported('\\c');
      this.pos += 1;
      return { code: letter.charCodeAt(0) % 32 };
    }
    const hex = c === 'x' ? 2 : c === 'u' ? 4 : 0;
    if (hex > 0) {
      const digits = this.src.slice(this.pos, this.pos + hex);
      if (new RegExp(`^[0-9a-fA-F]{${hex}}$`).test(digits)) {
        this.pos += hex;
        return { code: parseInt(digits, 16) };
      }
    }
    // An identity escape: `\.`, `\/`, and without the `u` flag any other character too.
    return { code: c.charCodeAt(0) };
  }

  private classAtom(): { code: number } | { ranges: CodeRange[] } {
    if (this.peek() !== '\\') {
      const code = this.src.charCodeAt(this.pos);
      this.pos += 1;
      return { code };
    }
    const atom = this.escape(true);
    if ('assertion' in atom) throw new Unsupported('\\b');
    return atom;
  }

  private charClass(): RegexNode {
    this.pos += 1;
    const negated = this.peek() === '^';
    if (negated) this.pos += 1;
    const ranges: CodeRange[] = [];
    const add = (atom: { code: number } | { ranges: CodeRange[] }) => {
      if ('code' in atom) ranges.push([atom.code, atom.code]);
      else ranges.push(...atom.ranges);
    };
    while (this.peek() !== ']') {
      if (this.pos >= this.src.length) throw new Unsupported('[');
      const left = this.classAtom();
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== undefined) {
        this.pos += 1;
        const right = this.classAtom();
        if ('code' in left && 'code' in right) ranges.push([left.code, right.code]);
        else [left, { code: 0x2d }, right].forEach(add); // `[\d-z]`: a class escape ends no range
      } else add(left);
    }
    this.pos += 1;
    return { kind: 'chars', set: { ranges: normalizeRanges(ranges), negated } };
  }
}

/** The syntax tree of a pattern the browser accepted, or the feature rules do not support. */
export function parseRegex(pattern: string): ParseOutcome {
  try {
    return { ok: true, node: new Parser(pattern).parse() };
  } catch (error) {
    if (error instanceof Unsupported) return { ok: false, feature: error.feature };
    throw error;
  }
}
