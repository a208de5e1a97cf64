/**
 * "Save here" on the list of what a connection sees: the place is looked up again (the
 * list may be minutes old) and becomes a target in one step.
 */
import { currentLocale } from '@/lib/i18n';
import type { Handlers } from '@/lib/messaging';
import { NotionEngineError } from '@/lib/notion/errors/errors';
import { listedChoice, listedLookup, type ListedPlace } from '@/lib/notion/targets/listed';
import { resolveTarget } from '@/lib/notion/targets/resolve';
import type { Target } from '@/lib/notion/types';
import { clientFor, getConnection } from './clients';
import { addTarget } from './targets';

async function addListedTarget(input: {
  connectionId: string;
  place: ListedPlace;
}): Promise<Target> {
  const connection = await getConnection(input.connectionId);
  const client = await clientFor(input.connectionId);
  const resolution = await resolveTarget(client, listedLookup(input.place), {
    integrationName: connection.botName,
    locale: currentLocale(),
  });
  const choice = listedChoice(input.place, resolution);
  if (!choice) throw new NotionEngineError('not_a_target', { id: input.place.id });
  return addTarget({ connectionId: input.connectionId, source: input.place.url, choice });
}

export const listedTargetHandlers = { addListedTarget } satisfies Partial<Handlers>;
