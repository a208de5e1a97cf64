/**
 * What the popup shows, derived from storage (the stores) and this opening (the
 * session): the ordered targets and the chosen one, the modes on offer and the one in
 * effect, the capture it would save, its title, and the schema of a database target.
 */
import { useMemo } from 'react';
import type { PageCapture } from '@/lib/capture/types';
import type { CachedSchema } from '@/lib/notion/schema/schema';
import type { PropertyMapping, Target } from '@/lib/notion/types';
import { availableModes, captureFor, effectiveMode, type PopupMode } from './capture-choice';
import { orderTargets, type OrderedTarget } from '../../lib/save/target-order';
import { titleToSave } from '@/lib/save/request';
import { useSession } from './session';
import {
  useDefaultTargetStore,
  useRecentTargetsStore,
  useSchemasStore,
  useSettingsStore,
  useTargetsStore,
} from './stores';

/** Every target in the picker's order. */
export function useOrderedTargets(): OrderedTarget[] {
  const targets = useTargetsStore((s) => s.value);
  const defaultId = useDefaultTargetStore((s) => s.value);
  const recent = useRecentTargetsStore((s) => s.value);
  return useMemo(() => orderTargets(targets, defaultId, recent), [targets, defaultId, recent]);
}

/** The target captures go to now. */
export function useTarget(): Target | null {
  const ordered = useOrderedTargets();
  const chosen = useSession((s) => s.targetId);
  return ordered.find((o) => o.target.id === chosen)?.target ?? ordered[0]?.target ?? null;
}

/** The modes on offer and the one in effect (null: nothing can be saved here). */
export function useModes(): { offered: PopupMode[]; mode: PopupMode | null } {
  const capturability = useSession((s) => s.capturability);
  const hasSelection = useSession((s) => s.hasSelection);
  const chosen = useSession((s) => s.chosenMode);
  const defaultMode = useSettingsStore((s) => s.value.defaultMode);
  const offered = useMemo(
    () => availableModes(capturability, hasSelection),
    [capturability, hasSelection],
  );
  return { offered, mode: effectiveMode(chosen, offered, defaultMode) };
}

/** The capture saving would send, with what the page told so far. */
export function useCapture(): PageCapture {
  const { mode } = useModes();
  const captures = useSession((s) => s.captures);
  const tab = useSession((s) => s.tab);
  return useMemo(() => captureFor(mode ?? 'bookmark', captures, tab), [mode, captures, tab]);
}

/** The title to save. */
export function useTitle(): string {
  const edited = useSession((s) => s.title);
  return titleToSave(edited, useCapture());
}

/** A database target's cached schema (null until known) and its mapping. */
export function useTargetSchema(target: Target | null): {
  schema: CachedSchema | null;
  mapping: PropertyMapping;
} {
  const schema = useSchemasStore((s) =>
    target?.kind === 'data_source' ? (s.value[target.dataSourceId] ?? null) : null,
  );
  return { schema, mapping: target?.kind === 'data_source' ? target.mapping : {} };
}
