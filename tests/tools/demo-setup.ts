/**
 * Connects a fresh profile to the emulator's demo workspace through the extension's own
 * protocol, as the options page would: a token (the main integration's secret unless told
 * otherwise; `npm start` uses Ada's personal access token), the "Reading list" database
 * (the default target) and the "Inbox" page (captures appended to it).
 */
import { DEMO } from '../notion-emulator/index';

type Send = (verb: string, input?: unknown) => Promise<unknown>;

interface Envelope<T> {
  ok: boolean;
  value?: T;
  failure?: { title: string; detail: string };
}

async function call<T>(send: Send, verb: string, input?: unknown): Promise<T> {
  const reply = (await send(verb, input)) as Envelope<T>;
  if (!reply?.ok)
    throw new Error(`${verb} failed: ${reply?.failure?.title} ${reply?.failure?.detail}`);
  return reply.value as T;
}

function notionUrl(title: string, id: string): string {
  return `https://www.notion.so/demo/${title}-${id.replace(/-/g, '')}`;
}

export interface DemoTargets {
  connectionId: string;
  readingListTargetId: string;
  inboxTargetId: string;
}

/** Which demo token to connect with. */
export type DemoToken = 'integration' | 'personal';

/** Connects the demo workspace; `token` picks the main integration's secret or Ada's PAT. */
export async function connectDemo(
  send: Send,
  apiBase: string,
  token: DemoToken = 'integration',
): Promise<DemoTargets> {
  const connection = await call<{ id: string }>(send, 'addConnection', {
    alias: 'Demo workspace',
    secret: token === 'personal' ? DEMO.personalTokens.ada.secret : DEMO.integrations.main.secret,
    apiBase,
  });
  const text = [
    notionUrl('Reading-list', DEMO.ids.readingListDatabase),
    notionUrl('Inbox', DEMO.ids.inboxPage),
  ].join('\n');
  const resolved = await call<
    { source: string; resolution?: { kind: string; choices?: unknown[]; page?: unknown } }[]
  >(send, 'resolveInput', { connectionId: connection.id, text });
  const [list, inbox] = resolved;
  if (list?.resolution?.kind !== 'data_sources' || inbox?.resolution?.kind !== 'page') {
    throw new Error(`The demo workspace did not resolve as expected: ${JSON.stringify(resolved)}`);
  }
  const readingList = await call<{ id: string }>(send, 'addTarget', {
    connectionId: connection.id,
    source: list.source,
    choice: { kind: 'data_source', source: list.resolution.choices![0] },
  });
  const inboxTarget = await call<{ id: string }>(send, 'addTarget', {
    connectionId: connection.id,
    source: inbox.source,
    choice: { kind: 'page', page: inbox.resolution.page, pageMode: 'append' },
  });
  await call(send, 'setDefaultTarget', { targetId: readingList.id });
  return {
    connectionId: connection.id,
    readingListTargetId: readingList.id,
    inboxTargetId: inboxTarget.id,
  };
}
