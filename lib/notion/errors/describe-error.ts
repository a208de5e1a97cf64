/**
 * Every failure, in words: what happened, why, and what to do, in English or Korean.
 * Works on anything thrown (SDK errors, fetch failures, engine errors) and on the
 * `StoredError` records the queue keeps, so a failure described after a restart reads
 * the same as one described on the spot.
 */
import { APIErrorCode, ClientErrorCode } from '@notionhq/client';
import { redactText } from '../../log';
import { currentLocale, translate, type Locale, type MessageKey } from '../../i18n';
import type { DescribedFailure } from '../../messaging';
import { toStoredError, type Capability, type StoredError } from './errors';
import type { SecretProblem } from '../connection/secret';

/** `DescribedFailure` with the raw detail always present. */
export interface ErrorDescription extends DescribedFailure {
  raw: string;
}

type Keys = [title: MessageKey, detail: MessageKey, action: MessageKey];
type Params = Record<string, string | number>;

const CAPABILITY_KEYS: Record<Capability, MessageKey> = {
  read_content: 'capabilityReadContent',
  update_content: 'capabilityUpdateContent',
  insert_content: 'capabilityInsertContent',
  read_users: 'capabilityReadUsers',
};

const SECRET_KEYS: Record<SecretProblem, MessageKey> = {
  empty: 'errSecretEmpty',
  prefix: 'errSecretPrefix',
  short: 'errSecretShort',
  characters: 'errSecretCharacters',
};

// Codes that mean "the request itself was wrong": a bug of ours, not the user's.
const REQUEST_CODES = new Set<string>([
  APIErrorCode.InvalidJSON,
  APIErrorCode.InvalidRequestURL,
  APIErrorCode.InvalidRequest,
  APIErrorCode.InvalidBeta,
  'missing_version',
]);

const SERVER_CODES = new Set<string>([
  APIErrorCode.InternalServerError,
  APIErrorCode.ServiceUnavailable,
  APIErrorCode.GatewayTimeout,
  'bad_gateway',
  'database_connection_unavailable',
]);

function rateLimited(error: StoredError): { keys: Keys; params: Params } {
  const reason = error.additional_data?.rate_limit_reason;
  if (reason === 'public_api_request_blocked') {
    return { keys: ['errBlockedTitle', 'errBlockedDetail', 'errBlockedAction'], params: {} };
  }
  const detail: MessageKey =
    reason === 'public_api_space_request_rate_limit'
      ? 'errRateSpaceDetail'
      : reason === 'public_api_endpoint_rate_limit'
        ? 'errRateEndpointDetail'
        : 'errRateDetail';
  const seconds = error.retry_after_seconds;
  return typeof seconds === 'number' && seconds > 0
    ? { keys: ['errRateTitle', detail, 'errRateActionSeconds'], params: { seconds } }
    : { keys: ['errRateTitle', detail, 'errRateAction'], params: {} };
}

function engine(error: StoredError, locale: Locale): { keys: Keys; params: Params } | null {
  const params: Params = { ...error.params };
  switch (error.code) {
    case 'secret_format': {
      const problem = (error.params?.problem ?? 'prefix') as SecretProblem;
      return {
        keys: ['errSecretTitle', SECRET_KEYS[problem] ?? 'errSecretPrefix', 'errSecretAction'],
        params,
      };
    }
    case 'api_base_refused':
      return { keys: ['errApiBaseTitle', 'errApiBaseDetail', 'errApiBaseAction'], params };
    case 'not_shared':
      return { keys: ['errNotFoundTitle', 'errNotSharedDetail', 'errNotSharedAction'], params };
    case 'missing_capability': {
      const key =
        CAPABILITY_KEYS[error.params?.capability as Capability] ?? 'capabilityReadContent';
      return {
        keys: ['errRestrictedTitle', 'errCapabilityDetail', 'errCapabilityAction'],
        params: { capability: translate(locale, key) },
      };
    }
    case 'not_a_target':
      return { keys: ['errNotTargetTitle', 'errNotTargetDetail', 'errNotTargetAction'], params };
    case 'no_url_property':
      return {
        keys: ['errNoUrlPropertyTitle', 'errNoUrlPropertyDetail', 'errNoUrlPropertyAction'],
        params,
      };
    case 'listing_expired':
      return {
        keys: ['errListingExpiredTitle', 'errListingExpiredDetail', 'errListingExpiredAction'],
        params,
      };
    case 'block_too_large':
      return {
        keys: ['errBlockTooLargeTitle', 'errBlockTooLargeDetail', 'errBlockTooLargeAction'],
        params,
      };
    default:
      return null;
  }
}

function choose(error: StoredError, locale: Locale): { keys: Keys; params: Params } {
  const own = engine(error, locale);
  if (own) return own;
  const status = error.status ?? 0;
  const none = {};
  switch (error.code) {
    case APIErrorCode.Unauthorized:
      return {
        keys: ['errUnauthorizedTitle', 'errUnauthorizedDetail', 'errUnauthorizedAction'],
        params: none,
      };
    case APIErrorCode.RestrictedResource:
      // Free workspaces past their block allowance get a 403 on block-creating writes.
      if (!/block.{0,12}limit/i.test(error.message) && error.params?.capability) {
        return engine({ ...error, code: 'missing_capability' }, locale)!;
      }
      return /block.{0,12}limit/i.test(error.message)
        ? {
            keys: ['errBlockLimitTitle', 'errBlockLimitDetail', 'errBlockLimitAction'],
            params: none,
          }
        : {
            keys: ['errRestrictedTitle', 'errRestrictedDetail', 'errRestrictedAction'],
            params: none,
          };
    case APIErrorCode.ObjectNotFound:
      return { keys: ['errNotFoundTitle', 'errNotFoundDetail', 'errNotFoundAction'], params: none };
    case APIErrorCode.RateLimited:
      return rateLimited(error);
    case APIErrorCode.ValidationError:
      // Select and multi-select options that only ever grow end in this refusal.
      if (/maximum database property schema size/i.test(error.message)) {
        return {
          keys: ['errSchemaFullTitle', 'errSchemaFullDetail', 'errSchemaFullAction'],
          params: none,
        };
      }
      return {
        keys: ['errValidationTitle', 'errValidationDetail', 'errValidationAction'],
        params: none,
      };
    case APIErrorCode.ConflictError:
      return { keys: ['errConflictTitle', 'errConflictDetail', 'errRetryAction'], params: none };
    case APIErrorCode.ServiceOverload:
      return { keys: ['errOverloadTitle', 'errOverloadDetail', 'errRetryAction'], params: none };
    case ClientErrorCode.RequestTimeout:
      return { keys: ['errTimeoutTitle', 'errTimeoutDetail', 'errTimeoutAction'], params: none };
    case ClientErrorCode.InvalidPathParameter:
      return { keys: ['errPathTitle', 'errPathDetail', 'errPathAction'], params: none };
    case 'offline':
      return { keys: ['errOfflineTitle', 'errOfflineDetail', 'errOfflineAction'], params: none };
    case 'network_error':
      return { keys: ['errNetworkTitle', 'errNetworkDetail', 'errNetworkAction'], params: none };
  }
  // Past its size limit Notion answers 413 with a page, not a JSON error: the request
  // itself must change, so it is described as such and never retried.
  if (status === 413) {
    return { keys: ['errTooLargeTitle', 'errTooLargeDetail', 'errTooLargeAction'], params: none };
  }
  if (REQUEST_CODES.has(error.code)) {
    return { keys: ['errRequestTitle', 'errRequestDetail', 'errReportAction'], params: none };
  }
  // A 503 on a write may hide a saved page: Notion then says to read before retrying.
  if (
    error.additional_data?.retry_guidance !== undefined ||
    error.additional_data?.committed_resource_id
  ) {
    return { keys: ['errServerTitle', 'errMaybeSavedDetail', 'errMaybeSavedAction'], params: none };
  }
  if (SERVER_CODES.has(error.code) || (status >= 500 && status !== 529)) {
    return {
      keys: ['errServerTitle', 'errServerDetail', 'errServerAction'],
      params: { status: status || 500 },
    };
  }
  if (status === 529) {
    return { keys: ['errOverloadTitle', 'errOverloadDetail', 'errRetryAction'], params: none };
  }
  if (status === 429) return rateLimited(error);
  if (error.code === ClientErrorCode.ResponseError || status > 0) {
    return {
      keys: ['errResponseTitle', 'errResponseDetail', 'errResponseAction'],
      params: { status: status || '?' },
    };
  }
  return { keys: ['errUnknownTitle', 'errUnknownDetail', 'errUnknownAction'], params: none };
}

function rawOf(error: StoredError): string {
  const parts = [error.status === null ? error.code : `${error.code} (HTTP ${error.status})`];
  if (error.message && error.message !== error.code) parts.push(error.message);
  if (error.additional_data && Object.keys(error.additional_data).length > 0) {
    parts.push(JSON.stringify(error.additional_data));
  }
  if (error.request_id) parts.push(`request_id ${error.request_id}`);
  return redactText(parts.join(' — '));
}

/**
 * Describes any failure for people. `raw` keeps the code and Notion's own message for
 * the "details" disclosure; nothing else carries a code or JSON.
 */
export function describeError(error: unknown, locale: Locale = currentLocale()): ErrorDescription {
  const stored = toStoredError(error);
  const { keys, params } = choose(stored, locale);
  const [title, detail, action] = keys.map((key) => translate(locale, key, params)) as [
    string,
    string,
    string,
  ];
  return { title, detail, action, raw: rawOf(stored) };
}
