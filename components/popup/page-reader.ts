/**
 * Reads the tab: its capture for each mode (`captureTab` injects the capture script,
 * which converts in the page) and the screenshot of its visible part. Each is asked for
 * once per popup and kept in the session; asking again returns the same promise, so the
 * save can wait for a read already under way.
 */
import { browser } from 'wxt/browser';
import { captureTab } from '@/lib/capture/inject';
import { imageUploadsAllowed } from '@/lib/save/image-access';
import type { PageCapture } from '@/lib/capture/types';
import { Problem, describeProblem } from '@/lib/problems';
import { toFailure } from '@/components/use-action';
import { downgrade } from './capturability';
import { useSession, type ReadableMode } from './session';

const reads = new Map<ReadableMode, Promise<PageCapture | null>>();
let screenshot: Promise<string | null> | null = null;

function setReading(mode: ReadableMode, on: boolean): void {
  useSession.setState((s) => ({ reading: { ...s.reading, [mode]: on } }));
}

function failed(mode: ReadableMode, error: unknown): null {
  if (error instanceof Problem && error.code === 'NothingSelected') {
    useSession.setState({ hasSelection: false });
  } else if (error instanceof Problem && error.code === 'PageNotCapturable') {
    useSession.setState((s) => ({ capturability: downgrade(s.capturability) }));
  } else {
    const failure = error instanceof Problem ? describeProblem(error) : toFailure(error);
    useSession.setState({ readFailure: failure });
  }
  // A later call may try again (the page may have finished loading).
  if (mode !== 'selection') reads.delete(mode);
  return null;
}

/** The page's capture in `mode`, or null when the page cannot give one. */
export function readPage(mode: ReadableMode): Promise<PageCapture | null> {
  const known = reads.get(mode);
  if (known) return known;
  const { tab, capturability } = useSession.getState();
  if (!tab || capturability !== 'page') return Promise.resolve(null);
  setReading(mode, true);
  // With image copying on, the page hands over its data: images instead of dropping them.
  const read = imageUploadsAllowed()
    .then((dataImages) => captureTab(tab.id, { mode, dataImages }))
    .then(
      (capture) => {
        useSession.setState((s) => ({
          captures: { ...s.captures, [mode]: capture },
          ...(mode === 'selection' ? { hasSelection: true } : {}),
        }));
        return capture;
      },
      (error: unknown) => failed(mode, error),
    )
    .finally(() => setReading(mode, false));
  reads.set(mode, read);
  return read;
}

/**
 * First reads after the popup painted: the selection (which preselects the Selection
 * mode when there is one), else the page's metadata for a bookmark.
 */
export async function readOnOpen(): Promise<void> {
  const selection = await readPage('selection');
  if (!selection) await readPage('bookmark');
}

/** The visible part of the tab as a PNG data URL, or null (with a failure to show). */
export function takeScreenshot(): Promise<string | null> {
  if (screenshot) return screenshot;
  const { tab } = useSession.getState();
  if (!tab) return Promise.resolve(null);
  useSession.setState({ takingScreenshot: true, screenshotFailure: null });
  screenshot = browser.tabs
    .captureVisibleTab(tab.windowId, { format: 'png' })
    .then(
      (dataUrl) => {
        useSession.setState({ screenshot: dataUrl });
        return dataUrl;
      },
      (error: unknown) => {
        screenshot = null;
        const detail = error instanceof Error ? error.message : String(error);
        useSession.setState({
          screenshotFailure: describeProblem(new Problem('PageNotCapturable', {}, detail)),
        });
        return null;
      },
    )
    .finally(() => useSession.setState({ takingScreenshot: false }));
  return screenshot;
}
