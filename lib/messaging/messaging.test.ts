import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { registerHandlers, type Handlers } from '.';

type Listener = (message: unknown, sender: { id?: string; url?: string }) => unknown;

/** Registers `handlers` and returns the listener the browser would call. */
function listen(handlers: Partial<Handlers>): Listener {
  const added = vi.spyOn(browser.runtime.onMessage, 'addListener');
  registerHandlers(handlers as Handlers, () => ({ title: 'failed', detail: '', action: '' }));
  return added.mock.calls[0]![0] as unknown as Listener;
}

const fromOptions = () => ({
  id: browser.runtime.id,
  url: browser.runtime.getURL('/options.html'),
});
const envelope = (verb: string) => ({ protocol: 'quick-capture/1', verb, input: {} });

describe('registerHandlers', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers a registered verb from the extension’s own pages', async () => {
    const listener = listen({ connectionsWithoutSecret: () => ['a'] });
    await expect(listener(envelope('connectionsWithoutSecret'), fromOptions())).resolves.toEqual({
      ok: true,
      value: ['a'],
    });
    // The same message from a page's script (its own URL) is not answered.
    expect(
      listener(envelope('connectionsWithoutSecret'), {
        id: browser.runtime.id,
        url: 'https://example.com/',
      }),
    ).toBeUndefined();
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    'leaves %j unanswered: it names what every object inherits, not a handler',
    (verb) => {
      const listener = listen({ connectionsWithoutSecret: () => [] });
      expect(listener(envelope(verb), fromOptions())).toBeUndefined();
    },
  );
});
