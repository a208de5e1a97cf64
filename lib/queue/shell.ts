/**
 * The queue in the browser: its storage, the alarm that wakes the worker for long waits,
 * the online event, the toolbar badge and the notifications. Everything the core
 * decides stays in `queue.ts`; this file only carries it to browser APIs.
 */
import { browser, type Browser } from 'wxt/browser';
import type { Client } from '@notionhq/client';
import { currentLocale, translate, type Locale } from '../i18n';
import { describeError } from '../notion/errors/describe-error';
import type { StoredError } from '../notion/errors/errors';
import { notionPageToOpen } from '../notion/api/notion-url';
import { queueStore } from '../storage';
import type { RateBudget, RateLimiter } from './pacing/limiter';
import { createQueue, type CaptureQueue, type QueueEvent } from './queue';
import type { PropertyDeps } from './runner/repair';
import type { HistoryEntry, QueueStore } from './types';

export const WAKE_ALARM = 'capture-queue-wake';
// Waits run on timers; the alarm is the safety net when the worker is stopped before a
// timer fires. Chrome fires alarms no sooner than 30 s ahead. Firefox keeps the time
// asked for, and needs it: it stops its event page after 30 s without an extension API
// call (Retry-After waits included) or at once when asked, so the alarm is what resumes
// the queue when the wait is over, not half a minute later.
const MIN_ALARM_MS = import.meta.env.FIREFOX ? 0 : 30_000;
const NOTIFICATION_PREFIX = 'capture:';

export interface BrowserQueueOptions {
  clientFor(connectionId: string): Promise<Client>;
  budgetFor?(connectionId: string): RateBudget;
  /** The connection's limiter, shared with the pages' requests. */
  limiterFor?(connectionId: string): RateLimiter;
  properties?: PropertyDeps;
  onUnauthorized?(connectionId: string, error: StoredError): void;
  /** The "notifications" setting, for this capture (one of many tabs saved at once: quiet). */
  notificationsEnabled(entry: HistoryEntry): Promise<boolean>;
  locale?(): Locale;
  /** Defaults to extension storage (`queueStore`). */
  store?: QueueStore;
  /** Also told of every event (e.g. to open a saved page when the setting asks for it). */
  onEvent?(event: QueueEvent): void;
  /** The workspace's upload cap of a connection (`Connection.maxUploadBytes`). */
  uploadLimit?(connectionId: string): Promise<number | null>;
}

function badgeText(counts: { pending: number; attention: number }): string {
  if (counts.attention > 0) return '!';
  return counts.pending > 0 ? String(Math.min(counts.pending, 999)) : '';
}

class QueueShell {
  queue: CaptureQueue | null = null;

  constructor(private readonly options: BrowserQueueOptions) {}

  private locale(): Locale {
    return this.options.locale?.() ?? currentLocale();
  }

  /** Registers listeners synchronously, so that an alarm can wake a stopped worker. */
  listen(): void {
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === WAKE_ALARM) this.queue?.wake();
    });
    // A listener here makes the browser start the worker when it starts, so captures
    // left in the outbox by the last session go on without waiting for a click.
    browser.runtime.onStartup.addListener(() => this.queue?.wake());
    globalThis.addEventListener?.('online', () => this.queue?.wake());
    // Optional: a browser without notifications (some Firefox for Android releases) must
    // still run the queue; the badge and the history tell the same.
    browser.notifications?.onClicked.addListener((id) => void this.open(id));
    browser.notifications?.onButtonClicked?.addListener((id) => void this.open(id));
  }

  scheduleAlarm(at: number): void {
    void browser.alarms.create(WAKE_ALARM, { when: Math.max(at, Date.now() + MIN_ALARM_MS) });
  }

  async onEvent(event: QueueEvent): Promise<void> {
    if (event.type === 'changed') return this.updateBadge();
    if (!browser.notifications || !(await this.options.notificationsEnabled(event.entry))) return;
    if (event.type === 'saved') await this.notifySaved(event.entry);
    else await this.notifyFailed(event.entry);
  }

  async updateBadge(): Promise<void> {
    if (!this.queue) return;
    const counts = this.queue.counts();
    const locale = this.locale();
    const title = [
      counts.attention > 0
        ? translate(locale, 'queueBadgeAttention', { count: counts.attention })
        : '',
      counts.pending > 0 ? translate(locale, 'queueBadgePending', { count: counts.pending }) : '',
    ].filter(Boolean);
    await browser.action.setBadgeText({ text: badgeText(counts) });
    await browser.action.setBadgeBackgroundColor({
      color: counts.attention > 0 ? '#d93025' : '#2f6fed',
    });
    await browser.action.setTitle({
      title: title.length > 0 ? title.join('\n') : translate(locale, 'actionTitle'),
    });
  }

  private async create(id: string, options: Browser.notifications.NotificationCreateOptions) {
    try {
      await browser.notifications.create(`${NOTIFICATION_PREFIX}${id}`, options);
    } catch {
      // Firefox knows no notification buttons: show it without them.
      const { buttons: _buttons, ...plain } = options;
      await browser.notifications.create(`${NOTIFICATION_PREFIX}${id}`, plain);
    }
  }

  private async notifySaved(entry: HistoryEntry): Promise<void> {
    const locale = this.locale();
    await this.create(entry.id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: translate(locale, 'queueSavedTitle', { target: entry.targetTitle }),
      message: entry.title,
      buttons: entry.pageUrl ? [{ title: translate(locale, 'queueOpenInNotion') }] : undefined,
    });
  }

  private async notifyFailed(entry: HistoryEntry): Promise<void> {
    const locale = this.locale();
    const failure = describeError(entry.error, locale);
    await this.create(entry.id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: translate(locale, 'queueFailedTitle', {
        target: entry.targetTitle,
        reason: failure.title,
      }),
      message: `${entry.title}\n${failure.action}`,
    });
  }

  /** A click on a "saved" notification opens the page in Notion. */
  private async open(notificationId: string): Promise<void> {
    if (!notificationId.startsWith(NOTIFICATION_PREFIX) || !this.queue) return;
    const id = notificationId.slice(NOTIFICATION_PREFIX.length);
    const entry = this.queue.list().find((e) => e.id === id);
    await browser.notifications.clear(notificationId);
    // Only a Notion page opens: the address came from Notion's answer or the target.
    const url = entry?.status === 'saved' ? notionPageToOpen(entry.pageUrl, entry.pageId) : null;
    if (url) await browser.tabs.create({ url });
  }
}

/**
 * The queue the background runs: extension storage, real timers, browser wake-ups,
 * badge and notifications. Call it synchronously when the worker starts (listeners
 * must exist before the event that woke the worker is dispatched), then `start()`.
 */
export function createBrowserQueue(options: BrowserQueueOptions): CaptureQueue {
  const shell = new QueueShell(options);
  const queue = createQueue({
    store: options.store ?? queueStore,
    clientFor: options.clientFor,
    budgetFor: options.budgetFor,
    limiterFor: options.limiterFor,
    properties: options.properties,
    onUnauthorized: options.onUnauthorized,
    uploadLimit: options.uploadLimit,
    isOnline: () => globalThis.navigator?.onLine !== false,
    scheduleWake: (at) => shell.scheduleAlarm(at),
    onEvent: (event) => {
      void shell.onEvent(event).catch(() => undefined);
      options.onEvent?.(event);
    },
  });
  shell.queue = queue;
  shell.listen();
  return queue;
}
