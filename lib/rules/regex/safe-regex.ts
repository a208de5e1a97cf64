/**
 * A person's regular expression, checked and compiled for the linear-time matcher.
 *
 * What is decided here, and why:
 * - Patterns never reach the browser's `RegExp` for matching: its backtracking makes
 *   nested quantifiers (`(a+)+`) exponential and plain ones in a row (`.*a.*a.*b`)
 *   polynomial — measured at eleven seconds on a 500-character address. Refusing nested
 *   quantifiers alone would leave the second kind, the most common way people write
 *   patterns. The automaton in `program.ts` and `run.ts` has no such case.
 * - `RegExp` still reads the pattern once, without matching, so that a syntax error is
 *   reported as the browser words it and no pattern means something else here.
 * - Backreferences and lookaround are refused: no linear-time matcher has them, and an
 *   address rule does not need them.
 * - The pattern is bounded (`MAX_PATTERN_LENGTH`), its automaton too (`MAX_STATES`), and
 *   the caller bounds the address (`match.ts`): the work per rule is bounded by their
 *   product.
 * - A pattern that can match no address is refused: `^www\.example\.com` forgets that an
 *   address starts with its scheme, and would otherwise fail silently forever.
 */
import { refusal, type PatternRefusal } from '../refusals';
import { parseRegex } from './parse';
import { MAX_STATES, compile, stateCount } from './program';
import { canMatchAfter, runProgram } from './run';

/** Longer than any address pattern a person writes and can still read. */
export const MAX_PATTERN_LENGTH = 500;

/** How every address a capture can start from begins. */
const ADDRESS_STARTS = ['https://', 'http://', 'file://'];

export interface SafeRegex {
  /** Whether the pattern matches somewhere in `text`, as `RegExp.prototype.test` would say. */
  test(text: string): boolean;
}

export type SafeRegexOutcome =
  { ok: true; regex: SafeRegex } | { ok: false; refusal: PatternRefusal };

const refuse = (r: PatternRefusal): SafeRegexOutcome => ({ ok: false, refusal: r });

/** Checks and compiles `pattern`; never throws. */
export function compileSafeRegex(pattern: string, ignoreCase = false): SafeRegexOutcome {
  if (pattern === '') return refuse(refusal('emptyPattern', 'pattern'));
  if (pattern.length > MAX_PATTERN_LENGTH) {
    return refuse(
      refusal('patternTooLong', 'pattern', { max: MAX_PATTERN_LENGTH, length: pattern.length }),
    );
  }
  try {
    // Construction reads the pattern; it does not match anything, so it cannot hang.
    new RegExp(pattern, ignoreCase ? 'i' : '');
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return refuse(refusal('regexInvalid', 'pattern', { detail }));
  }
  const parsed = parseRegex(pattern);
  if (!parsed.ok)
    return refuse(refusal('regexUnsupported', 'pattern', { feature: parsed.feature }));
  if (stateCount(parsed.node) > MAX_STATES) return refuse(refusal('regexTooComplex', 'pattern'));
  const program = compile(parsed.node);
  if (!ADDRESS_STARTS.some((start) => canMatchAfter(program, start, ignoreCase))) {
    return refuse(refusal('regexNeverMatches', 'pattern'));
  }
  return { ok: true, regex: { test: (text) => runProgram(program, text, ignoreCase) } };
}
