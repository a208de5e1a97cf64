/**
 * Changes of a rule list, as pure functions of the latest list: the storage module runs
 * them inside `updateItem`, so two pages changing rules at once both keep their change.
 * Order is meaning here (the first matching rule wins), so every change says where.
 */
import type { SiteRule } from './model';

/** The list with `rule` in place of the rule with its id, or added at the end. */
export function putRule(rules: readonly SiteRule[], rule: SiteRule): SiteRule[] {
  const at = rules.findIndex((r) => r.id === rule.id);
  return at < 0 ? [...rules, rule] : rules.map((r, i) => (i === at ? rule : r));
}

/** The list without the rule `id` (the same list when there is none). */
export function removeRule(rules: readonly SiteRule[], id: string): SiteRule[] {
  return rules.filter((r) => r.id !== id);
}

/** The list with rule `id` moved to position `to` (clamped to the list). */
export function moveRule(rules: readonly SiteRule[], id: string, to: number): SiteRule[] {
  const from = rules.findIndex((r) => r.id === id);
  if (from < 0) return [...rules];
  const rest = rules.filter((_, i) => i !== from);
  const at = Math.max(0, Math.min(rest.length, Math.trunc(to) || 0));
  return [...rest.slice(0, at), rules[from]!, ...rest.slice(at)];
}

/**
 * What makes an imported rule "the same" as a stored one: its name (any case), or its
 * pattern when it has no name. Ids from a file are only names inside the file.
 */
export function ruleIdentity(rule: SiteRule): string {
  const name = rule.name.trim().toLowerCase();
  return name !== '' ? `name:${name}` : `match:${JSON.stringify(rule.match)}`;
}

/**
 * The stored list after an import: an imported rule replaces the stored rule that is
 * the same (`ruleIdentity`) in its place, keeping the stored id; the others are added
 * at the end in the file's order, with ids minted here. Nothing stored is removed.
 */
export function mergeRules(
  current: readonly SiteRule[],
  imported: readonly SiteRule[],
  newId: () => string,
): SiteRule[] {
  const out = [...current];
  for (const rule of imported) {
    const at = out.findIndex((r) => ruleIdentity(r) === ruleIdentity(rule));
    if (at >= 0) out[at] = { ...rule, id: out[at]!.id };
    else out.push({ ...rule, id: newId() });
  }
  return out;
}
