import { DEMO } from '../notion-emulator/index';
import { expect, saveScreen, test } from './fixtures';
import {
  addConnectionInForm,
  mainIntegration,
  notionUrl,
  openOptions,
  secretField,
  stored,
} from './pages/options-page';

interface Stored {
  connections?: { id: string; alias: string; botName: string; revokedAt: string | null }[];
  secrets?: Record<string, string>;
  targets?: unknown[];
}

const SECRET = DEMO.integrations.main.secret;

test('a connection is added with the form: bad secrets and addresses get sentences first', async ({
  emulator,
  openExtensionPage,
  serviceWorker,
}) => {
  const page = await openOptions(openExtensionPage);
  const form = page.getByRole('form', { name: 'Add a connection' });
  // A personal access token is offered first; this test takes the integration path.
  await expect(form.getByRole('radio', { name: /^Personal access token/ })).toBeChecked();
  await form.getByRole('radio', { name: /^Integration secret/ }).check();
  // The steps to follow sit beside the secret field and describe it for screen readers.
  await expect(form.getByRole('link', { name: 'notion.so/profile/integrations' })).toBeVisible();
  await expect(secretField(page)).toHaveAttribute('aria-describedby', 'connect-steps');

  // Half a secret: refused before anything is sent.
  await addConnectionInForm(page, emulator.url, 'ntn_abc');
  await expect(form.getByRole('alert')).toContainText('doesn’t look like a Notion secret');
  // A well-formed secret Notion does not know: mistyped or revoked.
  await secretField(page).fill('ntn_' + 'x'.repeat(46));
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(form.getByRole('alert')).toContainText(/revoked or mistyped/i);
  // Anywhere but Notion or this machine: the secret must not go there.
  await secretField(page).fill(SECRET);
  await page.getByLabel('API address').fill('https://notion-proxy.example.com');
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(form.getByRole('alert')).toContainText('This API address isn’t allowed');
  expect(await stored<Stored>(serviceWorker, ['connections'])).toEqual({});
  const users = emulator.requestLog().filter((r) => r.path === '/v1/users/me');
  expect(users.map((r) => r.status)).toEqual([401]);

  await page.getByLabel('API address').fill(emulator.url);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Connected to' })).toHaveText(
    `Connected to ${DEMO.workspace.name} as ${DEMO.integrations.main.name}.`,
  );
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Demo' }) });
  await expect(card).toContainText(DEMO.workspace.name);
  await expect(card).toContainText(DEMO.integrations.main.name);
  await expect(card).toContainText(`ntn_••••••••${SECRET.slice(-4)}`);
  // The secret left the page: the field is empty and nothing shows it.
  await expect(secretField(page)).toHaveValue('');
  expect(await page.content()).not.toContain(SECRET);

  const after = await stored<Stored>(serviceWorker, ['connections', 'secrets']);
  expect(after.connections).toHaveLength(1);
  expect(after.connections![0]).toMatchObject({ alias: 'Demo', botName: 'Quick Capture' });
  expect(after.secrets![after.connections![0]!.id]).toBe(SECRET);
  await saveScreen(page, 'options-connection-added');
});

test('a revoked secret gets a sentence where it fails, and a new one replaces it', async ({
  emulator,
  openExtensionPage,
  serviceWorker,
}) => {
  const page = await openOptions(openExtensionPage);
  await addConnectionInForm(page, emulator.url);
  await expect(page.getByRole('heading', { name: 'Demo', exact: true })).toBeVisible();

  // The person regenerates the secret in Notion: the old one stops working.
  const integration = mainIntegration(emulator);
  const rotated = 'ntn_' + 'R0tated'.repeat(6) + 'zz';
  integration.secret = rotated;

  await page
    .getByLabel('Notion addresses (one per line)')
    .fill(notionUrl('Reading-list', DEMO.ids.readingListDatabase));
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page.getByRole('alert').first()).toContainText(/revoked or mistyped/i);

  await page.getByRole('button', { name: 'Replace secret' }).click();
  const field = page.getByLabel('New secret for “Demo”');
  // A wrong paste never replaces a working secret.
  await field.fill('ntn_' + 'w'.repeat(46));
  await page.getByRole('button', { name: 'Check and save' }).click();
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: /revoked or mistyped/i })
      .last(),
  ).toBeVisible();
  let now = await stored<Stored>(serviceWorker, ['connections', 'secrets']);
  expect(Object.values(now.secrets!)).toEqual([SECRET]);

  await field.fill(rotated);
  await page.getByRole('button', { name: 'Check and save' }).click();
  await expect(page.getByText(`ntn_••••••••${rotated.slice(-4)}`)).toBeVisible();
  now = await stored<Stored>(serviceWorker, ['connections', 'secrets']);
  expect(Object.values(now.secrets!)).toEqual([rotated]);
  expect(now.connections![0]!.revokedAt).toBeNull();

  // The same look-up now works.
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page.getByRole('button', { name: 'Add “Reading list”' })).toBeVisible();
});

test('removing a connection asks first, then removes its targets too', async ({
  emulator,
  openExtensionPage,
  serviceWorker,
}) => {
  const page = await openOptions(openExtensionPage);
  await addConnectionInForm(page, emulator.url);
  await page
    .getByLabel('Notion addresses (one per line)')
    .fill(notionUrl('Inbox', DEMO.ids.inboxPage));
  await page.getByRole('button', { name: 'Look up' }).click();
  await page.getByRole('button', { name: 'Add “Inbox”' }).click();
  await expect(page.getByRole('heading', { name: 'Inbox', level: 3 })).toBeVisible();

  await page.getByRole('button', { name: 'Remove “Demo”' }).click();
  await expect(page.getByText('Remove “Demo”? Its 1 target is removed too.')).toBeVisible();
  // The open "Add…" forms have a Cancel of their own.
  await page
    .getByRole('group', { name: 'Remove the connection' })
    .getByRole('button', { name: 'Cancel' })
    .click();
  expect((await stored<Stored>(serviceWorker, ['connections'])).connections).toHaveLength(1);

  await page.getByRole('button', { name: 'Remove “Demo”' }).click();
  await page
    .getByRole('group', { name: 'Remove the connection' })
    .getByRole('button', { name: 'Remove' })
    .click();
  await expect(page.getByText('No connection yet. Add one below.')).toBeVisible();
  await expect(page.getByText('No target yet.')).toBeVisible();
  const after = await stored<Stored>(serviceWorker, ['connections', 'secrets', 'targets']);
  expect(after).toMatchObject({ connections: [], secrets: {}, targets: [] });
});
