/**
 * Drawing on a loaded page happens only with the setting on, the access granted and
 * highlights to draw; anything else injects nothing into the page.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHighlight } from '@/lib/highlights';
import { addHighlight } from '@/lib/highlights/stored/store';
import { DEFAULT_SETTINGS, settingsItem } from '@/lib/storage';
import { drawForTab } from './highlights';
import { drawOnRevisit } from './revisit';

vi.mock('./highlights', () => ({ drawForTab: vi.fn(() => Promise.resolve()) }));

const PAGE = 'https://example.org/essay';
const draw = vi.mocked(drawForTab);
let granted = true;

beforeEach(async () => {
  fakeBrowser.reset();
  draw.mockClear();
  granted = true;
  // The fake browser has no permissions API: this one answers as the browser would.
  Object.assign(browser, {
    permissions: { contains: vi.fn(() => Promise.resolve(granted)) },
  });
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, showHighlightsOnRevisit: true });
  await addHighlight(
    PAGE,
    createHighlight({
      id: 'a',
      now: new Date(),
      color: 'yellow',
      target: {
        quote: { type: 'TextQuoteSelector', exact: 'words', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: 5 },
      },
    }),
  );
});

describe('drawOnRevisit', () => {
  it('draws a page with highlights, the fragment of its address aside', async () => {
    await drawOnRevisit(7, `${PAGE}#part-2`);
    expect(draw).toHaveBeenCalledWith(7);
  });

  it('draws nothing with the setting off', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, showHighlightsOnRevisit: false });
    await drawOnRevisit(7, PAGE);
    expect(draw).not.toHaveBeenCalled();
  });

  it('draws nothing once the browser withdrew the access', async () => {
    granted = false;
    await drawOnRevisit(7, PAGE);
    expect(draw).not.toHaveBeenCalled();
  });

  it('draws nothing on a page without highlights, or one the extension cannot script', async () => {
    await drawOnRevisit(7, 'https://example.org/other');
    await drawOnRevisit(7, 'chrome://settings');
    await drawOnRevisit(7, undefined);
    expect(draw).not.toHaveBeenCalled();
  });
});
