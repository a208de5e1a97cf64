/**
 * What the person can do once the capture is in the queue: try it again, undo it, give
 * its connection a new secret, open its target in Notion. Each goes through the
 * background; a refusal is kept as the sentence to show, and the capture stays as it was.
 */
import { browser } from 'wxt/browser';
import { toFailure } from '@/components/use-action';
import { sendMessage } from '@/lib/messaging';
import { isNotionPageUrl, notionPageToOpen } from '@/lib/notion/api/notion-url';
import type { Target } from '@/lib/notion/types';
import { track } from './save-flow';
import { useSession } from './session';

const idle = { busy: false, failure: null };

async function followUp(run: (jobId: string) => Promise<void>): Promise<void> {
  const { save, followUp } = useSession.getState();
  if (save.phase !== 'tracking' || followUp.busy) return;
  useSession.setState({ followUp: { busy: true, failure: null } });
  try {
    await run(save.jobId);
    useSession.setState({ followUp: idle });
  } catch (error) {
    useSession.setState({ followUp: { busy: false, failure: toFailure(error) } });
  }
}

/** Tries the capture again now (the retry the history offers), then follows it. */
export function retryNow(): Promise<void> {
  return followUp(async (jobId) => {
    await sendMessage('retryCapture', { jobId });
    useSession.setState({ save: { phase: 'tracking', jobId, view: null } });
    void track(jobId);
  });
}

/** Moves the capture's new page to the trash; the popup then says it was undone. */
export function undoNow(): Promise<void> {
  return followUp(async (jobId) => {
    const view = await sendMessage('undoCapture', { jobId });
    useSession.setState({ save: { phase: 'tracking', jobId, view } });
  });
}

/** Opens the options page at the connections, where a revoked secret is replaced. */
export function openConnections(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/options.html#connections') });
}

/** The target's own Notion address, or null when none is known. */
export function targetAddress(target: Target): string | null {
  const url = notionPageToOpen(
    target.url,
    target.kind === 'page' ? target.pageId : target.databaseId,
  );
  return isNotionPageUrl(url) ? url : null;
}
