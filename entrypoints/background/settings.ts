/** Behaviour settings, written only here so every page sees one consistent value. */
import type { Handlers } from '@/lib/messaging';
import { DEFAULT_SETTINGS, settingsItem, updateItem, type Settings } from '@/lib/storage';

async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  return updateItem(settingsItem, (current) => {
    const next: Settings = { ...DEFAULT_SETTINGS, ...current, ...patch };
    // Only Notion's two published budgets are allowed.
    if (next.requestsPerSecond !== 3 && next.requestsPerSecond !== 10) next.requestsPerSecond = 3;
    return next;
  });
}

export const settingsHandlers = { saveSettings } satisfies Partial<Handlers>;
