/**
 * What the token may do: read content, add it, change it, list people. Notion has no call
 * that lists a token's capabilities, so each is tried with a request that cannot change
 * anything.
 */
import { APIErrorCode, type Client } from '@notionhq/client';
import { translate, type Locale, type MessageKey } from '../../i18n';
import { NotionEngineError, type Capability, type StoredError } from '../errors/errors';
import type { ConnectionKind } from '../types';
import { codeOf, failed, found, type Finding, type FindingAction } from './finding';

/** An id no object has: a change aimed at it can change nothing. */
const NO_OBJECT = '00000000-0000-0000-0000-000000000000';

type Probe = { allowed: true } | { allowed: false } | { error: unknown };

/**
 * Notion answers 403 `restricted_resource` ("Insufficient permissions for this
 * endpoint.") to a token without the capability an endpoint needs. It does not document
 * whether that comes before the body is validated or the object looked up; the emulator
 * checks the capability first, as the endpoint-wide wording suggests. So a 400 or a 404 to
 * a request that cannot succeed reads as "not refused"; should Notion check later, the
 * save's own 403 (passed in as `failure`) still tells.
 */
async function probe(run: () => Promise<unknown>): Promise<Probe> {
  try {
    await run();
    return { allowed: true };
  } catch (error) {
    const code = codeOf(error);
    if (code === APIErrorCode.RestrictedResource) return { allowed: false };
    if (
      code === APIErrorCode.ValidationError ||
      code === APIErrorCode.ObjectNotFound ||
      code === APIErrorCode.InvalidRequest
    ) {
      return { allowed: true };
    }
    return { error };
  }
}

const CAPABILITY_NAMES: Record<'insert_content' | 'update_content', MessageKey> = {
  insert_content: 'capabilityInsertContent',
  update_content: 'capabilityUpdateContent',
};

/** For a PAT the one "Notion API" capability; for an integration the one that is off. */
function capabilityFix(
  kind: ConnectionKind,
  capability: 'insert_content' | 'update_content',
  locale: Locale,
): { fix: string; action: FindingAction } {
  if (kind === 'personal')
    return { fix: translate(locale, 'docCapabilityFixPersonal'), action: 'replace_token' };
  const name = translate(locale, CAPABILITY_NAMES[capability]);
  return {
    fix: translate(locale, 'errCapabilityAction', { capability: name }),
    action: 'open_token_settings',
  };
}

/** The capability a save was refused for (a 403 the queue recorded), if any. */
function refusedFor(failure: StoredError | null | undefined): Capability | null {
  if (failure?.code !== APIErrorCode.RestrictedResource) return null;
  return (failure.params?.capability as Capability | undefined) ?? null;
}

/** Reading content: a one-result search. */
export async function checkContent(
  client: Client,
  kind: ConnectionKind,
  locale: Locale,
): Promise<Finding> {
  try {
    await client.search({ page_size: 1 });
    return found('content', 'ok', locale, 'docContentOk');
  } catch (error) {
    if (codeOf(error) !== APIErrorCode.RestrictedResource) return failed('content', error, locale);
    const action = kind === 'personal' ? 'replace_token' : 'open_token_settings';
    return failed('content', new NotionEngineError('no_content_access', { kind }), locale, {
      action,
    });
  }
}

/** Adding content (`POST /v1/pages` without a parent) and changing it (a page no one has). */
export async function checkWrites(
  client: Client,
  kind: ConnectionKind,
  locale: Locale,
  failure?: StoredError | null,
): Promise<Finding[]> {
  const checks = [
    {
      check: 'insert' as const,
      capability: 'insert_content' as const,
      keys: ['docInsertOk', 'docInsertOff'] as const,
      run: () => client.request({ path: 'pages', method: 'post', body: {} }),
    },
    {
      check: 'update' as const,
      capability: 'update_content' as const,
      keys: ['docUpdateOk', 'docUpdateOff'] as const,
      run: () => client.request({ path: `pages/${NO_OBJECT}`, method: 'patch', body: {} }),
    },
  ];
  const findings: Finding[] = [];
  for (const { check, capability, keys, run } of checks) {
    const result = await probe(run);
    if ('error' in result) {
      findings.push(failed(check, result.error, locale));
    } else if (result.allowed && refusedFor(failure) !== capability) {
      findings.push(found(check, 'ok', locale, keys[0]));
    } else {
      const { fix, action } = capabilityFix(kind, capability, locale);
      findings.push({ check, state: 'problem', text: translate(locale, keys[1]), fix, action });
    }
  }
  return findings;
}

/**
 * Listing people. Notion never lists them to a PAT (documented), which is a fact to know
 * rather than a problem; an integration needs "Read user information".
 */
export async function checkPeople(
  client: Client,
  kind: ConnectionKind,
  locale: Locale,
): Promise<Finding> {
  if (kind === 'personal') {
    return {
      ...found('people', 'note', locale, 'errPeopleUnlistedTitle'),
      fix: translate(locale, 'errPeopleUnlistedAction'),
    };
  }
  try {
    await client.users.list({ page_size: 1 });
    return found('people', 'ok', locale, 'docPeopleOk');
  } catch (error) {
    return {
      check: 'people',
      state: codeOf(error) === APIErrorCode.RestrictedResource ? 'note' : 'problem',
      text: translate(locale, 'docPeopleOff'),
      fix: translate(locale, 'docPeopleFix'),
    };
  }
}
