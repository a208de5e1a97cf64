/**
 * Runs an automaton over text the way Thompson described: all alternatives advance
 * together, one character at a time, so the time is (text length) × (states) whatever
 * the pattern — `(a+)+b` or `.*a.*a.*b` cost no more than `abc`. The browser's own
 * engine backtracks: those patterns take seconds to hours on an address of a few hundred
 * characters, which is why rules never hand a person's pattern to `RegExp`.
 *
 * Only "is there a match anywhere" is answered (`RegExp.prototype.test`): captures and
 * laziness do not change that answer.
 */
import { caseVariants } from './fold';
import type { Program, State } from './program';
import { MAX_CODE_UNIT, inRanges, isWordUnit, type Assertion, type CharSet } from './syntax';

export function setMatches(set: CharSet, code: number, ignoreCase: boolean): boolean {
  const found = ignoreCase
    ? caseVariants(code).some((variant) => inRanges(set.ranges, variant))
    : inRanges(set.ranges, code);
  return found !== set.negated;
}

function holds(assertion: Assertion, text: string, pos: number): boolean {
  switch (assertion) {
    case 'start':
      return pos === 0;
    case 'end':
      return pos === text.length;
    case 'wordBoundary':
    case 'notWordBoundary': {
      const before = pos > 0 && isWordUnit(text.charCodeAt(pos - 1));
      const after = pos < text.length && isWordUnit(text.charCodeAt(pos));
      return (before !== after) === (assertion === 'wordBoundary');
    }
  }
}

/** The states waiting for a character, and whether the match state was reached. */
interface Frontier {
  waiting: number[];
  matched: boolean;
}

/**
 * Follows forks and position checks from `entries` at `pos`. `seen` holds, per state, the
 * last position it was added at: each state is visited once per position, so loops that
 * consume nothing (`(a*)*`) end.
 */
function close(
  program: Program,
  entries: readonly number[],
  text: string,
  pos: number,
  seen: Int32Array,
): Frontier {
  const waiting: number[] = [];
  const stack = [...entries].reverse();
  let matched = false;
  while (stack.length > 0) {
    const index = stack.pop()!;
    if (seen[index] === pos) continue;
    seen[index] = pos;
    const state: State = program.states[index]!;
    switch (state.op) {
      case 'match':
        matched = true;
        break;
      case 'char':
        waiting.push(index);
        break;
      case 'split':
        stack.push(state.second, state.first);
        break;
      case 'assert':
        if (holds(state.assertion, text, pos)) stack.push(state.next);
        break;
    }
  }
  return { waiting, matched };
}

function step(program: Program, waiting: readonly number[], code: number, ignoreCase: boolean) {
  const next: number[] = [];
  for (const index of waiting) {
    const state = program.states[index]!;
    if (state.op === 'char' && setMatches(state.set, code, ignoreCase)) next.push(state.next);
  }
  return next;
}

/** True when the pattern matches somewhere in `text`, like `RegExp.prototype.test`. */
export function runProgram(program: Program, text: string, ignoreCase: boolean): boolean {
  const seen = new Int32Array(program.states.length).fill(-1);
  let entries: number[] = [];
  for (let pos = 0; pos <= text.length; pos++) {
    // A match may start anywhere: a new thread begins at every position.
    const frontier = close(program, [...entries, program.start], text, pos, seen);
    if (frontier.matched) return true;
    if (pos === text.length) break;
    entries = step(program, frontier.waiting, text.charCodeAt(pos), ignoreCase);
  }
  return false;
}

/** A set no character is in: `[]`, or `[^…]` of everything. */
function isEmptySet(set: CharSet): boolean {
  if (!set.negated) return set.ranges.length === 0;
  const [only] = set.ranges;
  return set.ranges.length === 1 && only![0] === 0 && only![1] === MAX_CODE_UNIT;
}

/**
 * Whether some text that begins with `prefix` could be matched. Exact while reading the
 * prefix; past it the next characters are unknown, so every character state counts as
 * passable (unless its set is empty), `$` and word boundaries may hold, and `^` cannot.
 * It errs only towards "could": a pattern is called unmatchable only when it is.
 */
export function canMatchAfter(program: Program, prefix: string, ignoreCase: boolean): boolean {
  const seen = new Int32Array(program.states.length).fill(-1);
  let entries: number[] = [];
  for (let pos = 0; pos < prefix.length; pos++) {
    const frontier = close(program, [...entries, program.start], prefix, pos, seen);
    if (frontier.matched) return true;
    entries = step(program, frontier.waiting, prefix.charCodeAt(pos), ignoreCase);
  }
  // Past the prefix: plain reachability, with one flag for "after `$`" (nothing more to read).
  const visited = new Set<string>();
  const stack: [number, boolean][] = [...entries, program.start].map((i) => [i, false]);
  while (stack.length > 0) {
    const [index, ended] = stack.pop()!;
    const key = `${index}:${ended}`;
    if (visited.has(key)) continue;
    visited.add(key);
    const state = program.states[index]!;
    if (state.op === 'match') return true;
    if (state.op === 'split') stack.push([state.first, ended], [state.second, ended]);
    else if (state.op === 'char') {
      if (!ended && !isEmptySet(state.set)) stack.push([state.next, false]);
    } else if (state.assertion !== 'start') {
      stack.push([state.next, ended || state.assertion === 'end']);
    }
  }
  return false;
}
