/** The connection doctor, on request from the options page. */
import { currentLocale } from '@/lib/i18n';
import type { Handlers } from '@/lib/messaging';
import { examineConnection } from '@/lib/notion/doctor/examine';
import { targetsItem } from '@/lib/storage';
import { clientFor, getConnection } from './clients';

async function checkConnection(input: { connectionId: string }) {
  const connection = await getConnection(input.connectionId);
  const targets = (await targetsItem.getValue()).filter((t) => t.connectionId === connection.id);
  return examineConnection(await clientFor(connection.id), connection, targets, currentLocale());
}

export const doctorHandlers = { checkConnection } satisfies Partial<Handlers>;
