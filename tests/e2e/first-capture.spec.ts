/**
 * A new person's first capture, from a fresh profile: paste a personal access token into
 * the popup, pick "Reading list" from what it sees, save the page. One paste and two
 * clicks, counted, in English and Korean; the options page is never opened.
 */
import type { Locator, Page } from '@playwright/test';
import { DEMO } from '../notion-emulator/index';
import { routeNotionToEmulator } from './fixtures';
import { expect, pasteInto, plainProperties, saveScreen, test } from './pages/popup-page';

/** The person's gestures, counted as they are made. */
class Person {
  pastes = 0;
  clicks = 0;

  /** A paste into the field that has the focus (no click first). */
  async paste(field: Locator, text: string): Promise<void> {
    this.pastes++;
    await pasteInto(field, text);
  }

  async click(popup: Page, name: string): Promise<void> {
    this.clicks++;
    await popup.getByRole('button', { name, exact: true }).click();
  }
}

const WORDS = {
  en: {
    field: 'Personal access token',
    saveHere: 'Save here: Reading list',
    saveHereClients: 'Save here: Clients',
    save: 'Save',
    saved: 'Saved to Reading list',
  },
  ko: {
    field: '개인 액세스 토큰',
    saveHere: '여기에 저장: Reading list',
    saveHereClients: '여기에 저장: Clients',
    save: '저장',
    saved: 'Reading list에 저장했습니다',
  },
} as const;

for (const language of ['en', 'ko'] as const) {
  test.describe(`first capture (${language})`, () => {
    test.use({ uiLanguage: language });

    test('one paste and two clicks from a fresh profile to a saved page', async ({
      context,
      corpus,
      emulator,
      openPopupOn,
    }) => {
      const words = WORDS[language];
      // What the person's browser sends to api.notion.com is answered by the emulator.
      await routeNotionToEmulator(context, emulator);
      const { popup } = await openPopupOn(corpus.pageUrl('wikipedia'));
      const person = new Person();

      await person.paste(
        popup.getByLabel(words.field, { exact: true }),
        DEMO.personalTokens.ada.secret,
      );
      // The token's whole workspace is listed: Clients is shared with no integration.
      await expect(popup.getByRole('button', { name: words.saveHere })).toBeVisible();
      await expect(popup.getByRole('button', { name: words.saveHereClients })).toBeVisible();
      await saveScreen(popup, `first-capture-list-${language}`);

      await person.click(popup, words.saveHere);
      await expect(popup.getByRole('button', { name: words.save, exact: true })).toBeEnabled();
      await person.click(popup, words.save);
      await expect(popup.getByRole('status').filter({ hasText: words.saved })).toBeVisible({
        timeout: 30_000,
      });
      await saveScreen(popup, `first-capture-saved-${language}`);

      expect({ pastes: person.pastes, clicks: person.clicks }).toEqual({ pastes: 1, clicks: 2 });
      const rows = emulator
        .listPages({ dataSource: DEMO.ids.readingListDataSource })
        .filter((p) => (p as { id: string }).id !== DEMO.ids.welcomePage);
      expect(rows).toHaveLength(1);
      expect(plainProperties(rows[0]).URL).toBe(corpus.pageUrl('wikipedia'));
      // The PAT acts as Ada: the row is hers, and nothing was shared with anything.
      expect((rows[0] as { created_by: { id: string } }).created_by.id).toBe(DEMO.users.ada.id);
      expect(await popup.content()).not.toContain(DEMO.personalTokens.ada.secret);
    });
  });
}
