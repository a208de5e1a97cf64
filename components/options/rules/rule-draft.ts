/**
 * A rule as the editor holds it while a person types: every field a plain string, so
 * that nothing typed is lost while it is not yet a rule, and the checks that say what
 * is wrong, field by field, with the core's own sentences (`lib/rules/describe.ts`).
 */
import type { Locale } from '@/lib/i18n';
import { describePatternRefusal, describeTemplateProblem } from '@/lib/rules/describe';
import type { RuleCaptureMode, RulePattern, SiteRule } from '@/lib/rules/model';
import { compilePattern } from '@/lib/rules/pattern/compile';
import { checkTemplate } from '@/lib/rules/template/render';

export interface RuleDraft {
  id: string;
  name: string;
  enabled: boolean;
  kind: 'site' | 'regex';
  host: string;
  path: string;
  pattern: string;
  ignoreCase: boolean;
  targetId: string | null;
  mode: RuleCaptureMode | null;
  /** Blank: the page's own title. */
  title: string;
  tags: string[];
  /** Property id → template, in the order they were added. */
  properties: { key: string; template: string }[];
}

/** A field of the form a sentence is about. */
export type DraftField =
  'host' | 'path' | 'pattern' | 'title' | `tag:${number}` | `property:${string}`;

export interface DraftProblem {
  field: DraftField;
  message: string;
}

/** A new rule, for the site of `address` when there is one to start from. */
export function newDraft(id: string, address?: string | null): RuleDraft {
  let host = '';
  try {
    if (address && /^https?:/.test(address)) host = new URL(address).hostname.replace(/^www\./, '');
  } catch {
    host = '';
  }
  return {
    id,
    name: host,
    enabled: true,
    kind: 'site',
    host,
    path: '',
    pattern: '',
    ignoreCase: false,
    targetId: null,
    mode: null,
    title: '',
    tags: [],
    properties: [],
  };
}

/** The stored rule as a draft. */
export function draftOf(rule: SiteRule): RuleDraft {
  const { match, set } = rule;
  return {
    id: rule.id,
    name: rule.name,
    enabled: rule.enabled,
    kind: match.kind,
    host: match.kind === 'site' ? match.host : '',
    path: match.kind === 'site' ? (match.path ?? '') : '',
    pattern: match.kind === 'regex' ? match.pattern : '',
    ignoreCase: match.kind === 'regex' && match.ignoreCase === true,
    targetId: set.targetId,
    mode: set.mode,
    title: set.title ?? '',
    tags: [...set.tags],
    properties: Object.entries(set.properties).map(([key, template]) => ({ key, template })),
  };
}

function patternOf(draft: RuleDraft): RulePattern {
  if (draft.kind === 'regex') {
    return draft.ignoreCase
      ? { kind: 'regex', pattern: draft.pattern, ignoreCase: true }
      : { kind: 'regex', pattern: draft.pattern };
  }
  const host = draft.host.trim();
  const path = draft.path.trim();
  return path ? { kind: 'site', host, path } : { kind: 'site', host };
}

/** The rule the draft stands for; blank templates leave the capture's own value. */
export function ruleOfDraft(draft: RuleDraft): SiteRule {
  return {
    id: draft.id,
    name: draft.name.trim(),
    enabled: draft.enabled,
    match: patternOf(draft),
    set: {
      targetId: draft.targetId,
      mode: draft.mode,
      title: draft.title.trim() === '' ? null : draft.title,
      // `fromEntries` makes own keys: a property named `__proto__` stays a name.
      properties: Object.fromEntries(
        draft.properties.filter((p) => p.template.trim() !== '').map((p) => [p.key, p.template]),
      ),
      tags: draft.tags.filter((tag) => tag.trim() !== ''),
    },
  };
}

/** What keeps the draft from being saved, in the order of the form's fields. */
export function draftProblems(draft: RuleDraft, locale: Locale): DraftProblem[] {
  const out: DraftProblem[] = [];
  const compiled = compilePattern(patternOf(draft));
  if (!compiled.ok) {
    const field =
      draft.kind === 'regex' ? 'pattern' : compiled.refusal.field === 'path' ? 'path' : 'host';
    out.push({ field, message: describePatternRefusal(compiled.refusal, locale) });
  }
  const template = (field: DraftField, text: string) => {
    const [problem] = checkTemplate(text);
    if (problem) out.push({ field, message: describeTemplateProblem(problem, locale) });
  };
  template('title', draft.title);
  draft.tags.forEach((tag, i) => template(`tag:${i}`, tag));
  for (const p of draft.properties) template(`property:${p.key}`, p.template);
  return out;
}
