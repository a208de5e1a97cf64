/**
 * Three ways to save one page — the popup's Save button, the context menu's "Save page
 * to Notion" and the keyboard shortcut — must ask the queue for the same thing when the
 * person changed nothing in the popup: the same target, mode, title, address, form
 * values, blocks and `data:` images. Each path runs as it does in the extension, from
 * reading the page (`executeScript`, here a fake page) to the request it hands over
 * (the popup's `saveCapture` message, the background's `saveCapture`).
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { CAPTURE_GLOBAL, type CaptureRequest, type PageCapture } from '../capture/types';
import type { SaveCaptureInput } from '../messaging';
import { FULL_SCHEMA, P } from '../notion/schema/testing/fixture';
import type { Target } from '../notion/types';
import {
  defaultTargetIdItem,
  schemasItem,
  settingsItem,
  targetsItem,
  updateItem,
  type Settings,
} from '../storage';

const saved = vi.hoisted(() => ({ popup: [] as unknown[], background: [] as unknown[] }));

// The popup's side of the protocol: what it sends, and a capture that is saved at once.
vi.mock('../messaging', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../messaging')>()),
  sendMessage: async (verb: string, input: unknown) => {
    if (verb === 'saveCapture') {
      saved.popup.push(input);
      return { jobId: 'popup' };
    }
    if (verb === 'getCaptureStatus')
      return { status: 'saved', pageUrl: null, failure: null, targetTitle: 'x' };
    throw new Error(`unexpected message ${verb}`);
  },
}));

// The background's queue: what the gestures hand to it.
vi.mock('../../entrypoints/background/queue', () => ({
  saveCapture: async (input: unknown) => {
    saved.background.push(input);
    return { jobId: 'gesture' };
  },
}));

const NOW = new Date('2026-03-11T05:30:00Z');
const tab = {
  id: 3,
  windowId: 1,
  url: 'https://example.com/post?utm_source=x',
  title: 'A post',
  favIconUrl: 'https://example.com/favicon.ico',
};

const readingList: Target = {
  kind: 'data_source',
  id: 'reading',
  title: 'Reading list',
  databaseTitle: 'Reading list',
  connectionId: 'c',
  icon: null,
  url: null,
  dataSourceId: FULL_SCHEMA.dataSourceId,
  databaseId: 'd',
  // No title in the mapping: the title property is filled all the same.
  mapping: { url: P.url.id, captureType: P.type.id },
  mappingEdited: false,
};
const inbox: Target = {
  kind: 'page',
  id: 'inbox',
  title: 'Inbox',
  connectionId: 'c',
  icon: null,
  url: null,
  pageId: 'p',
  pageMode: 'append',
};

/** What the page answers for each mode: its metadata, and content for an article. */
function pageCapture(request: CaptureRequest): PageCapture {
  const article = request.mode === 'article';
  return {
    mode: request.mode,
    metadata: {
      title: '  A post  ',
      url: tab.url,
      canonicalUrl: null,
      description: 'What it says.',
      image: null,
      favicon: tab.favIconUrl,
      siteName: 'Example',
      author: 'Someone',
      publishedTime: '2026-03-01',
      language: 'en',
    },
    blocks: article ? [{ type: 'paragraph', paragraph: { rich_text: [] } }] : [],
    report: { items: [] },
    text: article ? 'The article.' : null,
    link: null,
    image: null,
    ...(article && request.dataImages
      ? { dataImages: ['data:image/png;base64,iVBORw0KGgo='] }
      : {}),
  };
}

beforeAll(async () => {
  await updateItem(targetsItem, () => [readingList, inbox]);
  await updateItem(schemasItem, () => ({ [FULL_SCHEMA.dataSourceId]: FULL_SCHEMA }));
});

beforeEach(() => {
  // A fresh popup each time (its session, its reads of the page), and a fresh worker.
  vi.resetModules();
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  saved.popup.length = 0;
  saved.background.length = 0;
  // The page: `/capture.js` defines the capture global, then each call runs it.
  vi.spyOn(browser.scripting, 'executeScript').mockImplementation((async (injection: {
    files?: string[];
    func?: (...args: unknown[]) => unknown;
    args?: unknown[];
  }) => {
    if (injection.files) {
      Object.defineProperty(globalThis, CAPTURE_GLOBAL, { value: pageCapture, configurable: true });
      return [{ frameId: 0, result: undefined }];
    }
    return [{ frameId: 0, result: injection.func?.(...(injection.args ?? [])) }];
  }) as never);
  // The person granted access to websites, so images are copied.
  vi.spyOn(browser.permissions, 'contains').mockImplementation((async () => true) as never);
});

afterEach(() => {
  vi.useRealTimers();
  Reflect.deleteProperty(globalThis, CAPTURE_GLOBAL);
});

/** The popup, opened on the tab, saving in `mode` to `target` with nothing edited. */
async function savedFromPopup(target: Target, mode: Settings['defaultMode']): Promise<unknown> {
  const { useSession } = await import('../../components/popup/session');
  const { readPage } = await import('../../components/popup/page-reader');
  const { saveNow } = await import('../../components/popup/save-flow');
  const stores = await import('../../components/popup/stores');
  await loaded(stores.useTargetsStore, (targets) => targets.length === 2);
  await loaded(stores.useSchemasStore, (schemas) => FULL_SCHEMA.dataSourceId in schemas);
  useSession.setState({
    openedAt: new Date(),
    tab,
    tabLoaded: true,
    capturability: 'page',
    captures: {},
    chosenMode: mode,
    targetId: target.id,
    title: null,
    edits: {},
    note: '',
    save: { phase: 'idle' },
  });
  // As when the popup opens: the page's metadata is read before Save is pressed.
  await readPage('bookmark');
  await saveNow();
  expect(useSession.getState().save).toMatchObject({ phase: 'tracking', jobId: 'popup' });
  expect(saved.popup).toHaveLength(1);
  return saved.popup[0];
}

/** Resolves once the store mirrors storage and `ready` holds for what it shows. */
function loaded<T>(
  store: {
    getState(): { value: T; loaded: boolean };
    subscribe(listener: (state: { value: T; loaded: boolean }) => void): () => void;
  },
  ready: (value: T) => boolean,
): Promise<void> {
  return new Promise((resolve) => {
    const check = (state: { value: T; loaded: boolean }) => state.loaded && ready(state.value);
    if (check(store.getState())) return resolve();
    const stop = store.subscribe((state) => {
      if (!check(state)) return;
      stop();
      resolve();
    });
  });
}

/** The context menu's "Save page to Notion" → `target`, with `mode` as the page's mode. */
async function savedFromMenu(target: Target): Promise<unknown> {
  const { onMenuClick } = await import('../../entrypoints/background/gestures');
  const info = { menuItemId: `page::${target.id}`, editable: false, pageUrl: tab.url };
  await expect(onMenuClick(info, tab as never)).resolves.toBe('gesture');
  return saved.background.pop();
}

/** The "save page" shortcut, with `target` as the default target. */
async function savedFromShortcut(target: Target): Promise<unknown> {
  const { onCommand } = await import('../../entrypoints/background/gestures');
  await updateItem(defaultTargetIdItem, () => target.id);
  await expect(onCommand('save-page', tab as never)).resolves.toBe('gesture');
  return saved.background.pop();
}

describe('the popup, the context menu and the shortcut', () => {
  for (const target of [readingList, inbox]) {
    for (const mode of ['bookmark', 'article'] as const) {
      it(`send the same request for the same page (${mode} to a ${target.kind})`, async () => {
        // The person's settings: this mode for pages, and images copied into Notion.
        await updateItem(settingsItem, (s) => ({ ...s, defaultMode: mode, uploadImages: true }));
        const popup = (await savedFromPopup(target, mode)) as SaveCaptureInput;
        expect(popup).toMatchObject({ targetId: target.id, mode, title: 'A post' });
        expect(popup.source).toEqual({ url: tab.url, title: 'A post' });
        if (mode === 'article') expect(popup.dataImages).toHaveLength(1);
        if (target.kind === 'data_source') {
          expect(popup.inputs[P.name.id]).toEqual({ type: 'title', text: 'A post' });
        }
        expect(await savedFromMenu(target)).toEqual(popup);
        expect(await savedFromShortcut(target)).toEqual(popup);
      });
    }
  }
});
