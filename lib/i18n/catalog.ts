import type { Locale, Message } from './define';
import { batchMessages } from './messages/batch';
import { captureActionMessages } from './messages/capture-actions';
import { connectMessages } from './messages/connect';
import { convertMessages } from './messages/convert';
import { doctorMessages } from './messages/doctor';
import { manifestMessages } from './messages/manifest';
import { errorMessages } from './messages/errors';
import { highlightMessages } from './messages/highlights';
import { highlightManageMessages } from './messages/highlight-manage';
import { highlightGestureMessages } from './messages/highlight-gestures';
import { notionMessages } from './messages/notion';
import { optionsMessages } from './messages/options';
import { popupMessages } from './messages/popup';
import { problemMessages } from './messages/problems';
import { queueMessages } from './messages/queue';
import { ruleMessages } from './messages/rules';
import { rulesEditorMessages } from './messages/rules-editor';
import { uiCommonMessages } from './messages/ui-common';

// Each area of the extension keeps its strings in its own file under messages/; this
// list joins them. A key defined in two areas fails the first unit test run (merge throws).
const areas = [
  manifestMessages,
  captureActionMessages,
  errorMessages,
  notionMessages,
  convertMessages,
  problemMessages,
  uiCommonMessages,
  connectMessages,
  doctorMessages,
  optionsMessages,
  popupMessages,
  queueMessages,
  ruleMessages,
  rulesEditorMessages,
  highlightMessages,
  highlightManageMessages,
  highlightGestureMessages,
  batchMessages,
] as const;

type Areas = (typeof areas)[number];
type Keys<T> = T extends { en: Record<infer K, Message> } ? K : never;
export type MessageKey = Keys<Areas>;

function merge(locale: Locale): Record<MessageKey, Message> {
  const out: Record<string, Message> = {};
  for (const area of areas) {
    for (const [key, value] of Object.entries(area[locale])) {
      if (key in out) throw new Error(`Message key defined twice: ${key}`);
      out[key] = value;
    }
  }
  return out as Record<MessageKey, Message>;
}

export const catalog: Record<Locale, Record<MessageKey, Message>> = {
  en: merge('en'),
  ko: merge('ko'),
};
