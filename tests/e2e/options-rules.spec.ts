/**
 * The options page's rules editor: a rule made there, its live preview on the tab the
 * person was looking at (a corpus page with JSON-LD), and the popup's save of that page
 * with the rule's values — a property filled from a JSON-LD field among them.
 */
import type { Page } from '@playwright/test';
import { DEMO } from '../notion-emulator/index';
import {
  expect,
  grantActiveTab,
  openPopupWindow,
  plainProperties,
  saveScreen,
  sendFromPage,
  test,
} from './pages/popup-page';

const P = DEMO.ids;
const HEADLINE = 'Xbox One X review: A console that keeps up with gaming PCs';

/** The Reading list rows other than the demo's welcome row. */
function newRows(emulator: { listPages: (f: { dataSource: string }) => unknown[] }) {
  return emulator
    .listPages({ dataSource: P.readingListDataSource })
    .filter((p) => (p as { id: string }).id !== P.welcomePage)
    .map((p) => plainProperties(p));
}

function rulesSection(options: Page) {
  return options.getByRole('region', { name: 'Rules' });
}

test('a rule made in the editor is previewed on the current tab and fills the popup’s save', async ({
  connect,
  context,
  serviceWorker,
  extensionId,
  corpus,
  openExtensionPage,
  emulator,
}) => {
  await connect();
  const url = corpus.pageUrl('engadget');
  const page = await context.newPage();
  await page.goto(url);
  // The person clicked the toolbar button on the page once: the extension may read it.
  const tabId = await grantActiveTab(context, serviceWorker, extensionId, page);

  const options = await openExtensionPage('options.html#rules');
  const rules = rulesSection(options);
  const preview = rules.getByRole('region', { name: 'Test page' });
  await expect(preview).toContainText('The current tab: Xbox One X review');
  await expect(preview.getByRole('status')).toHaveText(
    'No rule is for this page: the capture starts from the default target.',
  );

  await rules.getByRole('button', { name: 'Add a rule' }).click();
  const form = rules.getByRole('form', { name: 'New rule' });
  await form.getByRole('textbox', { name: 'Name' }).fill('Engadget reviews');
  // A whole address where the site goes: a sentence says what to write, nothing is lost.
  const host = form.getByRole('textbox', { name: 'Site' });
  await host.fill(`${new URL(url).origin}/engadget/`);
  await expect(form.getByText('Write only the site, without “https://”')).toBeVisible();
  await form.getByRole('button', { name: 'Save rule' }).click();
  await expect(host).toBeFocused();
  await expect(host).toHaveValue(`${new URL(url).origin}/engadget/`);
  await expect(form.getByRole('alert')).toContainText('what you typed is kept');
  await host.fill(new URL(url).hostname);
  await form.getByRole('textbox', { name: 'Path (optional)' }).fill('/engadget/**');

  await form
    .getByRole('textbox', { name: 'Title template' })
    .fill('{{schema:headline}} ({{meta:og:site_name}})');
  await form
    .getByRole('combobox', { name: 'Property to fill' })
    .selectOption({ label: 'Notes (rich_text)' });
  await form.getByRole('button', { name: 'Add a value for it' }).click();
  const notes = form.getByRole('textbox', { name: 'Notes (rich_text)' });
  await expect(notes).toBeFocused();
  await notes.fill('By {{schema:author}}, {{schema:datePublished|date:"MMM D, YYYY"}}');
  await form.getByRole('button', { name: 'Add a tag' }).click();
  await form.getByRole('textbox', { name: 'Tag 1' }).fill('{{schema:nothing}}');

  // The draft's own preview: what each value gives here, and which property it fills.
  const draft = form.getByRole('region', { name: 'This rule on the test page' });
  await expect(draft).toContainText('Applies: the first rule that matches.');
  const values = draft.getByRole('list', { name: 'The rule’s values on the test page' });
  await expect(values.getByRole('listitem').nth(0)).toContainText(`${HEADLINE} (Engadget)`);
  await expect(values.getByRole('listitem').nth(0)).toContainText('fills Name');
  await expect(values.getByRole('listitem').nth(2)).toContainText(
    'By Devindra Hardawar, Nov 3, 2017',
  );
  await expect(values.getByRole('listitem').nth(1)).toContainText(
    'This page has nothing for “{{schema:nothing}}”, so it is empty here.',
  );
  await saveScreen(options, 'options-rules-form');
  await form.getByRole('button', { name: 'Save rule' }).click();
  await expect(
    rules.getByRole('status').filter({ hasText: 'Saved “Engadget reviews”.' }),
  ).toBeVisible();

  // The list and the preview follow the stored rule.
  const item = rules.getByRole('listitem').filter({ hasText: 'Engadget reviews' });
  await expect(item).toContainText('Applies: the first rule that matches.');
  await expect(preview.getByRole('status')).toHaveText(
    'The rule “Engadget reviews” applies to this page.',
  );
  await expect(preview).toContainText('By Devindra Hardawar, Nov 3, 2017');
  const stored = (await serviceWorker.evaluate(() => chrome.storage.local.get('rules'))) as {
    rules: { name: string; match: unknown; set: { properties: Record<string, string> } }[];
  };
  expect(stored.rules).toEqual([
    expect.objectContaining({
      name: 'Engadget reviews',
      match: { kind: 'site', host: new URL(url).hostname, path: '/engadget/**' },
      set: expect.objectContaining({
        properties: {
          [DEMO.properties.readingList.notes]:
            'By {{schema:author}}, {{schema:datePublished|date:"MMM D, YYYY"}}',
        },
      }),
    }),
  ]);
  await saveScreen(options, 'options-rules-saved');

  // The popup on that page starts from the rule, and saves its values.
  const popup = await openPopupWindow(context, serviceWorker, extensionId, tabId);
  const title = popup.getByRole('textbox', { name: 'Title' });
  await expect(title).toHaveValue(`${HEADLINE} (Engadget)`);
  await expect(popup.getByRole('textbox', { name: 'Notes' })).toHaveValue(
    'By Devindra Hardawar, Nov 3, 2017',
  );
  await title.press('Enter');
  await expect(popup.getByRole('status').filter({ hasText: 'Saved to Reading list' })).toBeVisible({
    timeout: 30_000,
  });
  expect(newRows(emulator)).toEqual([
    expect.objectContaining({
      Name: `${HEADLINE} (Engadget)`,
      Notes: 'By Devindra Hardawar, Nov 3, 2017',
      URL: url,
    }),
  ]);
});

test('rules move by keyboard, the first match wins and says so, and a typed address is tested', async ({
  connect,
  openExtensionPage,
}) => {
  await connect();
  const options = await openExtensionPage('options.html#rules');
  const rule = (id: string, name: string, host: string) => ({
    rule: {
      id,
      name,
      enabled: true,
      match: { kind: 'site', host },
      set: { targetId: null, mode: 'article', title: '{{domain|upper}}', properties: {}, tags: [] },
    },
  });
  await sendFromPage(options, 'saveRule', rule('all', 'Every example page', '*.example.com'));
  await sendFromPage(options, 'saveRule', rule('news', 'Example news', 'news.example.com'));
  const rules = rulesSection(options);
  await rules
    .getByRole('textbox', { name: 'Or test an address' })
    .fill('https://news.example.com/a');
  await rules.getByRole('textbox', { name: 'Or test an address' }).press('Enter');
  const preview = rules.getByRole('region', { name: 'Test page' });
  await expect(preview.getByRole('status')).toHaveText(
    'The rule “Every example page” applies to this page. “Example news” matches too, but “Every example page” comes first.',
  );
  await expect(preview).toContainText('NEWS.EXAMPLE.COM');
  await expect(rules.getByRole('listitem').filter({ hasText: 'Example news' })).toContainText(
    'Matches, but “Every example page” comes first and applies instead.',
  );

  // Move "Example news" up with the keyboard: the focus stays with it.
  const up = rules.getByRole('button', { name: 'Move “Example news” up' });
  await up.focus();
  await options.keyboard.press('Enter');
  await expect(
    rules.getByRole('status').filter({ hasText: '“Example news” is now rule 1 of 2.' }),
  ).toBeVisible();
  await expect(rules.getByRole('button', { name: 'Move “Example news” down' })).toBeFocused();
  await expect(preview.getByRole('status')).toHaveText(
    'The rule “Example news” applies to this page. “Every example page” matches too, but “Example news” comes first.',
  );

  await rules.getByRole('button', { name: 'Remove “Every example page”' }).click();
  await rules.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(
    rules.getByRole('status').filter({ hasText: 'Removed “Every example page”.' }),
  ).toBeVisible();
  await expect(
    rules.getByRole('list', { name: 'Rules, in the order they are tried' }).getByRole('listitem'),
  ).toHaveCount(1);
});
