/**
 * Capturing without the popup: the context menu ("Save page / selection / link / image
 * to Notion", with a submenu of targets) and the keyboard shortcuts. The gesture grants
 * `activeTab`; the page is read by the injected capture script, the default form values
 * of the target are used, and the queue takes it from there (badge, notification).
 * The first site rule that matches the tab picks the target (unless a menu entry named
 * one), the mode of a page save, and fills the form (`lib/save/rule-defaults.ts`).
 */
import { browser, type Browser } from 'wxt/browser';
import type { BrowserFeatures } from '@/lib/platform/browser-features';
import { defaultSaveRequest } from '@/lib/save/default-request';
import { captureTab } from '@/lib/capture/inject';
import { tabCapture } from '@/lib/capture/tab-capture';
import type { CaptureRequest, PageCapture } from '@/lib/capture/types';
import { currentLocale, translate } from '@/lib/i18n';
import { imageUploadsAllowed } from '@/lib/save/image-access';
import { buildMenu, CONNECT_MENU_ID, parseMenuId, type MenuAction } from '@/lib/save/menus';
import { pageModeFor, ruleForAddress, targetFor } from '@/lib/save/rule-defaults';
import { orderTargets } from '@/lib/save/target-order';
import type { SiteRule } from '@/lib/rules/model';
import { describeError } from '@/lib/notion/errors/describe-error';
import { Problem, describeProblem } from '@/lib/problems';
import { defaultTargetIdItem, rulesItem, settingsItem, targetsItem } from '@/lib/storage';
import { highlightMenu, highlightMenuColor } from '@/lib/highlights/menu';
import { highlightFromCommand, highlightFromMenu } from './highlights';
import { batchMenu, parseBatchMenuId } from '@/lib/batch/menus';
import { progressLine } from '@/lib/batch/describe';
import type { Batch, BatchMode, BatchScope } from '@/lib/batch/model';
import { batchProgress } from '@/lib/batch/progress';
import { startBatch, commandScope } from './batch';
import { saveCapture } from './queue';
import { getTarget, schemaOf } from './targets';

type Tab = Browser.tabs.Tab;

/** Rebuilds the context menu from the targets (called at install and when they change). */
export async function rebuildMenus(): Promise<void> {
  const [targets, defaultId] = await Promise.all([
    targetsItem.getValue(),
    defaultTargetIdItem.getValue(),
  ]);
  await browser.contextMenus.removeAll();
  const entries = [
    ...buildMenu(targets, defaultId, currentLocale()),
    ...highlightMenu(currentLocale()),
  ];
  for (const entry of entries) {
    browser.contextMenus.create({
      id: entry.id,
      title: entry.title,
      contexts: entry.contexts,
      ...(entry.parentId ? { parentId: entry.parentId } : {}),
    });
  }
  // The toolbar button's own menu: many tabs at once, once there is a place to save to.
  if (targets.length === 0) return;
  for (const entry of batchMenu(currentLocale())) {
    browser.contextMenus.create({
      id: entry.id,
      title: entry.title,
      contexts: entry.contexts,
      ...(entry.parentId ? { parentId: entry.parentId } : {}),
    });
  }
}

/**
 * Saves the tabs of the window `tab` is in, skipping pages saved before (a gesture
 * cannot ask). Resolves to the batch's id, or null when nothing could start.
 */
async function saveTabsFrom(
  tab: Tab | undefined,
  scope: BatchScope | 'command',
  mode: BatchMode,
): Promise<string | null> {
  try {
    const windowId = tab?.windowId ?? (await browser.windows.getLastFocused()).id;
    if (windowId === undefined) throw new Problem('PageNotCapturable', {}, 'no window');
    const { batch } = await startBatch({
      scope: scope === 'command' ? await commandScope(windowId) : scope,
      mode,
      windowId,
      duplicates: 'skip',
    });
    await notifyBatch(batch);
    return batch.id;
  } catch (error) {
    await notifyFailure(error);
    return null;
  }
}

/** A screenshot capture: the tab's metadata when the page can be read, its title and address otherwise. */
async function screenshotCapture(tab: Tab): Promise<{ capture: PageCapture; dataUrl: string }> {
  const dataUrl = await browser.tabs.captureVisibleTab(tab.windowId!, { format: 'png' });
  // The page may be closed to extensions (a browser page): the tab's own facts will do.
  const capture = await captureTab(tab.id!, { mode: 'screenshot' }).catch(() =>
    tabCapture(tab, 'screenshot'),
  );
  return { capture, dataUrl };
}

/** Tells the person why a gesture did nothing, as a notification. */
export async function notifyFailure(error: unknown): Promise<void> {
  const failure = error instanceof Problem ? describeProblem(error) : describeError(error);
  // Notifications are optional (lib/queue/shell.ts): without them a failed gesture must
  // not throw on top of failing.
  if (!browser.notifications) return;
  await browser.notifications.create(`gesture:${Date.now()}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: failure.title,
    message: [failure.detail, failure.action].filter(Boolean).join('\n'),
  });
}

/** The batch as planned: how many tabs, and how many cannot be saved (the history says why). */
async function notifyBatch(batch: Batch): Promise<void> {
  if (!browser.notifications || !(await settingsItem.getValue()).notifications) return;
  const progress = batchProgress(batch, () => null);
  await browser.notifications.create(`batch:${batch.id}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: translate(currentLocale(), 'batchNotifyTitle'),
    message: progressLine(currentLocale(), progress),
  });
}

/** A save of the page as such: its mode is the rule's, else the person's default. */
const PAGE_SAVE = 'page';

/**
 * Captures what `request` asks for in `tab` and queues it for `targetId` (else the
 * rule's target, else the default). Failures reach the person as a notification;
 * resolves to the job id, or null when nothing was queued.
 */
export async function captureAndQueue(
  tab: Tab | undefined,
  request: CaptureRequest | typeof PAGE_SAVE,
  targetId: string | null,
): Promise<string | null> {
  try {
    if (!tab?.id) throw new Problem('PageNotCapturable', {}, 'no tab');
    const rule = ruleForAddress(await rulesItem.getValue(), tab.url);
    const target = await getTarget(await targetIdFor(targetId, rule));
    const asked = request === PAGE_SAVE ? await pageRequest(rule) : request;
    const dataImages = await imageUploadsAllowed();
    const { capture, dataUrl } =
      asked.mode === 'screenshot'
        ? await screenshotCapture(tab)
        : { capture: await captureTab(tab.id, { ...asked, dataImages }), dataUrl: null };
    const schema =
      target.kind === 'data_source'
        ? await schemaOf(target.connectionId, target.dataSourceId)
        : null;
    const draft = defaultSaveRequest(capture, {
      target,
      schema,
      now: new Date(),
      screenshot: dataUrl,
      rule,
    });
    const result = await saveCapture(draft);
    if ('fieldErrors' in result)
      throw new Problem('Unexpected', {}, Object.values(result.fieldErrors).join(' '));
    return result.jobId;
  } catch (error) {
    await notifyFailure(error);
    return null;
  }
}

/** The chosen target, else the rule's, else the default target. */
async function targetIdFor(chosen: string | null, rule: SiteRule | null): Promise<string> {
  const [targets, defaultId] = await Promise.all([
    targetsItem.getValue(),
    defaultTargetIdItem.getValue(),
  ]);
  // Without the recent targets: a shortcut saves where the person put the default.
  const ordered = orderTargets(targets, defaultId, []);
  // A menu entry's target is kept even if it is gone: `getTarget` then says so.
  if (chosen !== null) return chosen;
  const target = targetFor(ordered, null, rule);
  if (!target) throw new Problem('NoTarget');
  return target.id;
}

async function pageRequest(rule: SiteRule | null): Promise<CaptureRequest> {
  return { mode: pageModeFor(rule, (await settingsItem.getValue()).defaultMode) };
}

function requestFor(
  action: MenuAction,
  info: Browser.contextMenus.OnClickData,
): CaptureRequest | typeof PAGE_SAVE {
  const frame = info.frameId ? { frameId: info.frameId } : {};
  switch (action) {
    case 'page':
      return PAGE_SAVE;
    case 'selection':
      return { mode: 'selection', ...frame };
    case 'link':
      return {
        mode: 'link',
        link: { url: info.linkUrl ?? '', text: info.selectionText ?? '' },
        ...frame,
      };
    case 'image':
      return { mode: 'image', image: { url: info.srcUrl ?? '', alt: '' }, ...frame };
  }
}

/** A click on one of our context menu entries. */
export async function onMenuClick(
  info: Browser.contextMenus.OnClickData,
  tab?: Tab,
): Promise<string | null> {
  if (info.menuItemId === CONNECT_MENU_ID) {
    await browser.runtime.openOptionsPage();
    return null;
  }
  const color = highlightMenuColor(info.menuItemId);
  if (color) return highlightFromMenu(info, tab, color, notifyFailure);
  const tabs = parseBatchMenuId(info.menuItemId);
  if (tabs) return saveTabsFrom(tab, tabs.scope, tabs.mode);
  const parsed = parseMenuId(info.menuItemId);
  if (!parsed) return null;
  return captureAndQueue(tab, requestFor(parsed.action, info), parsed.targetId);
}

/** A keyboard shortcut (`_execute_action` opens the popup by itself). */
export async function onCommand(command: string, tab?: Tab): Promise<string | null> {
  const active = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  switch (command) {
    case 'save-page':
      return captureAndQueue(active, PAGE_SAVE, null);
    case 'save-selection':
      return captureAndQueue(active, { mode: 'selection' }, null);
    case 'save-screenshot':
      return captureAndQueue(active, { mode: 'screenshot' }, null);
    case 'highlight-selection':
      return highlightFromCommand(active, notifyFailure);
    case 'save-tabs':
      return saveTabsFrom(active, 'command', 'bookmark');
    default:
      return null;
  }
}

/**
 * Registers the menu and shortcut listeners (synchronously, at worker start), each only
 * where the browser has it: Firefox for Android has neither.
 */
export function listenForGestures(offered: Pick<BrowserFeatures, 'menus' | 'shortcuts'>): void {
  if (offered.menus) {
    browser.runtime.onInstalled.addListener(() => void rebuildMenus());
    browser.runtime.onStartup.addListener(() => void rebuildMenus());
    targetsItem.watch(() => void rebuildMenus());
    defaultTargetIdItem.watch(() => void rebuildMenus());
    browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info, tab));
  }
  if (offered.shortcuts) {
    browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
  }
}
