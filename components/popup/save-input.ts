/**
 * The values the popup's form holds for a data source: the defaults a gesture would save
 * (`defaultInputs`, the site rule's values included), with the person's edits over them.
 * The request itself is built by `saveRequest` (lib/save/request.ts), as for the context
 * menu and the shortcuts.
 */
import type { PageCapture } from '@/lib/capture/types';
import type { SaveCaptureInput } from '@/lib/messaging';
import type { CachedSchema } from '@/lib/notion/schema/schema';
import type { PropertyInputs, PropertyMapping, Target } from '@/lib/notion/types';
import type { RuleValues } from '@/lib/rules/values/rule-values';
import { defaultInputs, saveRequest, titleToSave } from '@/lib/save/request';
import type { PopupMode } from './capture-choice';
import { formFields } from './form-fields';

export interface FormContext {
  schema: CachedSchema;
  mapping: PropertyMapping;
  capture: PageCapture;
  /** When the popup opened: the capture's "saved at". */
  openedAt: Date;
  title: string;
  /** What the person changed, by property id. */
  edits: PropertyInputs;
  /** The site rule's values for this capture and target (`getRuleValues`). */
  rule?: RuleValues | null;
}

/**
 * The values the form holds: the capture's pre-fill, the person's edits over it, and
 * the title field. Edits of properties that vanished from the schema are dropped: their
 * fields are no longer on screen to be fixed.
 */
export function formInputs(context: FormContext): PropertyInputs {
  const { schema, mapping, capture } = context;
  const inputs = defaultInputs(schema, mapping, capture, {
    capturedAt: context.openedAt,
    title: context.title,
    rule: context.rule ?? null,
  });
  // The title has a field of its own at the top: edits never hold its property.
  const shown = new Set(formFields(schema, mapping).map((f) => f.propertyId));
  for (const [id, input] of Object.entries(context.edits)) if (shown.has(id)) inputs[id] = input;
  return inputs;
}

/** The title the popup shows and saves: the person's, else the rule's, else the page's. */
export function popupTitle(
  edited: string | null,
  rule: RuleValues | null,
  capture: PageCapture,
): string {
  return titleToSave(edited ?? rule?.title ?? null, capture);
}

export interface PopupDraft {
  capture: PageCapture;
  target: Target;
  /** The target's schema (data source targets; null until it is known). */
  schema: CachedSchema | null;
  mode: PopupMode;
  /** The values of the site rule for the tab, for this capture and target (`getRuleValues`). */
  ruleValues: RuleValues | null;
  openedAt: Date;
  /** The title the person typed; null when untouched. */
  title: string | null;
  edits: PropertyInputs;
  note: string;
  screenshot: string | null;
}

/**
 * What the popup sends (the background checks its form values against the schema): the
 * rule's values under the person's edits, through the same builder as the gestures.
 */
export function popupSaveRequest(draft: PopupDraft): SaveCaptureInput {
  const { capture, target, schema } = draft;
  const rule = draft.ruleValues;
  const title = popupTitle(draft.title, rule, capture);
  const inputs =
    target.kind === 'data_source' && schema
      ? formInputs({
          schema,
          mapping: target.mapping,
          capture,
          openedAt: draft.openedAt,
          title,
          edits: draft.edits,
          rule,
        })
      : {};
  return saveRequest(capture, {
    target,
    mode: draft.mode,
    title: draft.title ?? rule?.title ?? null,
    inputs,
    note: draft.note,
    screenshot: draft.screenshot,
  });
}
