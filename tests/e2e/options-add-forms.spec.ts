import { connectDemo } from '../tools/demo-setup';
import { expect, saveScreen, sendFromPage, test } from './fixtures';
import { openOptions } from './pages/options-page';

test('the Add forms are open until something of their kind exists, then wait behind a button', async ({
  emulator,
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  // Nothing yet: the form is the next step, with no button in front of it.
  await expect(page.getByRole('form', { name: 'Add a connection' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add a connection…' })).toHaveCount(0);

  await connectDemo((verb, input) => sendFromPage(page, verb, input), emulator.url);
  await page.reload();
  await page.getByRole('heading', { name: 'Demo workspace', level: 3 }).waitFor();

  const addConnection = page.getByRole('button', { name: 'Add a connection…' });
  const connectionForm = page.getByRole('form', { name: 'Add a connection' });
  const addTargets = page.getByRole('button', { name: 'Add a database or page…' });
  const addresses = page.getByLabel('Notion addresses (one per line)');
  await expect(addConnection).toHaveAttribute('aria-expanded', 'false');
  await expect(connectionForm).toHaveCount(0);
  await expect(addTargets).toHaveAttribute('aria-expanded', 'false');
  await expect(addresses).toHaveCount(0);
  await saveScreen(page, 'options-add-forms-collapsed');

  // A click opens the form and puts the focus in it; Escape closes it, back on the button.
  await addConnection.click();
  await expect(addConnection).toHaveAttribute('aria-expanded', 'true');
  await expect(connectionForm).toBeVisible();
  await expect(connectionForm.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(connectionForm).toHaveCount(0);
  await expect(addConnection).toBeFocused();

  // By keyboard alone: Enter on the button opens it, Cancel closes it.
  await page.keyboard.press('Enter');
  await expect(connectionForm).toBeVisible();
  await page.getByRole('button', { name: 'Cancel: Add a connection' }).click();
  await expect(connectionForm).toHaveCount(0);
  await expect(addConnection).toBeFocused();

  // The targets' form opens on its first field; inside it, a database exists already
  // (the Reading list), so creating another one waits behind its own button.
  await addTargets.click();
  await expect(addresses).toBeFocused();
  const create = page.getByRole('button', { name: 'Create a capture database…' });
  const parent = page.getByLabel('Address of the page to create it in');
  await expect(create).toHaveAttribute('aria-expanded', 'false');
  await expect(parent).toHaveCount(0);
  await create.click();
  await expect(parent).toBeFocused();
  // Escape closes the innermost form only.
  await page.keyboard.press('Escape');
  await expect(parent).toHaveCount(0);
  await expect(create).toBeFocused();
  await expect(addresses).toBeVisible();
  await page.getByRole('button', { name: 'Cancel: Add a database or page' }).click();
  await expect(addresses).toHaveCount(0);
  await expect(addTargets).toBeFocused();
});
