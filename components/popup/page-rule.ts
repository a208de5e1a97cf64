/**
 * The site rule for the tab, asked of the background, which runs the rules engine
 * (pattern matching, templates) so that the popup does not load it: first which rule
 * applies (its target, its mode, the sentence saying so), then — only when one does —
 * its values for the capture and the target the popup would save. Each answer is kept
 * by what it was asked for: painting asks once, and the save takes the same answer.
 */
import { create } from 'zustand';
import type { PageCapture } from '@/lib/capture/types';
import { sendMessage, type RuleMatchView } from '@/lib/messaging';
import type { CachedSchema } from '@/lib/notion/schema/schema';
import type { SiteRule } from '@/lib/rules/model';
import type { RuleValues } from '@/lib/rules/values/rule-values';
import { useRulesStore } from './stores';

interface PageRuleState {
  /** The rule for `url` under `rules` (null: none applies); null until answered. */
  match: { url: string; rules: readonly SiteRule[]; value: RuleMatchView | null } | null;
  /** The rule's values by `valuesKey`. */
  values: Record<string, RuleValues | null>;
}

/** The answers about the tab's rule this popup received. */
export const usePageRule = create<PageRuleState>(() => ({ match: null, values: {} }));

let asked: {
  url: string;
  rules: readonly SiteRule[];
  answer: Promise<RuleMatchView | null>;
} | null = null;
const valueAnswers = new Map<string, Promise<RuleValues | null>>();

/** An answer that did not come is no rule: the capture is saved with its own defaults. */
const orNull = <T>(answer: Promise<T>) => answer.catch(() => null);

/**
 * The rule for the page at `url` under the stored rules. Without any rule stored (most
 * profiles), no question is asked at all.
 */
export function ruleFor(url: string | undefined): Promise<RuleMatchView | null> {
  const rules = useRulesStore.getState().value;
  if (!url) return Promise.resolve(null);
  if (asked && asked.url === url && asked.rules === rules) return asked.answer;
  // The rules changed (the options page saved one): earlier values may no longer hold.
  if (asked && asked.rules !== rules) {
    valueAnswers.clear();
    usePageRule.setState({ values: {} });
  }
  const answer: Promise<RuleMatchView | null> =
    rules.length === 0 ? Promise.resolve(null) : orNull(sendMessage('findRule', { url }));
  asked = { url, rules, answer };
  void answer.then((value) => {
    if (asked?.answer === answer) usePageRule.setState({ match: { url, rules, value } });
  });
  return answer;
}

/** What a rule's values depend on besides the rule: the capture, the target, its schema. */
export interface RuleValuesRequest {
  url: string;
  capture: PageCapture;
  targetId: string;
  schema: CachedSchema | null;
  openedAt: Date;
}

/** The capture as templates read it: its metadata and a selection's text, no blocks. */
function forTemplates(capture: PageCapture): PageCapture {
  const { dataImages: _images, ...rest } = capture;
  return {
    ...rest,
    blocks: [],
    report: { items: [] },
    text: capture.mode === 'selection' ? capture.text : null,
  };
}

/** The key of a values answer: equal requests ask once. */
export function valuesKey(request: RuleValuesRequest): string {
  const { schema } = request;
  return JSON.stringify([
    request.url,
    request.targetId,
    schema ? `${schema.dataSourceId}@${schema.fetchedAt}` : null,
    forTemplates(request.capture),
  ]);
}

/** The values of the rule for the tab (null: no rule applies, or it gave none). */
export async function ruleValuesFor(request: RuleValuesRequest): Promise<RuleValues | null> {
  const match = await ruleFor(request.url);
  if (!match) return null;
  const key = valuesKey(request);
  const known = valueAnswers.get(key);
  if (known) return known;
  const answer = orNull(
    sendMessage('getRuleValues', {
      url: request.url,
      capture: forTemplates(request.capture),
      targetId: request.targetId,
      openedAt: request.openedAt.toISOString(),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    }),
  );
  valueAnswers.set(key, answer);
  void answer.then((value) => {
    if (valueAnswers.get(key) === answer)
      usePageRule.setState((s) => ({ values: { ...s.values, [key]: value } }));
  });
  return answer;
}
