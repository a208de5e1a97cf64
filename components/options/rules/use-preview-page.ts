/**
 * The page the rule preview tests against: the tab the person last looked at, asked from
 * the background (the options page never picks itself), or an address the person typed.
 */
import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { toFailure } from '@/components/use-action';
import type { PageCapture } from '@/lib/capture/types';
import { tabCapture } from '@/lib/capture/tab-capture';
import { sendMessage, type DescribedFailure } from '@/lib/messaging';

export type PreviewSource =
  | { kind: 'loading' }
  | { kind: 'tab'; capture: PageCapture; pageRead: boolean }
  | { kind: 'typed'; capture: PageCapture }
  /** The browser hides the tab's address until Quick Capture is opened on it. */
  | { kind: 'hidden' }
  | { kind: 'none' }
  | { kind: 'failed'; failure: DescribedFailure };

export interface PreviewPageState {
  source: PreviewSource;
  /** Reads the current tab again (after the person switched to another one). */
  readTab: () => void;
  /** Tests against `address` instead of a tab. */
  testAddress: (address: string) => void;
}

async function ownTabId(): Promise<number | null> {
  // Undefined where the options page is embedded in the browser's own settings page.
  const tab = await browser.tabs.getCurrent().catch(() => undefined);
  return tab?.id ?? null;
}

export function usePreviewPage(): PreviewPageState {
  const [source, setSource] = useState<PreviewSource>({ kind: 'loading' });
  const readTab = useCallback(() => {
    setSource({ kind: 'loading' });
    void ownTabId()
      .then((excludeTabId) => sendMessage('readPreviewPage', { excludeTabId }))
      .then((page) =>
        setSource(
          page.kind === 'page'
            ? { kind: 'tab', capture: page.capture, pageRead: page.pageRead }
            : page,
        ),
      )
      .catch((error: unknown) => setSource({ kind: 'failed', failure: toFailure(error) }));
  }, []);
  const testAddress = useCallback((address: string) => {
    setSource({
      kind: 'typed',
      capture: tabCapture({ url: address.trim(), title: '' }, 'bookmark'),
    });
  }, []);
  useEffect(readTab, [readTab]);
  return { source, readTab, testAddress };
}

/** The capture the preview is of, when there is one. */
export function previewCapture(source: PreviewSource): PageCapture | null {
  return source.kind === 'tab' || source.kind === 'typed' ? source.capture : null;
}
