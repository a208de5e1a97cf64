/**
 * The popup asks for the tab's highlights once per opening, and the list's panel is
 * loaded only when it has something to show — and stays once shown.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Highlight } from '@/lib/highlights';
import type { TabHighlights } from '@/lib/messaging';
import { pageHighlightsItem } from '@/lib/storage';
import {
  loadTabHighlights,
  replaceHighlights,
  showsHighlightsPanel,
  useTabHighlights,
} from './tab-highlights';

const answers = vi.hoisted(() => ({ next: null as unknown }));
vi.mock('@/lib/messaging', async (original) => ({
  ...(await original<typeof import('@/lib/messaging')>()),
  sendMessage: vi.fn(async () => {
    if (answers.next instanceof Error) throw answers.next;
    return answers.next;
  }),
}));

const url = 'https://example.com/essay';
const highlight = { id: 'h1' } as Highlight;
const view = (highlights: Highlight[]): TabHighlights =>
  ({ pageUrl: url, highlights, unplaced: [], drawing: 'drawn' }) as unknown as TabHighlights;
const shown = (selectionMode = false, hasSelection = false) =>
  showsHighlightsPanel(useTabHighlights.getState(), selectionMode, hasSelection);

beforeEach(() => {
  fakeBrowser.reset();
  useTabHighlights.setState({ view: null, failure: null, listed: false });
});

describe('the highlights panel', () => {
  it('is not shown on a page without highlights, unless text is selected in the Selection mode', async () => {
    answers.next = view([]);
    await loadTabHighlights(1);
    expect(shown()).toBe(false);
    expect(shown(false, true)).toBe(false);
    expect(shown(true, false)).toBe(false);
    expect(shown(true, true)).toBe(true);
  });

  it('is shown for the page’s highlights and stays after the last one is deleted', async () => {
    answers.next = view([highlight]);
    await loadTabHighlights(1);
    expect(shown()).toBe(true);
    replaceHighlights([]);
    expect(useTabHighlights.getState().view?.highlights).toEqual([]);
    expect(shown()).toBe(true);
  });

  it('is shown with the failure when the highlights cannot be read', async () => {
    answers.next = new Error('no answer');
    await loadTabHighlights(1);
    expect(useTabHighlights.getState().failure).not.toBeNull();
    expect(shown()).toBe(true);
  });

  it('follows the page’s highlights changed elsewhere while the popup is open', async () => {
    answers.next = view([]);
    await loadTabHighlights(1);
    await pageHighlightsItem(url).setValue({
      url,
      title: 'Essay',
      highlights: [highlight],
    } as never);
    expect(useTabHighlights.getState().view?.highlights).toEqual([highlight]);
    expect(shown()).toBe(true);
  });
});
