/**
 * A profile in which the person already allowed "Copy images into Notion" to read
 * images from websites — the optional host permission the options page asks for.
 *
 * Why this way: the grant is Chromium's permission prompt (`permissions.request`),
 * browser UI that headless Chromium neither shows nor answers (the request waits
 * forever), and no launch flag or DevTools method accepts it (`Extensions.*` has none;
 * chrome://extensions' site access grants only required hosts). What an accepted prompt
 * leaves behind is a record in the profile's `Preferences`: the origins added to the
 * extension's `granted_permissions` and `active_permissions`. The profile is made with
 * one start of the browser (which installs the unpacked extension and writes its
 * record), the grant is added to that record, and the test's browser starts on it. From
 * then on the browser itself enforces the grant: `permissions.contains` answers true,
 * the worker may fetch from any site, and `permissions.request` for the same origins
 * resolves true at once, so the options page's own checkbox turns the setting on.
 * Nothing is added to the manifest and no extension API is replaced. (Linux Chromium
 * keeps the edited record: its integrity check of these preferences is not enforced
 * there.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, extensionWorker, launchWithExtension } from './fixtures';

interface ExtensionRecord {
  granted_permissions?: { explicit_host?: string[] };
  active_permissions?: { explicit_host?: string[] };
}

/** The origins the built manifest declares optional: those the options page asks for. */
function optionalOrigins(): string[] {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    optional_host_permissions?: string[];
  };
  return manifest.optional_host_permissions ?? [];
}

/** Records in `userDataDir` that the extension may read images from every website. */
export async function allowImageAccess(userDataDir: string, locale: string): Promise<void> {
  const origins = optionalOrigins();
  if (origins.length === 0) throw new Error('The manifest declares no optional host access.');
  const context = await launchWithExtension(userDataDir, locale);
  const extensionId = new URL((await extensionWorker(context)).url()).host;
  await context.close();
  const file = join(userDataDir, 'Default', 'Preferences');
  const preferences = JSON.parse(readFileSync(file, 'utf8')) as {
    extensions?: { settings?: Record<string, ExtensionRecord> };
  };
  const record = preferences.extensions?.settings?.[extensionId];
  if (!record?.granted_permissions || !record.active_permissions) {
    throw new Error(`Chromium kept no permission record for ${extensionId}.`);
  }
  for (const set of [record.granted_permissions, record.active_permissions]) {
    set.explicit_host = [...new Set([...(set.explicit_host ?? []), ...origins])];
  }
  writeFileSync(file, JSON.stringify(preferences));
}
