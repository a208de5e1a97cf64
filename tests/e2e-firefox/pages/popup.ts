/**
 * The toolbar popup in Firefox, opened as a person opens it: on the selected tab, by the
 * toolbar button's own code. Firefox shows it in a panel of the browser window; the
 * steps here run in that panel's page (driver/views.ts). Labels come from the message
 * catalogs. Assertions stay in the specs.
 */
import type { MessageKey } from '../../../lib/i18n/catalog';
import { waitFor, type Firefox } from '../driver/firefox';
import type { Dom } from '../driver/dom';
import type { ExtensionTab } from '../driver/views';
import type { Fixtures } from '../fixtures';

type Say = Fixtures['say'];

/** Where the popup's page runs: Firefox's panel, or a tab of its own (as on Android). */
interface View {
  act<A extends unknown[], T>(fn: (dom: Dom, ...args: A) => T | Promise<T>, ...args: A): Promise<T>;
}

export class PopupPage {
  private constructor(
    readonly view: View,
    private readonly say: Say,
    /** The tab, when the popup's page was opened as one. */
    readonly tab?: ExtensionTab,
  ) {}

  /** Opens the popup on the selected tab and waits until the page has been read. */
  static async open(firefox: Firefox, say: Say): Promise<PopupPage> {
    return PopupPage.ready(new PopupPage(await firefox.openPopup(), say));
  }

  /**
   * Opens the popup's page in a tab of its own for tab `tabId`, as Firefox for Android
   * shows it (`popup.html?tab=` names the tab, since the active one is the popup).
   */
  static async openAsTab(firefox: Firefox, say: Say, tabId: number): Promise<PopupPage> {
    const tab = await firefox.openExtensionTab(`popup.html?tab=${tabId}`);
    return PopupPage.ready(new PopupPage(tab, say, tab));
  }

  private static async ready(popup: PopupPage): Promise<PopupPage> {
    const title = popup.say('popupTitleLabel');
    await waitFor(
      () => popup.view.act((dom, label) => dom.value(label) !== '', title).catch(() => false),
      'the popup to show the page’s title',
    );
    return popup;
  }

  title(): Promise<string> {
    return this.view.act((dom, label) => dom.value(label), this.say('popupTitleLabel'));
  }

  async setTitle(value: string): Promise<void> {
    await this.view.act((dom, label, v) => dom.fill(label, v), this.say('popupTitleLabel'), value);
  }

  /** Picks how to save: `popupModeBookmark`, `popupModeArticle`, `popupModeSelection`… */
  async choose(mode: MessageKey): Promise<void> {
    await this.view.act((dom, label) => dom.check(label), this.say(mode));
  }

  isChosen(mode: MessageKey): Promise<boolean> {
    return this.view.act((dom, label) => dom.checked(label), this.say(mode));
  }

  /** Waits until the popup's text matches `pattern` (a RegExp source); returns the text. */
  async shows(pattern: string): Promise<string> {
    return waitFor(async () => {
      const text = await this.text();
      return new RegExp(pattern).test(text) ? text : null;
    }, `the popup to show /${pattern}/`);
  }

  async save(): Promise<void> {
    await this.view.act((dom, name) => dom.click(name), this.say('popupSave'));
  }

  /** Waits until the popup says the capture was saved to `target`. */
  async savedTo(target: string): Promise<void> {
    const sentence = this.say('popupStatusSaved', { target });
    await waitFor(
      async () =>
        (await this.view.act((dom) => dom.announcements())).some((t) => t.startsWith(sentence)),
      `the popup to say ${sentence}`,
      45_000,
    );
  }

  text(): Promise<string> {
    return this.view.act((dom) => dom.text());
  }
}
