/**
 * What the preview needs besides the page: the targets, the one a capture without a
 * rule goes to (the popup's preselected one), the cached schemas — asked from Notion
 * once for a database target whose schema is not cached yet — and the time.
 */
import { useEffect, useMemo, useRef } from 'react';
import { sendMessage } from '@/lib/messaging';
import type { Target } from '@/lib/notion/types';
import type { PreviewEnvironment } from '@/lib/rules/preview/preview';
import { initialTargetId, orderTargets } from '@/lib/save/target-order';
import { useDefaultTargetStore, useSchemasStore, useTargetsStore } from '../stores';

export function usePreviewEnvironment(): PreviewEnvironment {
  const targets = useTargetsStore((s) => s.value);
  const defaultId = useDefaultTargetStore((s) => s.value);
  const schemas = useSchemasStore((s) => s.value);
  return useMemo(() => {
    const ordered = orderTargets(targets, defaultId, []);
    const first = initialTargetId(ordered);
    return {
      targets,
      defaultTarget: ordered.find((o) => o.target.id === first)?.target ?? null,
      schemaOf: (target: Target) =>
        target.kind === 'data_source' ? (schemas[target.dataSourceId] ?? null) : null,
      now: new Date(),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    };
  }, [targets, defaultId, schemas]);
}

/** Asks for the schema of `target` once when it is a database whose schema is not cached. */
export function useSchemaOf(target: Target | null, env: PreviewEnvironment) {
  const asked = useRef(new Set<string>());
  const schema = target ? env.schemaOf(target) : null;
  useEffect(() => {
    if (target?.kind !== 'data_source' || schema || asked.current.has(target.id)) return;
    asked.current.add(target.id);
    // The background stores it in `schemasItem`, which the store follows; a failure
    // leaves the preview saying it waits for the properties.
    void sendMessage('getSchema', { targetId: target.id }).catch(() => undefined);
  }, [target, schema]);
  return schema;
}
