import { APIErrorCode, APIResponseError } from '@notionhq/client';

export type Attempt<T> = { ok: true; value: T } | { ok: false; forbidden: boolean };

/**
 * Runs a read whose failure is an answer, not an error: "not found" (also what Notion
 * says for an object not shared with the integration), "wrong kind of object" and
 * "forbidden" (a capability is off) come back as data. Anything else (401, 429, 5xx,
 * network) is thrown for the caller's error handling.
 */
export async function attempt<T>(read: () => Promise<T>): Promise<Attempt<T>> {
  try {
    return { ok: true, value: await read() };
  } catch (error) {
    if (!APIResponseError.isAPIResponseError(error)) throw error;
    if (error.code === APIErrorCode.RestrictedResource) return { ok: false, forbidden: true };
    if (
      error.code === APIErrorCode.ObjectNotFound ||
      error.code === APIErrorCode.ValidationError ||
      error.code === APIErrorCode.InvalidRequestURL
    ) {
      return { ok: false, forbidden: false };
    }
    throw error;
  }
}
