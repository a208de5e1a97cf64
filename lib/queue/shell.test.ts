/**
 * The queue in the (fake) browser: its records in extension storage, the badge, the
 * notifications and the wake-up alarm. Notion is the emulator.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { DEMO } from '../../tests/notion-emulator/index';
import { para, paragraphs } from '../notion/plan/testing/fixtures';
import { outboxIndexItem, queueStore } from '../storage';
import { buildJob } from './job';
import { WAKE_ALARM, createBrowserQueue } from './shell';
import {
  captureOf,
  inbox,
  readingList,
  rowProperties,
  startHarness,
  type Harness,
} from './testing/harness';

let h: Harness;
beforeEach(async () => {
  fakeBrowser.reset();
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

describe('queueStore', () => {
  it('keeps a body and a checkpoint per capture, listed by an index, removed whole', async () => {
    const one = buildJob('one', captureOf(inbox, 'One', paragraphs(2)), {}, 1);
    const two = buildJob('two', captureOf(inbox, 'Two', paragraphs(2)), {}, 2);
    // Two captures queued at the same moment both stay listed.
    await Promise.all([
      queueStore.commit({ bodies: [one.body], states: [one.state], entries: [one.entry] }),
      queueStore.commit({ bodies: [two.body], states: [two.state] }),
    ]);
    expect((await queueStore.listStates()).map((s) => s.id).sort()).toEqual(['one', 'two']);
    expect((await queueStore.getBody('one'))?.plan.steps).toHaveLength(1);
    await queueStore.commit({ remove: ['one'] });
    expect((await queueStore.listStates()).map((s) => s.id)).toEqual(['two']);
    expect(await queueStore.getBody('one')).toBeNull();
    expect(await outboxIndexItem.getValue()).toEqual(['two']);
    expect((await queueStore.getHistory()).map((e) => e.id)).toEqual(['one']);
  });
});

describe('createBrowserQueue', () => {
  it('shows pending captures on the badge, then notifies with a link to the page', async () => {
    let release: () => void = () => undefined;
    const ready = new Promise<void>((resolve) => (release = resolve));
    const queue = createBrowserQueue({
      clientFor: async () => {
        await ready;
        return h.client;
      },
      notificationsEnabled: async () => true,
      locale: () => 'en',
    });
    await queue.start();
    await queue.enqueue(captureOf(inbox, 'Badge test', [para('x')]));
    await vi.waitFor(async () => expect(await browser.action.getBadgeText({})).toBe('1'));
    const created = vi.spyOn(browser.notifications, 'create');
    const tabs = vi.spyOn(browser.tabs, 'create');
    release();
    await queue.settled();
    await vi.waitFor(async () => expect(await browser.action.getBadgeText({})).toBe(''));
    await vi.waitFor(() => expect(created).toHaveBeenCalled());
    const [id, options] = created.mock.calls[0] as unknown as [string, { title: string }];
    expect(options.title).toBe('Saved to Inbox');
    await fakeBrowser.notifications.onButtonClicked.trigger(id, 0);
    expect(tabs).toHaveBeenCalledWith({
      url: `https://www.notion.so/${DEMO.ids.inboxPage.replace(/-/g, '')}`,
    });
    await queue.stop();
  });

  it('opens only Notion: a target whose address is elsewhere opens the page by its id', async () => {
    const queue = createBrowserQueue({
      clientFor: async () => h.client,
      notificationsEnabled: async () => true,
      locale: () => 'en',
    });
    await queue.start();
    const created = vi.spyOn(browser.notifications, 'create');
    const tabs = vi.spyOn(browser.tabs, 'create');
    // As an older settings file could leave it: the target's address is another site's.
    const elsewhere = { ...inbox, url: 'https://collector.example.net/phish' };
    await queue.enqueue(captureOf(elsewhere, 'Elsewhere', [para('x')]));
    await queue.settled();
    await vi.waitFor(() => expect(created).toHaveBeenCalled());
    const [id] = created.mock.calls[0] as unknown as [string];
    await fakeBrowser.notifications.onButtonClicked.trigger(id, 0);
    expect(tabs).toHaveBeenCalledTimes(1);
    expect(tabs).toHaveBeenCalledWith({
      url: `https://www.notion.so/${DEMO.ids.inboxPage.replace(/-/g, '')}`,
    });
    await queue.stop();
  });

  it('shows "!" and explains a failure in words', async () => {
    await h.admin.share('Quick Capture', DEMO.ids.readingListDatabase, false);
    const created = vi.spyOn(browser.notifications, 'create');
    const queue = createBrowserQueue({
      clientFor: async () => h.client,
      notificationsEnabled: async () => true,
      locale: () => 'en',
    });
    await queue.enqueue(captureOf(readingList, 'Refused', [para('x')]), rowProperties('Refused'));
    await queue.settled();
    await vi.waitFor(async () => expect(await browser.action.getBadgeText({})).toBe('!'));
    await vi.waitFor(() => expect(created).toHaveBeenCalled());
    const [, options] = created.mock.calls[0] as unknown as [
      string,
      { title: string; message: string },
    ];
    expect(options.title).toMatch(/^Not saved to Reading list: /);
    expect(options.message).not.toMatch(/object_not_found/);
    await queue.stop();
  });

  it('sets an alarm for a long wait, and wakes the queue when it fires', async () => {
    const queue = createBrowserQueue({
      clientFor: async () => h.client,
      notificationsEnabled: async () => false,
    });
    h.emulator.injectFault({
      path: '/v1/**',
      action: { type: 'status', status: 429, retryAfterSeconds: 40 },
    });
    await queue.enqueue(captureOf(inbox, 'Later', [para('x')]));
    await vi.waitFor(async () => expect(await browser.alarms.get(WAKE_ALARM)).toBeDefined());
    const alarm = await browser.alarms.get(WAKE_ALARM);
    expect(alarm?.scheduledTime).toBeGreaterThanOrEqual(Date.now() + 30_000);
    const wake = vi.spyOn(queue, 'wake');
    const fired = { name: WAKE_ALARM, scheduledTime: Date.now(), persistAcrossSessions: false };
    await fakeBrowser.alarms.onAlarm.trigger(fired);
    expect(wake).toHaveBeenCalled();
    await queue.stop({ abandon: true });
  });
});
