/**
 * Connections with their masked secrets, as the background lists them. Storage holds the
 * records without secrets; the mask and "has no secret" come only from the background,
 * asked again whenever the stored connections change.
 */
import { useEffect, useState } from 'react';
import { sendMessage } from '@/lib/messaging';
import type { ConnectionView } from '@/lib/notion/types';
import { useConnectionsStore } from './stores';

export interface ConnectionRow extends ConnectionView {
  /** Imported without its secret: it cannot reach Notion until one is pasted. */
  secretMissing: boolean;
}

/**
 * The connections to show (null until the background answered once), and `reload` for
 * changes storage does not show: a new secret leaves the stored record as it was.
 */
export function useConnectionViews(): { rows: ConnectionRow[] | null; reload: () => void } {
  const stored = useConnectionsStore((s) => s.value);
  const [rows, setRows] = useState<ConnectionRow[] | null>(null);
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    let live = true;
    void Promise.all([
      sendMessage('listConnections', undefined),
      sendMessage('connectionsWithoutSecret', undefined),
    ])
      .then(([views, missing]) => {
        if (live) setRows(views.map((v) => ({ ...v, secretMissing: missing.includes(v.id) })));
      })
      // The list stays as it was; actions on it report their own failures.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [stored, revision]);
  return { rows, reload: () => setRevision((n) => n + 1) };
}
