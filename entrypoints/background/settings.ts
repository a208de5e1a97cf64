/** Behaviour settings, written only here so every page sees one consistent value. */
import type { Handlers } from '@/lib/messaging';
import { DEFAULT_SETTINGS, settingsItem, type Settings } from '@/lib/storage';

async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next: Settings = { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()), ...patch };
  // Only Notion's two published budgets are allowed.
  if (next.requestsPerSecond !== 3 && next.requestsPerSecond !== 10) next.requestsPerSecond = 3;
  await settingsItem.setValue(next);
  return next;
}

export const settingsHandlers = { saveSettings } satisfies Partial<Handlers>;
