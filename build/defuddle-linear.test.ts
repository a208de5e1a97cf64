import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import {
  FIRST_START_UP_TO,
  LINEAR_IS_NODE_BEFORE,
  MORE_THAN_FIVE_CHILDREN,
  ORIGINAL_IS_NODE_BEFORE,
  linearDefuddle,
} from './defuddle-linear';

/** A node with what both spellings of the pass read, and a spec compareDocumentPosition. */
interface Fake {
  parentNode: Fake | null;
  nextSibling: Fake | null;
  firstElementChild: Fake | null;
  nextElementSibling: Fake | null;
  children: Fake[];
  order: number;
  root: Fake | null;
  compareDocumentPosition(other: Fake): number;
}

/** Trees from nested arrays: each array a node, its items its children. */
type Shape = Shape[];

function build(shape: Shape, nodes: Fake[], parent: Fake | null, root: Fake | null): Fake {
  const node: Fake = {
    parentNode: parent,
    nextSibling: null,
    firstElementChild: null,
    nextElementSibling: null,
    children: [],
    order: nodes.length,
    root,
    compareDocumentPosition(other) {
      if (other === this) return 0;
      if ((other.root ?? other) !== (this.root ?? this)) return 1 | 32 | 4;
      const contains = (a: Fake, b: Fake) => {
        for (let n: Fake | null = b.parentNode; n; n = n.parentNode) if (n === a) return true;
        return false;
      };
      if (contains(other, this)) return 8 | 2;
      if (contains(this, other)) return 16 | 4;
      return other.order < this.order ? 2 : 4;
    },
  };
  nodes.push(node);
  for (const child of shape) node.children.push(build(child, nodes, node, root ?? node));
  node.children.forEach((child, i) => {
    child.nextSibling = node.children[i + 1] ?? null;
    child.nextElementSibling = child.nextSibling;
  });
  node.firstElementChild = node.children[0] ?? null;
  return node;
}

const shape: fc.Arbitrary<Shape> = fc.letrec<{ node: Shape }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant<Shape>([]),
    fc.array(tie('node'), { maxLength: 7 }),
  ),
})).node;

const fn = <T>(source: string) => new Function(`return ${source}`)() as T;
type Before = (a: Fake, b: Fake) => boolean;

describe('defuddle made linear', () => {
  it('rewrites both of defuddle’s browser bundles', () => {
    for (const file of ['index.js', 'index.full.js']) {
      const code = readFileSync(`node_modules/defuddle/dist/${file}`, 'utf8');
      const out = linearDefuddle(code);
      expect(out).toContain(LINEAR_IS_NODE_BEFORE);
      expect(out).toContain(MORE_THAN_FIVE_CHILDREN);
      expect(out).not.toContain(ORIGINAL_IS_NODE_BEFORE);
      expect(out).toContain(FIRST_START_UP_TO);
      expect(out).not.toMatch(/_t\.indexOf\(\w+\.substring\(0,60\)\);if\(\w+<0\|\|/);
    }
  });

  it('fails the build when a pass is no longer there', () => {
    expect(() => linearDefuddle('e.isNodeBefore=function(){}')).toThrow(
      expect.objectContaining({ name: 'DefuddlePatchMissing' }),
    );
  });

  it('answers isNodeBefore as defuddle does, within a tree and across two', () => {
    const original = fn<Before>(ORIGINAL_IS_NODE_BEFORE);
    const linear = fn<Before>(LINEAR_IS_NODE_BEFORE);
    fc.assert(
      fc.property(shape, shape, (one, two) => {
        const nodes: Fake[] = [];
        build(one, nodes, null, null);
        build(two, nodes, null, null);
        for (const a of nodes) for (const b of nodes) expect(linear(a, b)).toBe(original(a, b));
      }),
    );
  });

  it('counts element children only as far as six', () => {
    const moreThanFive = fn<(el: Fake) => boolean>(MORE_THAN_FIVE_CHILDREN);
    fc.assert(
      fc.property(shape, (tree) => {
        const nodes: Fake[] = [];
        build(tree, nodes, null, null);
        for (const node of nodes) expect(moreThanFive(node)).toBe(node.children.length > 5);
      }),
    );
  });

  it('finds a text in the first part of another as indexOf does, there', () => {
    const firstUpTo = fn<(h: string, n: string, m: number) => number>(FIRST_START_UP_TO);
    // Few letters, so that a needle is often there, more than once, or at the edge.
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 40 });
    fc.assert(
      fc.property(text, text, fc.double({ min: 0, max: 50, noNaN: true }), (h, n, m) => {
        const at = h.indexOf(n);
        expect(firstUpTo(h, n, m)).toBe(at < 0 || at > m ? -1 : at);
      }),
    );
  });

  it('keeps what the content-pattern pass removes and what it keeps', async () => {
    // The two list tests the rewrite reorders: a table of contents (links to the page's
    // own headings, near the top) and a short list of post metadata (near an end) are
    // removed; a list of links far down and a long list near the top are kept.
    const filler = (n: number) =>
      Array.from(
        { length: n },
        (_, i) =>
          `<p>Paragraph ${i} of prose, long enough to read as the article body text here.</p>`,
      ).join('');
    const html =
      '<html><head><title>Lists</title></head><body><article><h1>Lists</h1>' +
      '<ol><li><a href="#one">One</a></li><li><a href="#two">Two</a></li><li><a href="#three">Three</a></li></ol>' +
      filler(8) +
      '<ul><li>A long item of a content list near the top of it all, with many words in it</li><li>And a second item just as long, so the list is read as content, not metadata</li></ul>' +
      '<h2 id="one">One</h2>' +
      filler(30) +
      '<h2 id="two">Two</h2><ul><li><a href="/a">Further</a></li><li><a href="/b">Reading</a></li><li><a href="/c">Links</a></li></ul>' +
      filler(30) +
      '<h2 id="three">Three</h2>' +
      filler(10) +
      '<ul><li>Alice Example</li><li>March 3</li></ul>' +
      '</article></body></html>';
    const read = async (code: string) => {
      const { document } = parseHTML(html);
      const module = { exports: {} as Record<string, unknown> };
      new Function('module', 'exports', code)(module, module.exports);
      const Defuddle = (module.exports.default ?? module.exports) as new (
        doc: unknown,
        options: unknown,
      ) => { parse(): { content: string } };
      return new Defuddle(document, { url: 'https://example.com/lists', useAsync: false }).parse()
        .content;
    };
    for (const file of ['index.js', 'index.full.js']) {
      const code = readFileSync(`node_modules/defuddle/dist/${file}`, 'utf8');
      const [before, after] = [await read(code), await read(linearDefuddle(code))];
      expect(after).toBe(before);
      expect(after).toContain('Further');
      expect(after).toContain('A long item');
      expect(after).not.toContain('Alice Example');
      expect(after).not.toContain('href="#two"');
    }
  });
});
