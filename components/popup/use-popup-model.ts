/**
 * What the popup shows, derived from storage (the stores) and this opening (the
 * session): the ordered targets and the chosen one, the modes on offer and the one in
 * effect, the capture it would save, its title, and the schema of a database target.
 */
import { useMemo } from 'react';
import type { PageCapture } from '@/lib/capture/types';
import type { CachedSchema } from '@/lib/notion/schema/schema';
import type { PropertyMapping, Target } from '@/lib/notion/types';
import type { SiteRule } from '@/lib/rules/model';
import type { RuleValues } from '@/lib/rules/values/rule-values';
import { pageModeFor, ruleForAddress, targetFor, valuesOfRule } from '@/lib/save/rule-defaults';
import { availableModes, captureFor, effectiveMode, type PopupMode } from './capture-choice';
import { popupFeatures } from './features';
import { orderTargets, type OrderedTarget } from '../../lib/save/target-order';
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

/** The site rule for the tab (the first that matches), or null. */
export function useRule(): SiteRule | null {
  const rules = useRulesStore((s) => s.value);
  const url = useSession((s) => s.tab?.url);
  return useMemo(() => ruleForAddress(rules, url), [rules, url]);
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

/** The rule's values for the capture and the target now chosen (shown in the form). */
export function useRuleValues(): RuleValues | null {
  const rule = useRule();
  const capture = useCapture();
  const target = useTarget();
  const { schema } = useTargetSchema(target);
  const openedAt = useSession((s) => s.openedAt);
  return useMemo(
    () =>
      valuesOfRule(rule, capture, target?.kind === 'data_source' ? schema : null, {
        now: openedAt,
      }),
    [rule, capture, target, schema, openedAt],
  );
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
