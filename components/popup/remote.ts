/**
 * What the popup asks the background for after it painted: a fresh schema, the earlier
 * save of this address, the workspace's people. Each is asked once per popup and kept
 * here by key; a failure is kept as the sentence to show.
 */
import { create } from 'zustand';
import { toFailure } from '@/components/use-action';
import { sendMessage, type DescribedFailure } from '@/lib/messaging';
import type { Person } from '@/lib/notion/workspace/browse';
import type { ExistingPage } from '@/lib/notion/workspace/find-existing';

/** One answer of the background: on its way, given, or failed with its sentence. */
export type Remote<T> =
  | { state: 'loading' }
  | { state: 'done'; value: T }
  | { state: 'failed'; failure: DescribedFailure };

interface RemoteState {
  /** By target id: the repairs of the mapping that the refresh made, in words. */
  schemas: Record<string, Remote<string[]>>;
  /** By `targetId url`. */
  existing: Record<string, Remote<ExistingPage | null>>;
  /** By connection id. */
  people: Record<string, Remote<Person[]>>;
}

/** Answers of the background for this popup, by key. */
export const useRemote = create<RemoteState>(() => ({ schemas: {}, existing: {}, people: {} }));

async function load<K extends keyof RemoteState, T>(
  area: K,
  key: string,
  run: () => Promise<T>,
): Promise<void> {
  if (useRemote.getState()[area][key]) return;
  const put = (value: Remote<T>) =>
    useRemote.setState((s) => ({ [area]: { ...s[area], [key]: value } }) as Partial<RemoteState>);
  put({ state: 'loading' });
  try {
    put({ state: 'done', value: await run() });
  } catch (error) {
    put({ state: 'failed', failure: toFailure(error) });
  }
}

/** Reads the target's schema from Notion; storage follows, and with it the form. */
export function refreshSchema(targetId: string): Promise<void> {
  return load('schemas', targetId, async () => {
    const view = await sendMessage('getSchema', { targetId, refresh: true });
    return view.changes;
  });
}

/** The key of an "already saved" lookup. */
export const existingKey = (targetId: string, url: string) => `${targetId} ${url}`;

/** Looks for an earlier save of `url` in the target. */
export function lookUpExisting(targetId: string, url: string): Promise<void> {
  return load('existing', existingKey(targetId, url), () =>
    sendMessage('findExisting', { targetId, url }),
  );
}

/** The people of the connection's workspace, for people properties. */
export function loadPeople(connectionId: string): Promise<void> {
  return load('people', connectionId, () => sendMessage('listPeople', { connectionId }));
}
