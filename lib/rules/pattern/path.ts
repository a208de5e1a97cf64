/**
 * Path globs, matched against the whole path of an address:
 *
 * - `*` is any run of characters within one path segment (no `/`); `**` is any run at
 *   all, across segments. Everything else is itself (paths are case-sensitive).
 * - Without a `?` the query is ignored: `/blog/*` matches `/blog/post?utm_source=x`.
 *   With one the glob covers path and query: `/watch?v=*` matches `/watch?v=abc&t=9`
 *   (in the query `*` crosses `/` too). The fragment (`#…`) is never part of it.
 * - Characters an address cannot hold as such (spaces, `/뉴스/`) are percent-encoded the
 *   way the browser writes the address, so `/뉴스/*` matches what the tab shows as that.
 *
 * Globs become automata of the same linear-time matcher as regular expressions.
 */
import { refusal, type PatternRefusal } from '../refusals';
import { MAX_STATES, compile, stateCount } from '../regex/program';
import { runProgram } from '../regex/run';
import { complementRanges, type RegexNode } from '../regex/syntax';
import { MAX_PATTERN_LENGTH } from '../regex/safe-regex';

export interface PathGlob {
  /** Whether the glob covers the query too (it contains a `?`). */
  withQuery: boolean;
  test(pathAndQuery: string): boolean;
}

export type PathOutcome = { ok: true; glob: PathGlob } | { ok: false; refusal: PatternRefusal };

const refuse = (r: PatternRefusal): PathOutcome => ({ ok: false, refusal: r });

const SLASH = 0x2f;
const ANY: RegexNode = { kind: 'chars', set: { ranges: complementRanges([]), negated: false } };
const NOT_SLASH: RegexNode = {
  kind: 'chars',
  set: { ranges: complementRanges([[SLASH, SLASH]]), negated: false },
};
const star = (node: RegexNode): RegexNode => ({ kind: 'repeat', node, min: 0, max: Infinity });

/** Percent-encodes what an address cannot hold as such, as the address parser does. */
function encodeLikeAddress(text: string): string {
  return text.replace(/[^\x21-\x7e]/gu, (char) => {
    try {
      return encodeURIComponent(char);
    } catch {
      // A lone surrogate: the parser writes U+FFFD in its place.
      return '%EF%BF%BD';
    }
  });
}

function globTree(glob: string): RegexNode {
  const items: RegexNode[] = [{ kind: 'assert', assertion: 'start' }];
  const query = glob.indexOf('?');
  for (let i = 0; i < glob.length; i++) {
    if (glob[i] === '*') {
      const double = glob[i + 1] === '*';
      items.push(star(double || (query >= 0 && i > query) ? ANY : NOT_SLASH));
      if (double) i += 1;
    } else {
      const code = glob.charCodeAt(i);
      items.push({ kind: 'chars', set: { ranges: [[code, code]], negated: false } });
    }
  }
  items.push({ kind: 'assert', assertion: 'end' });
  return { kind: 'sequence', items };
}

/** Reads a path glob as a person typed it; never throws. */
export function readPathGlob(text: string): PathOutcome {
  const glob = encodeLikeAddress(text.trim());
  if (glob === '') return refuse(refusal('emptyPattern', 'path'));
  if (glob.length > MAX_PATTERN_LENGTH) {
    return refuse(
      refusal('patternTooLong', 'path', { max: MAX_PATTERN_LENGTH, length: glob.length }),
    );
  }
  // Every path starts with `/`: `blog/*` could never match (`**` may stand for the slash).
  if (!glob.startsWith('/') && !glob.startsWith('**')) {
    return refuse(refusal('pathNotAbsolute', 'path', { path: `/${glob}` }));
  }
  const tree = globTree(glob);
  if (stateCount(tree) > MAX_STATES) return refuse(refusal('regexTooComplex', 'path'));
  const program = compile(tree);
  return {
    ok: true,
    glob: { withQuery: glob.includes('?'), test: (text) => runProgram(program, text, false) },
  };
}
