/**
 * Two passes of defuddle 0.19.4 take time that grows with the square of an article's
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

interface Patch {
  find: string;
  replace: string;
}

const PATCHES: Patch[] = [
  {
    find: `e.isNodeBefore=${ORIGINAL_IS_NODE_BEFORE}`,
    replace: `e.isNodeBefore=${LINEAR_IS_NODE_BEFORE}`,
  },
  { find: ORIGINAL_CHILD_COUNT, replace: BOUNDED_CHILD_COUNT },
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
    const at = out.indexOf(find);
    if (at === -1 || out.indexOf(find, at + 1) !== -1) {
      const error = new Error(
        `defuddle's bundle no longer has the pass this build rewrites (${find.slice(0, 40)}…): check build/defuddle-linear.ts against the new version.`,
      );
      error.name = 'DefuddlePatchMissing';
      throw error;
    }
    out = out.slice(0, at) + replace + out.slice(at + find.length);
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
