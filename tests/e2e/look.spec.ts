/**
 * What a person sees, in English and Korean, light and dark: axe-core finds no serious or
 * critical accessibility fault in any popup state or in the options page, the popup's text
 * is readable (Chromium injects `body { font-size: 75% }` into extension pages, which the
 * stylesheet must override), and a picture of every state is written under
 * `test-results/screens/look/` for a reviewer to look at without running anything.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { DEMO, EmulatorAdmin } from '../notion-emulator/index';
import { expect, sendFromPage, test } from './pages/popup-page';
import { passagesOf, seededHighlight, seedHighlights } from './highlight-seeds';

type Scheme = 'light' | 'dark';

/** Axe's findings a person would stumble on: serious and critical ones, each named. */
async function seriousFaults(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary}`));
}

async function look(page: Page, name: string, scheme: Scheme, language: string): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  // A frame for the new colours before axe measures contrast.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
  mkdirSync('test-results/screens/look', { recursive: true });
  await page.screenshot({
    path: `test-results/screens/look/${name}-${language}-${scheme}.png`,
    fullPage: true,
  });
  // Soft: one run names every fault of every state, not only the first.
  expect.soft(await seriousFaults(page), `${name} (${language}, ${scheme})`).toEqual([]);
}

/** Presses Tab, as a keyboard user would, until `selector` has the focus. */
async function focusByKeyboard(page: Page, selector: string): Promise<void> {
  for (let press = 0; press < 40; press++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Computed font size in px of the first element `selector` finds. */
function fontSize(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}

for (const language of ['en', 'ko']) {
  test.describe(`${language === 'en' ? 'English' : 'Korean'}`, () => {
    test.use({ uiLanguage: language });

    for (const scheme of ['light', 'dark'] as const) {
      test(`every popup state and the options page, ${scheme}`, async ({
        connect,
        context,
        corpus,
        openPopupOn,
        openExtensionPage,
        emulator,
      }) => {
        const first = await openPopupOn(corpus.pageUrl('wikipedia'));
        await expect(first.popup.getByRole('heading').first()).toBeVisible();
        await look(first.popup, 'popup-onboarding', scheme, language);
        await first.popup.close();

        await connect();
        const ready = await openPopupOn(corpus.pageUrl('wikipedia'));
        const title = ready.popup.getByRole('textbox', { name: /Title|제목/ });
        await expect(title).toBeVisible();
        await look(ready.popup, 'popup-ready', scheme, language);

        // Readable text: the body at least 13 px, the page's title larger than labels.
        expect(await fontSize(ready.popup, 'body')).toBeGreaterThanOrEqual(13);
        const labelSize = await fontSize(ready.popup, 'label');
        expect(
          await title.evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
        ).toBeGreaterThan(labelSize);

        // Korean breaks between words, never inside one.
        const breaks = await ready.popup.evaluate(() => getComputedStyle(document.body).wordBreak);
        expect(breaks).toBe(language === 'ko' ? 'keep-all' : 'normal');

        // Keyboard focus on the chosen capture mode shows a ring unlike the mode's fill.
        await focusByKeyboard(ready.popup, 'input[type="radio"]:checked');
        const ring = await ready.popup.evaluate(() => {
          const mode = document.activeElement!.closest('.mode')!;
          const style = getComputedStyle(mode);
          return {
            style: style.outlineStyle,
            width: parseFloat(style.outlineWidth),
            color: style.outlineColor,
            fill: style.backgroundColor,
          };
        });
        expect(ring.style).toBe('solid');
        expect(ring.width).toBeGreaterThanOrEqual(2);
        expect(ring.color).not.toBe(ring.fill);

        await title.press('Enter');
        await expect(ready.popup.locator('.save-saved')).toBeVisible({ timeout: 30_000 });
        await look(ready.popup, 'popup-saved', scheme, language);
        await ready.popup.close();

        // Saved before: Enter asks once; the second Enter saves a copy, which is undone.
        const again = await openPopupOn(corpus.pageUrl('wikipedia'));
        await expect(again.popup.locator('.already-saved')).toBeVisible();
        const againTitle = again.popup.getByRole('textbox', { name: /Title|제목/ });
        await againTitle.press('Enter');
        await expect(again.popup.locator('.already-saved .notice-action')).toBeVisible();
        await look(again.popup, 'popup-already-saved', scheme, language);
        await againTitle.press('Enter');
        await expect(again.popup.locator('.save-saved')).toBeVisible({ timeout: 30_000 });
        await again.popup.getByRole('button', { name: /^(Undo|되돌리기)$/ }).click();
        await expect(again.popup.locator('.save-undone')).toBeVisible();
        await look(again.popup, 'popup-undone', scheme, language);
        await again.popup.close();

        // Offline: the capture waits, said in amber, and goes once the network is back.
        // (Notion's Retry-After is shown the same way; popup-states.spec.ts checks it.)
        const waiting = await openPopupOn(corpus.pageUrl('wikipedia'));
        await expect(waiting.popup.locator('button[type="submit"]')).toBeEnabled();
        await context.setOffline(true);
        await waiting.popup.locator('button[type="submit"]').click();
        await expect(waiting.popup.locator('.save-waiting')).toBeVisible({ timeout: 30_000 });
        await look(waiting.popup, 'popup-waiting', scheme, language);
        await context.setOffline(false);
        await expect(waiting.popup.locator('.save-saved')).toBeVisible({ timeout: 30_000 });
        await waiting.popup.close();

        const admin = new EmulatorAdmin(emulator.url);
        await admin.updateIntegration(DEMO.integrations.main.name, { revoked: true });
        const failed = await openPopupOn(corpus.pageUrl('wikipedia'));
        await expect(failed.popup.getByRole('alert').first()).toBeVisible();
        await look(failed.popup, 'popup-failed', scheme, language);
        // Saved anyway: one notice, whose button replaces the secret.
        await failed.popup.getByRole('textbox', { name: /Title|제목/ }).press('Enter');
        await expect(failed.popup.locator('.save-needs_attention')).toBeVisible({
          timeout: 30_000,
        });
        await look(failed.popup, 'popup-not-saved', scheme, language);
        await failed.popup.close();

        const options = await openExtensionPage('options.html');
        await expect(options.getByRole('heading').first()).toBeVisible();
        expect(await fontSize(options, 'body')).toBeGreaterThanOrEqual(13);
        await look(options, 'options', scheme, language);

        // The rules editor: a rule in the list, the form open with a sentence under a
        // field, the template help unfolded, and the preview of the current tab.
        await sendFromPage(options, 'saveRule', {
          rule: {
            id: 'wiki',
            name: 'Wikipedia',
            enabled: true,
            match: { kind: 'site', host: new URL(corpus.pageUrl('wikipedia')).hostname },
            set: {
              targetId: null,
              mode: 'article',
              title: '{{title|upper}}',
              properties: {},
              tags: ['{{site}}'],
            },
          },
        });
        const rules = options.locator('#rules');
        await expect(rules.locator('[data-rule-id="wiki"]')).toBeVisible();
        await rules.getByRole('button', { name: /Add a rule|규칙 추가/ }).click();
        await rules.locator('#rule-host').fill('https://example.com/news');
        await expect(rules.locator('#rule-host-problem')).toBeVisible();
        await rules.locator('#rule-title').fill('{{schema:headline}} – {{meta:og:site_name}}');
        await rules.locator('.template-help summary').click();
        await look(options, 'options-rules', scheme, language);
      });

      test(`the highlights in the popup and the options page, ${scheme}`, async ({
        connect,
        corpus,
        openPopupOn,
        openExtensionPage,
        serviceWorker,
      }) => {
        await connect();
        const address = corpus.pageUrl('wikipedia');
        const { popup } = await openPopupOn(address, async (page) => {
          const [one, two] = await passagesOf(page, 2);
          await seedHighlights(
            serviceWorker,
            address,
            [
              seededHighlight('one', one!, 'yellow', { note: 'Worth rereading' }),
              seededHighlight('two', two!, 'purple', { minute: 1 }),
              seededHighlight(
                'gone',
                'Words this page has never held, listed as not placed.',
                'red',
              ),
            ],
            'Mozilla',
          );
        });
        const items = popup.locator('.hl-item');
        await expect(items).toHaveCount(3);
        await look(popup, 'popup-highlights', scheme, language);
        // A colour being chosen, a note being written and a deletion being confirmed.
        await items.nth(0).locator('.hl-actions button').nth(1).click();
        await items.nth(1).locator('.hl-actions button').nth(2).click();
        await items.nth(2).locator('.hl-danger').click();
        await expect(items.nth(0).locator('textarea')).toBeVisible();
        await expect(items.nth(1).locator('.hl-picker')).toBeVisible();
        await expect(items.nth(2).locator('.hl-confirm')).toBeVisible();
        await look(popup, 'popup-highlights-editing', scheme, language);

        const options = await openExtensionPage('options.html#highlights');
        await expect(options.locator('.hl-pages > li')).toHaveCount(1);
        await look(options, 'options-highlights', scheme, language);
      });
    }
  });
}
