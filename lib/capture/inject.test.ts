import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Problem } from '../problems';
import { captureTab } from './inject';
import { pageHasMath } from './page/math-signal';
import {
  CAPTURE_GLOBAL,
  CAPTURE_LIGHT_GLOBAL,
  CAPTURE_MATH_GLOBAL,
  NEEDS_MATH_BUILD,
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
 * What the page shows: `math` is what `pageHasMath` finds there (it may change);
 * `probeFails` makes the browser refuse that probe.
 */
type FakePageState = { math: boolean; probeFails?: boolean };

const GLOBAL_OF_FILE: Record<string, string> = {
  '/capture.js': CAPTURE_GLOBAL,
  '/capture-math.js': CAPTURE_MATH_GLOBAL,
  '/capture-light.js': CAPTURE_LIGHT_GLOBAL,
};

/**
 * Stands in for the page: `files` defines the global of the script injected (as
 * /capture.js, /capture-math.js and /capture-light.js do; /capture.js declines an
 * article on a page with math, as it does) and `func` runs with its arguments, as the
 * browser would after serialising it — `pageHasMath` answering what `state` says.
 */
function fakePage(
  run: (request: CaptureRequest) => PageCapture | Promise<PageCapture>,
  state: FakePageState = { math: false },
) {
  const calls: Injection[] = [];
  vi.spyOn(browser.scripting, 'executeScript').mockImplementation((async (injection: Injection) => {
    calls.push(injection);
    if (injection.files) {
      const name = GLOBAL_OF_FILE[injection.files[0] ?? ''];
      if (!name) throw new Error(`no such script ${injection.files[0]}`);
      const value =
        name === CAPTURE_GLOBAL
          ? (request: CaptureRequest) =>
              request.mode === 'article' && state.math ? NEEDS_MATH_BUILD : run(request)
          : run;
      Object.defineProperty(globalThis, name, { value, configurable: true });
      return [{ frameId: 0, result: undefined }];
    }
    if (injection.func === pageHasMath) {
      if (state.probeFails) throw new Error('Frame was removed');
      return [{ frameId: 0, result: state.math }];
    }
    // The browser waits for a function's promise and hands back what it resolves to.
    return [{ frameId: 0, result: await injection.func?.(...(injection.args ?? [])) }];
  }) as never);
  return calls;
}

/** The scripts injected, in order. */
const injected = (calls: Injection[]) => calls.filter((c) => c.files).map((c) => c.files?.[0]);
/** The captures asked of the page (the math probe left out). */
const captureCalls = (calls: Injection[]) =>
  calls.filter((c) => !c.files && c.func !== pageHasMath);

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  Reflect.deleteProperty(globalThis, CAPTURE_GLOBAL);
  Reflect.deleteProperty(globalThis, CAPTURE_MATH_GLOBAL);
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
    await captureTab(7, { mode: 'article' });
    expect(captureCalls(calls).map((c) => c.args?.[1])).toEqual([
      { mode: 'article' },
      { mode: 'article' },
      { mode: 'bookmark' },
      { mode: 'article' },
    ]);
    expect(calls.filter((c) => c.files)).toEqual([
      { target: { tabId: 7 }, files: ['/capture.js'] },
    ]);
    expect(seen).toEqual([{ mode: 'article' }, { mode: 'bookmark' }, { mode: 'article' }]);
  });

  it('injects the light script for a first bookmark, and the full one once an article is asked for', async () => {
    const calls = fakePage((request) => capture({ mode: request.mode }));
    await captureTab(7, { mode: 'bookmark' });
    await captureTab(7, { mode: 'selection' });
    await captureTab(7, { mode: 'article' });
    await captureTab(7, { mode: 'bookmark' });
    expect(injected(calls)).toEqual(['/capture-light.js', '/capture.js']);
    // An article never runs in the light script, even when it is the one the page has.
    const articleCalls = calls.filter((c) => (c.args?.[1] as CaptureRequest)?.mode === 'article');
    expect(articleCalls.map((c) => c.args?.[0])).toEqual([
      [CAPTURE_MATH_GLOBAL, CAPTURE_GLOBAL],
      [CAPTURE_MATH_GLOBAL, CAPTURE_GLOBAL],
    ]);
  });

  it('injects /capture-math.js instead of /capture.js for an article on a page with math', async () => {
    const calls = fakePage((request) => capture({ mode: request.mode }), { math: true });
    await expect(captureTab(7, { mode: 'article' })).resolves.toEqual(capture());
    await captureTab(7, { mode: 'article' });
    await captureTab(7, { mode: 'selection' });
    expect(injected(calls)).toEqual(['/capture-math.js']);
    // The probe runs in the frame the capture reads.
    expect(calls.find((c) => c.func === pageHasMath)?.target).toEqual({ tabId: 7 });
  });

  it('asks for math only for an article', async () => {
    const calls = fakePage((request) => capture({ mode: request.mode }), { math: true });
    await captureTab(7, { mode: 'bookmark' });
    await captureTab(7, { mode: 'selection' });
    expect(calls.some((c) => c.func === pageHasMath)).toBe(false);
    expect(injected(calls)).toEqual(['/capture-light.js']);
  });

  it('brings /capture-math.js in once when a page gains math after /capture.js', async () => {
    const state = { math: false };
    const seen: CaptureRequest[] = [];
    const calls = fakePage((request) => {
      seen.push(request);
      return capture({ mode: request.mode });
    }, state);
    await captureTab(7, { mode: 'article' });
    state.math = true;
    await expect(captureTab(7, { mode: 'article' })).resolves.toEqual(capture());
    await captureTab(7, { mode: 'article' });
    expect(injected(calls)).toEqual(['/capture.js', '/capture-math.js']);
    // /capture.js declined without reading the page: each gesture read it once.
    expect(seen).toHaveLength(3);
  });

  it('still reads a page with math when the probe fails, through /capture.js declining', async () => {
    const calls = fakePage((request) => capture({ mode: request.mode }), {
      math: true,
      probeFails: true,
    });
    await expect(captureTab(7, { mode: 'article' })).resolves.toEqual(capture());
    expect(injected(calls)).toEqual(['/capture.js', '/capture-math.js']);
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
    Reflect.deleteProperty(globalThis, CAPTURE_MATH_GLOBAL);
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
