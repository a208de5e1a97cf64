import type { Page } from '@playwright/test';
import { catalog } from '../../lib/i18n/catalog';
import { DEMO } from '../notion-emulator/index';
import { connectDemo } from '../tools/demo-setup';
import { expect, saveScreen, sendFromPage, test } from './fixtures';
import { openOptions } from './pages/options-page';

/** The options page with something in every section: a connection, targets, a mapping. */
async function furnish(page: Page, emulator: { url: string }): Promise<void> {
  await connectDemo((verb, input) => sendFromPage(page, verb, input), emulator.url);
  await page.getByRole('heading', { name: 'Reading list', level: 3 }).waitFor();
}

/** English sentences of the options area that must not show on a Korean page. */
function englishSentences(): string[] {
  return (
    Object.entries(catalog.en)
      // The product's name reads the same in both languages.
      .filter(
        ([key, message]) =>
          key.startsWith('opt') && message !== catalog.ko[key as keyof typeof catalog.ko],
      )
      .flatMap(([, message]) =>
        typeof message === 'string' ? [message] : [message.one, message.other],
      )
      .map((text) => text.split('{')[0]!.trim())
      // Short words ("URL", "Title") are the same in both languages or too common to test.
      .filter((text) => text.length >= 12)
  );
}

test.describe('in English', () => {
  test('the whole options page', async ({ emulator, openExtensionPage }) => {
    const page = await openOptions(openExtensionPage);
    await furnish(page, emulator);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle('Quick Capture for Notion — Options');
    await page.getByRole('button', { name: 'Properties' }).click();
    await expect(page.getByLabel('Page address')).toBeVisible();
    await page.getByText('Advanced').click();
    // Every field and button has a name a screen reader can say.
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('input, select, textarea, button')]
        .filter((el) => {
          const field = el as HTMLInputElement;
          const named =
            (field.labels?.length ?? 0) > 0 ||
            field.getAttribute('aria-label') ||
            (el.tagName === 'BUTTON' && el.textContent?.trim());
          return !named;
        })
        .map((el) => `${el.tagName.toLowerCase()}#${el.id} ${el.className}`),
    );
    expect(unnamed).toEqual([]);
    await saveScreen(page, 'options-en');
  });
});

test.describe('in Korean', () => {
  test.use({ uiLanguage: 'ko' });

  test('the whole options page, with its sentences for bad input', async ({
    emulator,
    openExtensionPage,
    serviceWorker,
  }) => {
    expect(await serviceWorker.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^ko/);
    const page = await openOptions(openExtensionPage);
    await furnish(page, emulator);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page).toHaveTitle('Quick Capture for Notion — 옵션');
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings).toEqual([
      'Notion 연결',
      '캡처 저장 위치',
      '규칙',
      '동작',
      '단축키',
      '기록',
      '하이라이트',
      '내보내기와 가져오기',
    ]);

    await page.getByRole('button', { name: '속성', exact: true }).click();
    await expect(page.getByLabel('페이지 주소')).toBeVisible();
    await page.getByLabel('Notion 주소(한 줄에 하나씩)').fill('https://example.com/글');
    await page.getByRole('button', { name: '찾아보기' }).click();
    await expect(
      page.getByText('“https://example.com/글”은 Notion 주소나 ID가 아닙니다.'),
    ).toBeVisible();
    await page.getByRole('radio', { name: /^통합 시크릿/ }).check();
    await page.getByLabel('통합 시크릿', { exact: true }).fill('ntn_' + 'x'.repeat(46));
    await page.getByText('고급').click();
    await page.getByLabel('API 주소').fill(emulator.url);
    await page.getByRole('button', { name: '연결', exact: true }).click();
    await expect(page.getByRole('alert').first()).toContainText(
      'Notion이 이 연결의 시크릿을 받아들이지 않았습니다',
    );

    const text = await page.locator('body').innerText();
    const leftovers = englishSentences().filter((sentence) => text.includes(sentence));
    expect(leftovers).toEqual([]);
    expect(text).toContain(DEMO.workspace.name);
    await saveScreen(page, 'options-ko');
  });
});
