/**
 * The values the popup's form holds for a data source: the defaults a gesture would save
 * (`defaultInputs`), with the person's edits over them. The request itself is built by
 * `saveRequest` (lib/save/request.ts), as for the context menu and the shortcuts.
 */
import type { PageCapture } from '@/lib/capture/types';
import type { CachedSchema } from '@/lib/notion/schema/schema';
import type { PropertyInputs, PropertyMapping } from '@/lib/notion/types';
import { defaultInputs } from '@/lib/save/request';
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
  });
  // The title has a field of its own at the top: edits never hold its property.
  const shown = new Set(formFields(schema, mapping).map((f) => f.propertyId));
  for (const [id, input] of Object.entries(context.edits)) if (shown.has(id)) inputs[id] = input;
  return inputs;
}
