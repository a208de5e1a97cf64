/**
 * The save request of a gesture (context menu, keyboard shortcut): the popup's request
 * with nothing changed in its form, the site rule's values included. Apart from
 * `request.ts` because it renders the rule's templates, which the popup leaves to the
 * background. Pure.
 */
import type { PageCapture } from '../capture/types';
import type { SaveCaptureInput } from '../messaging';
import type { Target } from '../notion/types';
import type { SiteRule } from '../rules/model';
import type { CachedSchema } from '../storage';
import { defaultInputs, saveRequest, titleToSave } from './request';
import { valuesOfRule } from './rule-defaults';

export interface DefaultsContext {
  target: Target;
  /** The target's cached schema (data source targets). */
  schema: CachedSchema | null;
  now: Date;
  /** The screenshot's PNG as a `data:` URL (screenshot captures). */
  screenshot?: string | null;
  /** The rule for the page (`ruleForAddress`), whose values fill the form. */
  rule?: SiteRule | null;
  /** The zone the rule's dates are written in; the browser's when not given. */
  timeZone?: string;
}

/**
 * The save request for a capture made without the popup (context menu, keyboard
 * shortcut): the one the popup would send with nothing changed in its form, the rule's
 * values included.
 */
export function defaultSaveRequest(
  capture: PageCapture,
  context: DefaultsContext,
): SaveCaptureInput {
  const { target } = context;
  const schema = target.kind === 'data_source' ? context.schema : null;
  const rule = valuesOfRule(context.rule ?? null, capture, schema, {
    now: context.now,
    ...(context.timeZone ? { timeZone: context.timeZone } : {}),
  });
  const inputs =
    target.kind === 'data_source' && schema
      ? defaultInputs(schema, target.mapping, capture, {
          capturedAt: context.now,
          title: titleToSave(rule?.title ?? null, capture),
          rule,
        })
      : {};
  return saveRequest(capture, {
    target,
    mode: capture.mode,
    title: rule?.title ?? null,
    inputs,
    note: '',
    screenshot: context.screenshot ?? null,
  });
}
