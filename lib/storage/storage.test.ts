/**
 * Changes of stored items made at the same time, in an order fast-check's scheduler
 * chooses (storage slow, calls applied in order): none is lost, whatever the order.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { scheduleStorage } from '../testing/scheduled-storage';
import { recentTargetIdsItem, settingsItem, updateItem, updateItems } from '.';

beforeEach(() => {
  fakeBrowser.reset();
});

type Change =
  | { kind: 'recent'; id: string }
  | { kind: 'rate'; perSecond: 3 | 10 }
  | { kind: 'both'; id: string };

const change = fc.oneof(
  fc.string({ minLength: 1, maxLength: 3 }).map((id): Change => ({ kind: 'recent', id })),
  fc.constantFrom<3 | 10>(3, 10).map((perSecond): Change => ({ kind: 'rate', perSecond })),
  fc.string({ minLength: 1, maxLength: 3 }).map((id): Change => ({ kind: 'both', id })),
);

/** What the changes, applied one after the other in the order they were made, give. */
function expected(changes: readonly Change[]) {
  let recent: string[] = [];
  let notifications = true;
  let requestsPerSecond: 3 | 10 = 3;
  for (const c of changes) {
    if (c.kind !== 'rate') recent = [c.id, ...recent.filter((id) => id !== c.id)];
    if (c.kind === 'rate') requestsPerSecond = c.perSecond;
    if (c.kind === 'both') notifications = !notifications;
  }
  return { recent, notifications, requestsPerSecond };
}

function apply(c: Change): Promise<unknown> {
  const touch = (recent: string[], id: string) => [id, ...recent.filter((r) => r !== id)];
  switch (c.kind) {
    case 'recent':
      return updateItem(recentTargetIdsItem, (recent) => touch(recent, c.id));
    case 'rate':
      return updateItem(settingsItem, (s) => ({ ...s, requestsPerSecond: c.perSecond }));
    case 'both':
      return updateItems(
        { recent: recentTargetIdsItem, settings: settingsItem },
        async ({ recent, settings }) => {
          // Other work in the middle of a change: the items stay locked meanwhile.
          await Promise.resolve();
          return {
            recent: touch(recent, c.id),
            settings: { ...settings, notifications: !settings.notifications },
          };
        },
      );
  }
}

describe('updateItem and updateItems', () => {
  it('lose no change made at the same time, whatever order storage answers in', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.array(change, { maxLength: 12 }), async (s, changes) => {
        fakeBrowser.reset();
        const restore = scheduleStorage(s);
        try {
          await s.waitFor(Promise.all(changes.map(apply)));
        } finally {
          restore();
        }
        const want = expected(changes);
        expect(await recentTargetIdsItem.getValue()).toEqual(want.recent);
        const settings = await settingsItem.getValue();
        expect(settings.requestsPerSecond).toBe(want.requestsPerSecond);
        expect(settings.notifications).toBe(want.notifications);
      }),
      { numRuns: 150 },
    );
  });

  it('write nothing when the change returns the same value', async () => {
    const before = await fakeBrowser.storage.local.get(null);
    await updateItem(recentTargetIdsItem, (recent) => recent);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('let a refused change reach its caller and the next change run', async () => {
    const refused = updateItem(recentTargetIdsItem, () => {
      throw new Error('refused');
    });
    const next = updateItem(recentTargetIdsItem, (recent) => ['after', ...recent]);
    await expect(refused).rejects.toThrow('refused');
    await expect(next).resolves.toEqual(['after']);
  });
});
