/**
 * What the popup shows, derived from storage (the stores) and this opening (the
 * session): the ordered targets and the chosen one, the modes on offer and the one in
 * effect, the capture it would save, its title, and the schema of a database target.
 */
import { useEffect, useMemo } from 'react';
import type { PageCapture } from '@/lib/capture/types';
import type { RuleMatchView } from '@/lib/messaging';
import type { CachedSchema } from '@/lib/notion/schema/schema';
import type { PropertyMapping, Target } from '@/lib/notion/types';
import type { RuleValues } from '@/lib/rules/values/rule-values';
import { pageModeFor, targetFor } from '@/lib/save/rule-choice';
import { availableModes, captureFor, effectiveMode, type PopupMode } from './capture-choice';
import { popupFeatures } from './features';
import { orderTargets, type OrderedTarget } from '../../lib/save/target-order';
import { ruleFor, ruleValuesFor, usePageRule, valuesKey } from './page-rule';
import { popupTitle } from './save-input';
import { useSession } from './session';
import {
  useDefaultTargetStore,
  useRecentTargetsStore,
  useRulesStore,
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

/**
 * The site rule for the tab (the first that matches), or null — also until the
 * background answered. Asked again when the stored rules change.
 */
export function useRule(): RuleMatchView | null {
  const rules = useRulesStore((s) => s.value);
  const url = useSession((s) => s.tab?.url);
  const match = usePageRule((s) => s.match);
  useEffect(() => {
    if (url) void ruleFor(url);
  }, [url, rules]);
  // The answer for earlier rules holds until the new one comes: no flicker to the default.
  return match && match.url === url ? match.value : null;
}

/** The target captures go to now: the person's choice, else the rule's, else the default. */
export function useTarget(): Target | null {
  const ordered = useOrderedTargets();
  const chosen = useSession((s) => s.targetId);
  const rule = useRule();
  return useMemo(() => targetFor(ordered, chosen, rule), [ordered, chosen, rule]);
}

/** The modes on offer and the one in effect (null: nothing can be saved here). */
export function useModes(): { offered: PopupMode[]; mode: PopupMode | null } {
  const capturability = useSession((s) => s.capturability);
  const hasSelection = useSession((s) => s.hasSelection);
  const chosen = useSession((s) => s.chosenMode);
  const defaultMode = pageModeFor(
    useRule(),
    useSettingsStore((s) => s.value.defaultMode),
  );
  const offered = useMemo(
    () => availableModes(capturability, hasSelection, popupFeatures.screenshots),
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

/**
 * The rule's values for the capture and the target now chosen (shown in the form); null
 * while no rule applies or the background has not answered yet.
 */
export function useRuleValues(): RuleValues | null {
  const rule = useRule();
  const capture = useCapture();
  const target = useTarget();
  const { schema } = useTargetSchema(target);
  const openedAt = useSession((s) => s.openedAt);
  const url = useSession((s) => s.tab?.url);
  const request = useMemo(
    () =>
      rule && target && url
        ? {
            url,
            capture,
            targetId: target.id,
            schema: target.kind === 'data_source' ? schema : null,
            openedAt,
          }
        : null,
    [rule, capture, target, schema, openedAt, url],
  );
  const key = useMemo(() => (request ? valuesKey(request) : null), [request]);
  useEffect(() => {
    if (request) void ruleValuesFor(request);
  }, [request]);
  return usePageRule((s) => (key ? (s.values[key] ?? null) : null));
}

/** The title to save: the person's, else the rule's, else the page's. */
export function useTitle(): string {
  const edited = useSession((s) => s.title);
  return popupTitle(edited, useRuleValues(), useCapture());
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
