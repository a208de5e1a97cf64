/**
 * The connection doctor: on request from the options page ("Check"), and by itself once
 * per failure episode when a save fails for a connection reason (see
 * `lib/notion/doctor/diagnosis.ts`). Its requests go through the connection's limiter,
 * the same budget as the queue's, so a check never pushes a save over Notion's limit.
 */
import { currentLocale } from '@/lib/i18n';
import type { Handlers } from '@/lib/messaging';
import {
  claimRun,
  closeEpisode,
  finishRun,
  isConnectionFailure,
  type Diagnosis,
} from '@/lib/notion/doctor/diagnosis';
import { examine, type Finding } from '@/lib/notion/doctor/examine';
import type { StoredError } from '@/lib/notion/errors/errors';
import type { Connection } from '@/lib/notion/types';
import { connectionsItem, diagnosesItem, targetsItem, updateItem } from '@/lib/storage';
import { clientFor, getConnection, storedSecret } from './clients';

async function run(connection: Connection, failure: StoredError | null): Promise<Finding[]> {
  const targets = (await targetsItem.getValue()).filter((t) => t.connectionId === connection.id);
  const result = await examine(
    await clientFor(connection.id),
    connection,
    targets,
    currentLocale(),
    { secret: await storedSecret(connection.id), failure },
  );
  // Notion told the kind and the record says otherwise (a PAT stored before PATs had a
  // kind of their own here): the record follows Notion, as a new connection would.
  if (result.kind && result.kind !== connection.kind) {
    const kind = result.kind;
    await updateItem(connectionsItem, (all) =>
      all.map((c) => (c.id === connection.id ? { ...c, kind } : c)),
    );
  }
  return result.findings;
}

async function checkConnection(input: { connectionId: string }): Promise<Finding[]> {
  const connection = await getConnection(input.connectionId);
  const at = Date.now();
  const findings = await run(connection, null);
  const done: Diagnosis = { state: 'done', at, cause: 'check', findings };
  await updateItem(diagnosesItem, (all) => ({ ...all, [connection.id]: done }));
  return findings;
}

/**
 * The doctor's diagnosis for a connection whose capture failed with `failure`: the one
 * of the episode when there is one, else a new run, started here and finished in the
 * background (its state is `running` until then).
 */
export async function diagnoseFailure(
  connectionId: string,
  failure: StoredError | null,
): Promise<Diagnosis | null> {
  if (!isConnectionFailure(failure)) return null;
  const now = Date.now();
  let claimed = false;
  const all = await updateItem(diagnosesItem, (current) => {
    const result = claimRun(current, connectionId, now);
    claimed = result.claimed;
    return result.next;
  });
  if (claimed) {
    void (async () => {
      let findings: Finding[] = [];
      try {
        findings = await run(await getConnection(connectionId), failure);
      } catch {
        // The connection went away, or its secret: nothing to diagnose, and nobody waits.
      }
      await updateItem(diagnosesItem, (current) => finishRun(current, connectionId, now, findings));
    })().catch(() => undefined);
  }
  return all[connectionId] ?? null;
}

/** The episode ends: a capture was saved, or the token replaced. */
export async function endEpisode(connectionId: string): Promise<void> {
  await updateItem(diagnosesItem, (all) => closeEpisode(all, connectionId));
}

export const doctorHandlers = { checkConnection } satisfies Partial<Handlers>;
