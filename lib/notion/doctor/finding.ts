/** What the connection doctor reports: one finding per check, each problem with its fix. */
import { APIResponseError } from '@notionhq/client';
import { translate, type Locale, type MessageKey, type MessageParams } from '../../i18n';
import { describeError } from '../errors/describe-error';

/** What was checked. */
export type FindingCheck =
  | 'token'
  | 'kind'
  | 'content'
  | 'insert'
  | 'update'
  | 'people'
  | 'uploads'
  | 'target'
  | 'schema'
  | 'relation';

/**
 * The one thing a person can do about a problem, for a button: give the connection a new
 * token, open the target in Notion, open the token's settings in Notion (its
 * capabilities), or try the save again once someone else fixed it (a workspace owner).
 */
export type FindingAction = 'replace_token' | 'open_target' | 'open_token_settings' | 'retry';

/** One check's result: fine, a problem with its fix, or a fact worth knowing. */
export interface Finding {
  check: FindingCheck;
  state: 'ok' | 'problem' | 'note';
  /** What was found, as a sentence. */
  text: string;
  /** What to do about a problem (null when nothing is to be done). */
  fix: string | null;
  /** The target the finding is about (target, schema and relation checks). */
  targetId?: string;
  /** What a button next to the problem does. */
  action?: FindingAction;
}

/** Notion's error code, or null for anything that is not an answer from Notion. */
export const codeOf = (error: unknown) => (error instanceof APIResponseError ? error.code : null);

/** A fine or noted result, in words. */
export function found(
  check: FindingCheck,
  state: 'ok' | 'note',
  locale: Locale,
  key: MessageKey,
  params: MessageParams = {},
  extra: Partial<Finding> = {},
): Finding {
  return { check, state, text: translate(locale, key, params), fix: null, ...extra };
}

/** A problem in words: what was found and what fixes it. */
export function trouble(
  check: FindingCheck,
  locale: Locale,
  keys: [text: MessageKey, fix: MessageKey],
  params: MessageParams,
  extra: Partial<Finding> = {},
): Finding {
  const [text, fix] = keys;
  return {
    check,
    state: 'problem',
    text: translate(locale, text, params),
    fix: translate(locale, fix, params),
    ...extra,
  };
}

/** "Title. Detail." — the title is a heading without a full stop; the detail a sentence. */
function titleAndDetail(title: string, detail: string): string {
  if (!detail) return title;
  return /[.!?。]$/.test(title) ? `${title} ${detail}` : `${title}. ${detail}`;
}

/** Any failure as a problem, in the sentences `describeError` gives it. */
export function failed(
  check: FindingCheck,
  error: unknown,
  locale: Locale,
  extra: Partial<Finding> = {},
): Finding {
  const described = describeError(error, locale);
  return {
    check,
    state: 'problem',
    text: titleAndDetail(described.title, described.detail),
    fix: described.action,
    ...extra,
  };
}
