/**
 * Three passes of defuddle 0.19.4 take time that grows with the square of an article's
 * length; this build step rewrites them, at bundling time, into passes that give the
 * same answers in time that grows with the article:
 *
 * - `isNodeBefore(a, b)`, asked for every link against the first `<h1>` (promotional
 *   banners above the title), walks every sibling after the link's branch to the end of
 *   its parent: on a long flat article each link walks the rest of it (19 s of a 5 MB
 *   article's 23 s). The browser's `compareDocumentPosition`, asked from the heading's
 *   side, answers the same question in the heading's neighbourhood.
 * - the code-block pass asks each ancestor of a `<pre>` for `children.length`, which a
 *   browser counts again after every change to the tree, and the pass changes it for
 *   every block: counting stops at six here, all it needs.
 * - the content-pattern pass looks for the text of every list in the whole article's
 *   text (`indexOf`, from the start), to learn whether a table of contents sits in its
 *   first 30 % and whether a list of post metadata sits within 500 characters of either
 *   end: on a long article each list searches up to its own place (0.7–1.8 s of a 5 MB
 *   article). The cheap tests that follow the search and skip the list whatever it finds
 *   (fewer than three links; more than 30 words) are asked first, and the table-of-contents
 *   search looks only in the first 30 %, where an answer could count. Lists of 30 words
 *   or fewer are still looked for in the whole text: an article has few of those.
 *
 * The rewrite is exact text on the pinned version's bundles; a defuddle whose text
 * differs fails the build (`DefuddlePatchMissing`), so an upgrade is checked again rather
 * than silently slow. `tests/bench/capture.ts` measures the scaling it buys.
 */

/** defuddle's own `isNodeBefore`, as its bundles spell it. */
export const ORIGINAL_IS_NODE_BEFORE =
  'function(t,e){if(t===e)return!1;const r=t=>{const e=[];for(let r=t;r;r=r.parentNode)e.push(r);return e},n=r(t),o=r(e);if(n[n.length-1]!==o[o.length-1])return!1;for(;n.length&&o.length&&n[n.length-1]===o[o.length-1];)n.pop(),o.pop();if(!n.length)return!0;if(!o.length)return!1;for(let t=n[n.length-1].nextSibling;t;t=t.nextSibling)if(t===o[o.length-1])return!0;return!1}';

/**
 * The same answer: `t` comes before `e` in tree order, an ancestor counting as before,
 * nodes of different trees never (`e` follows `t`, or `t` contains it). Asked of `t`
 * because Chromium walks back from the other node's branch, and `e` is the heading near
 * the top: asked of the link, every link would walk back to the top.
 */
export const LINEAR_IS_NODE_BEFORE =
  'function(t,e){if(t===e)return!1;const p=t.compareDocumentPosition(e);return!(p&1)&&!!(p&20)}';

/** Whether element `c` has more than five element children, counting no further. */
export const MORE_THAN_FIVE_CHILDREN =
  'function(c){let n=0;for(let k=c.firstElementChild;k;k=k.nextElementSibling)if(++n>5)return!0;return!1}';

const CODE_BLOCK_TAIL = 'break;if(null===(r=e.closest)';
const ORIGINAL_CHILD_COUNT = `if(e.children.length>5)${CODE_BLOCK_TAIL}`;
const BOUNDED_CHILD_COUNT = `if((${MORE_THAN_FIVE_CHILDREN})(e))${CODE_BLOCK_TAIL}`;

/**
 * Where `n` first starts in `h`, searched only as far as it could start at or before `m`:
 * the first start when that is at most `m`, else -1 (where `h.indexOf(n)` gives -1 or a
 * start past `m`).
 */
export const FIRST_START_UP_TO =
  'function(h,n,m){return h.slice(0,Math.floor(m)+n.length).indexOf(n)}';

/** `(null===(W=i.textContent)||void 0===W?void 0:W.trim())||""`, minified: `i`'s trimmed text. */
const TRIMMED_TEXT = (element: string, temp: string) =>
  `(null===(${temp}=${element}.textContent)||void 0===${temp}?void 0:${temp}.trim())||""`;
// Its pattern as the second and third groups of the patterns below (the temporary, the
// element), hence `\2`.
const TRIMMED_TEXT_PATTERN = String.raw`\(null===\((\w+)=(\w+)\.textContent\)\|\|void 0===\2\?void 0:\2\.trim\(\)\)\|\|""`;

// The table-of-contents test: text, its place in the first 30 %, then at least 3 links.
const TOC_LIST = new RegExp(
  String.raw`const (\w+)=${TRIMMED_TEXT_PATTERN},(\w+)=_t\.indexOf\(\1\.substring\(0,60\)\);if\(\4<0\|\|\4>\.3\*_t\.length\)continue;const (\w+)=Array\.from\(\3\.querySelectorAll\("a\[href\]"\)\);if\(\5\.length<3\)continue;`,
  'g',
);

// The metadata-list test: text, its distance from both ends, … then at most 30 words.
const METADATA_LIST = new RegExp(
  String.raw`const (\w+)=${TRIMMED_TEXT_PATTERN},(\w+)=_t\.indexOf\(\1\),(\w+)=_t\.length-\(\4\+\1\.length\);if\(\4>500&&\5>500\)continue;([^]{0,700}?)if\(\(0,(\w+)\.countWords\)\(\1\)>30\)continue;`,
  'g',
);

interface Patch {
  find: string | RegExp;
  replace: string | ((match: string, ...groups: string[]) => string);
}

const PATCHES: Patch[] = [
  {
    find: `e.isNodeBefore=${ORIGINAL_IS_NODE_BEFORE}`,
    replace: `e.isNodeBefore=${LINEAR_IS_NODE_BEFORE}`,
  },
  { find: ORIGINAL_CHILD_COUNT, replace: BOUNDED_CHILD_COUNT },
  {
    find: TOC_LIST,
    replace: (_, text, temp, list, at, links) =>
      `const ${links}=Array.from(${list}.querySelectorAll("a[href]"));if(${links}.length<3)continue;` +
      `const ${text}=${TRIMMED_TEXT(list!, temp!)},${at}=(${FIRST_START_UP_TO})(_t,${text}.substring(0,60),.3*_t.length);` +
      `if(${at}<0||${at}>.3*_t.length)continue;`,
  },
  {
    find: METADATA_LIST,
    replace: (_, text, temp, list, at, fromEnd, between, utils) =>
      `const ${text}=${TRIMMED_TEXT(list!, temp!)};if((0,${utils}.countWords)(${text})>30)continue;` +
      `const ${at}=_t.indexOf(${text}),${fromEnd}=_t.length-(${at}+${text}.length);if(${at}>500&&${fromEnd}>500)continue;` +
      `${between}if((0,${utils}.countWords)(${text})>30)continue;`,
  },
];

/** defuddle's browser bundles (`defuddle` and `defuddle/full`), the files rewritten. */
export const DEFUDDLE_BUNDLE = /[\\/]node_modules[\\/]defuddle[\\/]dist[\\/]index(\.full)?\.js$/;

/**
 * `code` (one of defuddle's bundles) with both passes made linear.
 * @throws Error named `DefuddlePatchMissing` when a pass is not found exactly once
 */
export function linearDefuddle(code: string): string {
  let out = code;
  for (const { find, replace } of PATCHES) {
    const found =
      typeof find === 'string' ? out.split(find).length - 1 : [...out.matchAll(find)].length;
    if (found !== 1) {
      const error = new Error(
        `defuddle's bundle no longer has the pass this build rewrites (${String(find).slice(0, 40)}…): check build/defuddle-linear.ts against the new version.`,
      );
      error.name = 'DefuddlePatchMissing';
      throw error;
    }
    // A function as the replacement, so that `$` in the replacement text stays itself.
    out = out.replace(find, typeof replace === 'string' ? () => replace : replace);
  }
  return out;
}

/** The rewrite as a Vite plugin (WXT's build). */
export function defuddleLinearVite() {
  return {
    name: 'defuddle-linear',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      return DEFUDDLE_BUNDLE.test(id.split('?')[0]!)
        ? { code: linearDefuddle(code), map: null }
        : null;
    },
  };
}

/** The rewrite as an esbuild plugin (the benchmarks' page bundles). */
export function defuddleLinearEsbuild() {
  return {
    name: 'defuddle-linear',
    setup(build: {
      onLoad(
        options: { filter: RegExp },
        run: (args: { path: string }) => Promise<{ contents: string; loader: 'js' }>,
      ): void;
    }) {
      build.onLoad({ filter: DEFUDDLE_BUNDLE }, async ({ path }) => {
        const { readFile } = await import('node:fs/promises');
        return { contents: linearDefuddle(await readFile(path, 'utf8')), loader: 'js' };
      });
    },
  };
}
