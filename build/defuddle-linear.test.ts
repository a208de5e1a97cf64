import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
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
});
