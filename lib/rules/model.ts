/**
 * Site rules: when a page's address matches, the capture starts with this target, this
 * mode, these values. Plain JSON, so that a rule list is stored as is in extension
 * storage (`rulesItem`, whose `version` says which shape this is: a later shape ships
 * with a migration, never a silent reinterpretation) and travels in the settings file.
 *
 * Order matters: the first enabled rule whose pattern matches wins (`match.ts`).
 */
import type { CaptureMode } from '../capture/types';

/** The capture modes a rule may choose: those that start from a page, not a clicked link. */
export const RULE_CAPTURE_MODES = ['bookmark', 'article', 'selection', 'screenshot'] as const;

export type RuleCaptureMode = (typeof RULE_CAPTURE_MODES)[number] & CaptureMode;

/**
 * Which addresses a rule is for.
 *
 * - `site`: a host, exact (`example.com`, which also covers `www.example.com`) or with a
 *   leading wildcard (`*.example.com`: the domain and every subdomain; `*` alone: every
 *   host), and optionally a path glob (`pattern/path.ts` documents the glob language).
 *   Without a path (or with a blank one) every page of the host matches.
 * - `regex`: a regular expression tested against the whole address, for those who want
 *   one. It runs on a linear-time matcher (`regex/safe-regex.ts`), never on the browser's backtracking
 *   engine, so that no pattern can freeze a capture.
 */
export type RulePattern =
  | { kind: 'site'; host: string; path?: string }
  | { kind: 'regex'; pattern: string; ignoreCase?: boolean };

/**
 * What a rule sets. Every field is optional in spirit: null (or empty) leaves the
 * capture's own default in place, so a rule can set just the tags.
 *
 * Templates (`title`, `properties`, `tags`) are written in the template language of
 * `template/` (`{{title}}`, `{{meta:og:type|lower}}`…).
 */
export interface RuleActions {
  /** The target's id (`Target.id`); null: the default target. */
  targetId: string | null;
  mode: RuleCaptureMode | null;
  /** The capture's title; null: the page's own. */
  title: string | null;
  /** Property id → template, for database targets. Ids survive a rename in Notion. */
  properties: Record<string, string>;
  /** One template per tag; a rendered tag with commas gives several tags. */
  tags: string[];
}

export interface SiteRule {
  id: string;
  /** The person's own name for the rule ("Papers on arXiv"). */
  name: string;
  enabled: boolean;
  match: RulePattern;
  set: RuleActions;
}
