/**
 * The options page in Firefox, as a person uses it: labels and button names come from
 * the message catalogs, so the same steps run in English and in Korean. Assertions stay
 * in the specs.
 */
import { DEMO } from '../../notion-emulator/index';
import { waitFor, type Firefox } from '../driver/firefox';
import type { ExtensionTab } from '../driver/views';
import type { Fixtures } from '../fixtures';

type Say = Fixtures['say'];

export class OptionsPage {
  private constructor(
    readonly tab: ExtensionTab,
    private readonly say: Say,
  ) {}

  /** Opens `options.html` in a tab and waits until its first section painted. */
  static async open(firefox: Firefox, say: Say): Promise<OptionsPage> {
    const tab = await firefox.openExtensionTab('options.html');
    await waitFor(() => tab.act((dom) => dom.text('h2') !== ''), 'the options page to paint');
    return new OptionsPage(tab, say);
  }

  /**
   * Chooses "Integration secret", fills the "add a connection" form and presses Connect
   * (the API address under Advanced).
   */
  async addConnection(
    apiBase: string,
    secret: string = DEMO.integrations.main.secret,
    alias = 'Demo',
  ): Promise<void> {
    const say = this.say;
    // The form is drawn once the page knows there is no connection yet (with one, it
    // waits behind its button); the secret's field appears once the choice is made.
    await waitFor(
      () =>
        this.tab.act((dom, kind) => {
          try {
            dom.choose(kind);
            return true;
          } catch {
            return false;
          }
        }, say('connKindIntegration')),
      'the connection form',
    );
    await waitFor(
      () => this.tab.act((dom, label) => dom.hasField(label), say('optSecretLabel')),
      'the secret field',
    );
    await this.tab.act(
      (dom, labels, values) => {
        dom.fill(labels.alias, values.alias);
        dom.fill(labels.secret, values.secret);
        dom.click(labels.advanced);
        dom.fill(labels.apiBase, values.apiBase);
        dom.click(labels.connect);
      },
      {
        alias: say('optAliasLabel'),
        secret: say('optSecretLabel'),
        advanced: say('optAdvanced'),
        apiBase: say('optApiBaseLabel'),
        connect: say('optConnect'),
      },
      { alias, secret, apiBase },
    );
  }

  /** Pastes `text` in the targets' address box and presses "Look up". */
  async lookUp(text: string): Promise<void> {
    await this.tab.act(
      (dom, label, button, value) => {
        dom.fill(label, value);
        dom.click(button);
      },
      this.say('optPasteLabel'),
      this.say('optLookUp'),
      text,
    );
  }

  /** Presses "Add “name”" on a card of what Notion found, once it is there. */
  async addTarget(name: string): Promise<void> {
    const button = this.say('optAddNamed', { name });
    await waitFor(() => this.tab.act((dom, b) => dom.hasButton(b), button), `the button ${button}`);
    await this.tab.act((dom, b) => dom.click(b), button);
  }

  /** Waits until a status or alert says something matching `pattern`; returns all they say. */
  async announced(pattern: string | RegExp): Promise<string[]> {
    const test = (text: string) =>
      typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text);
    return waitFor(
      async () => {
        const said = await this.tab.act((dom) => dom.announcements());
        return said.some(test) ? said : null;
      },
      `the options page to say ${String(pattern)}`,
    );
  }

  /** Waits until the page shows `text` somewhere. */
  async shows(text: string): Promise<void> {
    await waitFor(
      async () => (await this.text()).includes(text),
      `the options page to show ${text}`,
    );
  }

  /** The page's text, spaces squashed. */
  text(): Promise<string> {
    return this.tab.act((dom) => dom.text());
  }
}
