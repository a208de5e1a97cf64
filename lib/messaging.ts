/**
 * The one typed protocol between the extension's pages (popup, options) and the
 * background worker. Every request names a verb of `ProtocolMap`; handlers live only in
 * the background. A handler's thrown error reaches the caller as a `ProtocolError`
 * carrying the sentence written for people.
 *
 * Why not a library: the background must refuse messages that do not come from our own
 * extension pages (a web page or an injected script can never ask for a secret or a
 * save), and errors must travel with their human-readable description. Both fit in this
 * small file.
 */
import { browser, type Browser } from 'wxt/browser';
import type { ConnectionView } from './notion/types';

export interface AddConnectionInput {
  alias: string;
  secret: string;
  /** Defaults to `https://api.notion.com`. */
  apiBase?: string;
}

/** Verb → handler signature. Add a verb here, then its handler in the background. */
export interface ProtocolMap {
  listConnections(input: void): ConnectionView[];
  addConnection(input: AddConnectionInput): ConnectionView;
  /** A new secret for a connection whose secret was revoked or rotated. */
  replaceSecret(input: { connectionId: string; secret: string }): ConnectionView;
  removeConnection(input: { connectionId: string }): void;
}

export type Verb = keyof ProtocolMap;
export type InputOf<V extends Verb> = Parameters<ProtocolMap[V]>[0];
export type OutputOf<V extends Verb> = ReturnType<ProtocolMap[V]>;

/** A failure as people read it: what happened, details, and what to do. */
export interface DescribedFailure {
  title: string;
  detail: string;
  action: string;
  /** The raw code and message, shown only on request. */
  raw?: string;
}

interface Envelope {
  protocol: 'quick-capture/1';
  verb: Verb;
  input: unknown;
}

type Reply = { ok: true; value: unknown } | { ok: false; failure: DescribedFailure };

/** Thrown to the caller when the background handler failed. */
export class ProtocolError extends Error {
  constructor(readonly failure: DescribedFailure) {
    super(failure.title);
    this.name = 'ProtocolError';
  }
}

/** Sends a request to the background worker and returns its answer. */
export async function sendMessage<V extends Verb>(
  verb: V,
  input: InputOf<V>,
): Promise<OutputOf<V>> {
  const envelope: Envelope = { protocol: 'quick-capture/1', verb, input };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply | undefined;
  if (!reply) throw new Error(`The background did not answer "${verb}".`);
  if (!reply.ok) throw new ProtocolError(reply.failure);
  return reply.value as OutputOf<V>;
}

export type Handlers = {
  [V in Verb]: (input: InputOf<V>) => Promise<OutputOf<V>> | OutputOf<V>;
};

function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as Envelope).protocol === 'quick-capture/1' &&
    typeof (message as Envelope).verb === 'string'
  );
}

/**
 * True only for messages from this extension's own pages: same extension id and a
 * sender URL under the extension's origin. Injected page scripts share the extension id
 * but run at the page's URL, so they are refused too.
 */
export function isFromOwnExtension(sender: Browser.runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const origin = browser.runtime.getURL('/');
  return typeof sender.url === 'string' && sender.url.startsWith(origin);
}

/**
 * Registers the background's handlers. `describe` turns any thrown value into the
 * sentence shown to people.
 */
export function registerHandlers(
  handlers: Handlers,
  describe: (error: unknown) => DescribedFailure,
): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isEnvelope(message) || !isFromOwnExtension(sender)) return undefined;
    const handler = handlers[message.verb] as ((input: unknown) => unknown) | undefined;
    if (!handler) return undefined;
    return (async (): Promise<Reply> => {
      try {
        return { ok: true, value: await handler(message.input) };
      } catch (error) {
        return { ok: false, failure: describe(error) };
      }
    })();
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
