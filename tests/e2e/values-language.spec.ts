/**
 * What is written to Notion does not depend on the browser's language: in an English and
 * in a Korean browser, saving into a database files each capture under an option the
 * database already has (whatever language its options are in), and never adds one the
 * person did not type — from the popup and from a shortcut alike.
 */
import type { Worker } from '@playwright/test';
import { DEMO, type RunningEmulator } from '../notion-emulator/index';
import { expect, grantActiveTab, plainProperties, sendFromPage, test } from './pages/popup-page';

const KOREAN_TYPES = ['본문', '북마크', '선택한 텍스트', '링크', '이미지', '스크린샷'];

interface SelectConfig {
  options: { name: string }[];
}

function typeProperty(emulator: RunningEmulator) {
  const source = emulator.workspace.objects.get(DEMO.ids.readingListDataSource) as unknown as {
    properties: { name: string; config: SelectConfig }[];
  };
  return source.properties.find((p) => p.name === 'Type')!;
}

const typeOptions = (emulator: RunningEmulator) =>
  typeProperty(emulator).config.options.map((o) => o.name);

/** The demo's Reading list, its "Type" options renamed as a Korean team would name them. */
function koreanOptions(emulator: RunningEmulator): void {
  typeProperty(emulator).config.options.forEach((option, i) => {
    option.name = KOREAN_TYPES[i]!;
  });
}

function rows(emulator: RunningEmulator) {
  return emulator
    .listPages({ dataSource: DEMO.ids.readingListDataSource })
    .filter((p) => (p as { id: string }).id !== DEMO.ids.welcomePage)
    .map((p) => plainProperties(p));
}

async function shortcut(worker: Worker, tabId: number, command: string): Promise<string | null> {
  return worker.evaluate(
    async ({ tabId, command }) => {
      const tab = await chrome.tabs.get(tabId);
      const hook = (
        globalThis as unknown as {
          quickCaptureGestures: { onCommand: (c: string, t: unknown) => Promise<string | null> };
        }
      ).quickCaptureGestures;
      return hook.onCommand(command, tab);
    },
    { tabId, command },
  );
}

for (const uiLanguage of ['en', 'ko']) {
  test.describe(`a browser in ${uiLanguage === 'en' ? 'English' : 'Korean'}`, () => {
    test.use({ uiLanguage });

    for (const options of ['English', 'Korean'] as const) {
      test(`files captures under the database’s own ${options} options`, async ({
        connect,
        corpus,
        emulator,
        openPopupOn,
        openExtensionPage,
        context,
        serviceWorker,
        extensionId,
      }) => {
        if (options === 'Korean') koreanOptions(emulator);
        const [bookmark, article] =
          options === 'Korean' ? ['북마크', '본문'] : ['Bookmark', 'Article'];
        const before = typeOptions(emulator);
        await connect();

        // The popup, saved with Enter from the title field (the same key in any language).
        const { popup } = await openPopupOn(corpus.pageUrl('wikipedia'));
        await expect(popup.getByRole('combobox', { name: 'Type' })).toHaveValue(bookmark);
        await popup.getByRole('textbox').first().press('Enter');
        await expect.poll(() => rows(emulator).length, { timeout: 30_000 }).toBe(1);

        // A shortcut, with full articles as the default.
        const settings = await openExtensionPage('options.html');
        await sendFromPage(settings, 'saveSettings', { defaultMode: 'article' });
        const page = await context.newPage();
        await page.goto(corpus.pageUrl('v8-blog'));
        const tabId = await grantActiveTab(context, serviceWorker, extensionId, page);
        expect(await shortcut(serviceWorker, tabId, 'save-page')).toBeTruthy();
        await expect.poll(() => rows(emulator).length, { timeout: 30_000 }).toBe(2);

        expect(
          rows(emulator)
            .map((r) => r.Type)
            .sort(),
        ).toEqual([bookmark, article].sort());
        expect(typeOptions(emulator)).toEqual(before);
      });
    }
  });
}
