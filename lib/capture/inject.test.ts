import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Problem } from '../problems';
import { captureTab } from './inject';
import {
  CAPTURE_GLOBAL,
  CAPTURE_LIGHT_GLOBAL,
  type CaptureRequest,
  type PageCapture,
} from './types';

const capture = (over: Partial<PageCapture> = {}): PageCapture => ({
  mode: 'article',
  metadata: {
    title: 'T',
    url: 'https://example.com/',
    canonicalUrl: null,
    description: null,
    image: null,
    favicon: null,
    siteName: null,
    author: null,
    publishedTime: null,
    language: null,
  },
  blocks: [{ type: 'paragraph', paragraph: { rich_text: [] } }],
  report: { items: [] },
  text: 'text',
  link: null,
  image: null,
  ...over,
});

type Injection = {
  target: unknown;
  files?: string[];
  func?: (...args: unknown[]) => unknown;
  args?: unknown[];
};

/**
 * Stands in for the page: `files` defines the global of the script injected (as
 * /capture.js and /capture-light.js do) and `func` runs with its arguments, as the
 * browser would after serialising it.
 */
function fakePage(run: (request: CaptureRequest) => PageCapture | Promise<PageCapture>) {
  const calls: Injection[] = [];
  vi.spyOn(browser.scripting, 'executeScript').mockImplementation((async (injection: Injection) => {
    calls.push(injection);
    if (injection.files) {
      const name =
        injection.files[0] === '/capture-light.js' ? CAPTURE_LIGHT_GLOBAL : CAPTURE_GLOBAL;
      Object.defineProperty(globalThis, name, { value: run, configurable: true });
      return [{ frameId: 0, result: undefined }];
    }
    // The browser waits for a function's promise and hands back what it resolves to.
    return [{ frameId: 0, result: await injection.func?.(...(injection.args ?? [])) }];
  }) as never);
  return calls;
}

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  Reflect.deleteProperty(globalThis, CAPTURE_GLOBAL);
  Reflect.deleteProperty(globalThis, CAPTURE_LIGHT_GLOBAL);
});

describe('captureTab', () => {
  it('injects /capture.js once, then only calls it, passing the request as plain data', async () => {
    const seen: CaptureRequest[] = [];
    const calls = fakePage((request) => {
      seen.push(request);
      return capture();
    });
    await expect(captureTab(7, { mode: 'article' })).resolves.toEqual(capture());
    await captureTab(7, { mode: 'bookmark' });
    expect(calls.map((c) => (c.files ? 'files' : 'call'))).toEqual([
      'call',
      'files',
      'call',
      'call',
    ]);
    expect(calls[1]).toMatchObject({ target: { tabId: 7 }, files: ['/capture.js'] });
    expect(seen).toEqual([{ mode: 'article' }, { mode: 'bookmark' }]);
  });

  it('injects the light script for a first bookmark, and the full one once an article is asked for', async () => {
    const calls = fakePage((request) => capture({ mode: request.mode }));
    await captureTab(7, { mode: 'bookmark' });
    await captureTab(7, { mode: 'selection' });
    await captureTab(7, { mode: 'article' });
    await captureTab(7, { mode: 'bookmark' });
    expect(calls.filter((c) => c.files).map((c) => c.files)).toEqual([
      ['/capture-light.js'],
      ['/capture.js'],
    ]);
    // An article never runs in the light script, even when it is the one the page has.
    const articleCalls = calls.filter((c) => (c.args?.[1] as CaptureRequest)?.mode === 'article');
    expect(articleCalls.map((c) => c.args?.[0])).toEqual([[CAPTURE_GLOBAL], [CAPTURE_GLOBAL]]);
  });

  it('targets the frame the request names', async () => {
    const calls = fakePage(() => capture());
    await captureTab(3, { mode: 'selection', frameId: 12 });
    expect(calls[0]?.target).toEqual({ tabId: 3, frameIds: [12] });
  });

  it('says the page cannot be captured when the browser refuses the injection', async () => {
    vi.spyOn(browser.scripting, 'executeScript').mockRejectedValue(
      new Error('Cannot access a chrome:// URL'),
    );
    const error = await captureTab(1, { mode: 'article' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Problem);
    expect((error as Problem).code).toBe('PageNotCapturable');
  });

  it('reports a failure inside the page as unexpected, with its message', async () => {
    fakePage(() => {
      throw new Error('boom');
    });
    const error = (await captureTab(1, { mode: 'article' }).catch((e: unknown) => e)) as Problem;
    expect(error.code).toBe('Unexpected');
    expect(error.message).toContain('boom');
  });

  it('waits for a script that answers with a promise, and reports its rejection with its message', async () => {
    fakePage(async (request) => capture({ mode: request.mode }));
    await expect(captureTab(1, { mode: 'article' })).resolves.toEqual(capture());
    Reflect.deleteProperty(globalThis, CAPTURE_GLOBAL);
    fakePage(() => Promise.reject(new Error('slice failed')));
    const error = (await captureTab(1, { mode: 'article' }).catch((e: unknown) => e)) as Problem;
    expect(error.code).toBe('Unexpected');
    expect(error.message).toContain('slice failed');
  });

  it('says nothing is selected for a selection capture without a selection', async () => {
    fakePage(() => capture({ mode: 'selection', blocks: [], text: null }));
    const error = (await captureTab(1, { mode: 'selection' }).catch((e: unknown) => e)) as Problem;
    expect(error.code).toBe('NothingSelected');
  });
});
