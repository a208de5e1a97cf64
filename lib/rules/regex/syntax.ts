/**
 * The syntax tree of the regular expressions rules accept: JavaScript's own syntax
 * (without the `u` flag, as `new RegExp(pattern)` reads it) minus the features that
 * make matching more than linear — backreferences and lookaround.
 */

/** UTF-16 code units from `lo` to `hi`, both included. */
export type CodeRange = readonly [lo: number, hi: number];

/** A set of code units: sorted, non-overlapping, non-adjacent ranges. */
export interface CharSet {
  ranges: readonly CodeRange[];
  /** Set when the class was written `[^…]`: case folding applies before the negation. */
  negated: boolean;
}

export type Assertion = 'start' | 'end' | 'wordBoundary' | 'notWordBoundary';

export type RegexNode =
  | { kind: 'empty' }
  | { kind: 'chars'; set: CharSet }
  | { kind: 'sequence'; items: RegexNode[] }
  | { kind: 'alternation'; options: RegexNode[] }
  /** `max` is `Infinity` for `*`, `+` and `{n,}`. Laziness does not change what matches. */
  | { kind: 'repeat'; node: RegexNode; min: number; max: number }
  | { kind: 'assert'; assertion: Assertion };

export const MAX_CODE_UNIT = 0xffff;

/** Sorts and merges ranges into a set's canonical form. */
export function normalizeRanges(ranges: readonly CodeRange[]): CodeRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

/** Every code unit not in `ranges` (which must be normalized). */
export function complementRanges(ranges: readonly CodeRange[]): CodeRange[] {
  const out: CodeRange[] = [];
  let next = 0;
  for (const [lo, hi] of ranges) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_CODE_UNIT) out.push([next, MAX_CODE_UNIT]);
  return out;
}

export function inRanges(ranges: readonly CodeRange[], code: number): boolean {
  // Sets are small (a class has a handful of ranges): a scan beats a binary search here.
  for (const [lo, hi] of ranges) {
    if (code < lo) return false;
    if (code <= hi) return true;
  }
  return false;
}

const range = (from: string, to: string = from): CodeRange => [
  from.charCodeAt(0),
  to.charCodeAt(0),
];

export const DIGITS: CodeRange[] = [range('0', '9')];
export const WORD: CodeRange[] = normalizeRanges([
  range('0', '9'),
  range('A', 'Z'),
  range('_'),
  range('a', 'z'),
]);
/** JavaScript's `\s`: white space and line terminators. */
export const SPACE: CodeRange[] = normalizeRanges([
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
]);
/** What `.` does not match without the `s` flag. */
export const LINE_TERMINATORS: CodeRange[] = normalizeRanges([
  [0x0a, 0x0a],
  [0x0d, 0x0d],
  [0x2028, 0x2029],
]);

export function isWordUnit(code: number): boolean {
  return inRanges(WORD, code);
}
