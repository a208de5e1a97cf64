/**
 * Rules for tests: a rule with every field at its "leave the capture alone" value, and
 * whatever a test sets on top.
 */
import type { RuleActions, RulePattern, SiteRule } from '../model';

export function ruleOf(
  id: string,
  match: RulePattern,
  options: { enabled?: boolean; set?: Partial<RuleActions> } = {},
): SiteRule {
  return {
    id,
    name: `Rule ${id}`,
    enabled: options.enabled ?? true,
    match,
    set: { targetId: null, mode: null, title: null, properties: {}, tags: [], ...options.set },
  };
}

export const site = (host: string, path?: string): RulePattern =>
  path === undefined ? { kind: 'site', host } : { kind: 'site', host, path };

export const regex = (pattern: string, ignoreCase?: boolean): RulePattern =>
  ignoreCase === undefined ? { kind: 'regex', pattern } : { kind: 'regex', pattern, ignoreCase };
