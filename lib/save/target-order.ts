/**
 * The one order of targets: the default target first, then the recently used ones, then
 * the rest in the person's own order. The popup's picker shows it, filtered by what the
 * person types. The context menu and the shortcuts use it without the recent ones
 * (`recentIds` empty): a menu whose entries moved after every save would have to be read
 * again each time, and a shortcut without a default saves to the first target the person
 * put in order.
 */
import type { Target } from '../notion/types';

export type TargetGroup = 'default' | 'recent' | 'other';

export interface OrderedTarget {
  target: Target;
  group: TargetGroup;
}

/** Every target once: default, recent (most recent first, if any), then the others. */
export function orderTargets(
  targets: readonly Target[],
  defaultId: string | null,
  recentIds: readonly string[],
): OrderedTarget[] {
  const byId = new Map(targets.map((t) => [t.id, t]));
  const out: OrderedTarget[] = [];
  const seen = new Set<string>();
  const push = (target: Target | undefined, group: TargetGroup) => {
    if (!target || seen.has(target.id)) return;
    seen.add(target.id);
    out.push({ target, group });
  };
  push(defaultId ? byId.get(defaultId) : undefined, 'default');
  for (const id of recentIds) push(byId.get(id), 'recent');
  for (const target of targets) push(target, 'other');
  return out;
}

// Compatibility forms fold full-width letters and composed Hangul alike.
function fold(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase();
}

/** The words a target is found by: its own title and, for a data source, its database's. */
function searchText(target: Target): string {
  return fold(
    target.kind === 'data_source' ? `${target.title} ${target.databaseTitle}` : target.title,
  );
}

/** Targets whose names hold every word of `query`, in the given order. */
export function filterTargets(ordered: readonly OrderedTarget[], query: string): OrderedTarget[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...ordered];
  return ordered.filter(({ target }) => {
    const text = searchText(target);
    return words.every((w) => text.includes(w));
  });
}

/** The target to preselect: the default, else the first one. */
export function initialTargetId(ordered: readonly OrderedTarget[]): string | null {
  return ordered[0]?.target.id ?? null;
}
