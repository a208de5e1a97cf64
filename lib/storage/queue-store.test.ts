/**
 * The queue's bodies in storage: written as their JSON text, read back as the body, and
 * a body stored as a value (before bodies were kept as text) still read.
 */
import fc from 'fast-check';
import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { JobBody } from '../queue/types';
import { queueStore } from '.';

beforeEach(() => {
  fakeBrowser.reset();
});

// Bodies as plain data of any shape: the store must give back what it was given.
const body = fc
  .record({ id: fc.uuid(), plan: fc.jsonValue(), input: fc.jsonValue() })
  .map((value) => value as unknown as JobBody);

it('gives back the body it was given', async () => {
  await fc.assert(
    fc.asyncProperty(body, async (given) => {
      await queueStore.commit({ bodies: [given] });
      // What storage gives back is JSON's copy (no -0, no undefined), as browsers store it.
      expect(await queueStore.getBody(given.id)).toEqual(JSON.parse(JSON.stringify(given)));
    }),
    { numRuns: 50 },
  );
});

it('keeps a body as one string', async () => {
  const given = { id: 'a', plan: [{ blocks: [{ type: 'paragraph' }] }] } as unknown as JobBody;
  await queueStore.commit({ bodies: [given] });
  const stored = await fakeBrowser.storage.local.get('captureBody:a');
  expect(stored['captureBody:a']).toBe(JSON.stringify(given));
});

it('reads a body stored as a value', async () => {
  const given = { id: 'b', plan: [{ blocks: [] }], input: { title: 'T' } };
  await fakeBrowser.storage.local.set({ 'captureBody:b': given });
  expect(await queueStore.getBody('b')).toEqual(given);
});

it('answers null for a body not stored', async () => {
  expect(await queueStore.getBody('none')).toBeNull();
});
