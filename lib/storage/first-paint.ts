/**
 * The popup's first-paint read: the few keys that name the target a popup opens on,
 * read with one `storage.local.get`, before React and WXT's storage load. It imports no
 * defined item (`index.ts`): each of those issues its own read when its module loads,
 * which is what this read exists to go ahead of.
 *
 * The values are read as the items store them (WXT's storage keeps a value under its
 * own key and its version under `key$`); only names are taken from them, which no
 * migration so far has changed.
 */
import type { Target } from '../notion/types';
import { initialTargetId, orderTargets } from '../save/target-order';
import { takeFirstPaintRead } from './first-paint-read';
import { STORAGE_KEYS } from './keys';

/** What the first frame may say about where a save goes. */
export type FirstPaintTarget =
  | { kind: 'target'; target: Target }
  /** Not connected, or no target yet: the popup opens on its onboarding card. */
  | { kind: 'onboarding' }
  /** A site rule may pick another target for this page: only React's path can tell. */
  | { kind: 'unknown' };

const isArray = (value: unknown): value is unknown[] => Array.isArray(value);

function hasTargetRule(rules: unknown): boolean {
  return (
    isArray(rules) &&
    rules.some((rule) => {
      if (typeof rule !== 'object' || rule === null) return true;
      const { enabled, set } = rule as { enabled?: unknown; set?: { targetId?: unknown } };
      return enabled !== false && set?.targetId != null;
    })
  );
}

/**
 * The target a popup opened with these stored values shows first, as the popup chooses
 * it with no rule and nothing chosen yet (`targetFor`): the default, else the most
 * recent, else the first. Pure, for the unit tests.
 */
export function firstPaintTarget(values: Record<string, unknown>): FirstPaintTarget {
  const connections = values[STORAGE_KEYS.connections];
  const targets = values[STORAGE_KEYS.targets];
  if (!isArray(connections) || connections.length === 0) return { kind: 'onboarding' };
  if (!isArray(targets) || targets.length === 0) return { kind: 'onboarding' };
  if (hasTargetRule(values[STORAGE_KEYS.rules])) return { kind: 'unknown' };
  const defaultId = values[STORAGE_KEYS.defaultTargetId];
  const recent = values[STORAGE_KEYS.recentTargetIds];
  const ordered = orderTargets(
    targets as Target[],
    typeof defaultId === 'string' ? defaultId : null,
    isArray(recent) ? recent.filter((id): id is string => typeof id === 'string') : [],
  );
  const id = initialTargetId(ordered);
  const target = ordered.find((o) => o.target.id === id)?.target;
  return target && typeof target.title === 'string'
    ? { kind: 'target', target }
    : { kind: 'unknown' };
}

/** Reads the stored values the first frame needs, in one call. */
export async function readFirstPaintTarget(): Promise<FirstPaintTarget> {
  return firstPaintTarget(await takeFirstPaintRead());
}
