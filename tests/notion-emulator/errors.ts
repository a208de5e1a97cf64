/**
 * Notion's error responses: `{object:'error', status, code, message, request_id,
 * additional_data?}`. Messages follow Notion's own wording where it is known (status-codes
 * reference and errors quoted in public issue threads), so code that shows or matches them
 * meets the same text it will meet in production.
 */

export type ErrorCode =
  | 'invalid_json'
  | 'invalid_request_url'
  | 'invalid_request'
  | 'validation_error'
  | 'missing_version'
  | 'unauthorized'
  | 'restricted_resource'
  | 'object_not_found'
  | 'conflict_error'
  | 'rate_limited'
  | 'internal_server_error'
  | 'bad_gateway'
  | 'service_unavailable'
  | 'database_connection_unavailable'
  | 'gateway_timeout'
  | 'service_overload';

export type AdditionalData = Record<string, string | string[]>;

/** Thrown by handlers and validators; the server turns it into Notion's error body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly additionalData?: AdditionalData,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * A body over Notion's size limit is refused before any JSON is read: HTTP 413 with a
 * plain page, not a JSON error (the SDK turns it into an UnknownHTTPResponseError).
 */
export class PayloadTooLargeError extends Error {
  constructor() {
    super('Payload Too Large');
    this.name = 'PayloadTooLargeError';
  }
}

/** The 413 page (Notion's own text is not documented; this is the plain HTTP one). */
export const PAYLOAD_TOO_LARGE_HTML =
  '<html><head><title>413 Payload Too Large</title></head><body><h1>413 Payload Too Large</h1><p>The request body is larger than the server accepts.</p></body></html>';

/** 400 `validation_error` whose message names the failing path, as Notion's schema checker does. */
export function validationError(detail: string): ApiError {
  return new ApiError(400, 'validation_error', `body failed validation: ${detail}`);
}

/** 400 `validation_error` for a union where no branch matched ("Fix one:" list, as Notion prints it). */
export function fixOneError(details: string[]): ApiError {
  return new ApiError(
    400,
    'validation_error',
    `body failed validation. Fix one:\n${details.join('\n')}`,
  );
}

/** 400 `validation_error` with a free sentence (Notion's semantic checks after the schema). */
export function semanticError(message: string): ApiError {
  return new ApiError(400, 'validation_error', message);
}

export type ObjectKind =
  'page' | 'block' | 'database' | 'data source' | 'view' | 'user' | 'file upload';

/** 404 for objects that do not exist *or* are not shared with the calling integration. */
export function notFound(kind: ObjectKind, id: string): ApiError {
  return new ApiError(
    404,
    'object_not_found',
    `Could not find ${kind} with ID: ${id}. Make sure the relevant pages and databases are shared with your integration.`,
  );
}

/** The kinds of object sharing one id space, as Notion's wrong-kind sentences call them. */
export type IdKind = 'page' | 'database' | 'block';

const RETRIEVE_API: Record<IdKind, string> = {
  page: 'retrieve page',
  database: 'retrieve database',
  block: 'retrieve block',
};

/**
 * 400 for an id of another kind than the endpoint takes (a database id sent to the pages
 * API, …): Notion says what the id is and which API to use instead.
 */
export function wrongKind(id: string, actual: IdKind, expected: IdKind): ApiError {
  return new ApiError(
    400,
    'validation_error',
    `Provided ID ${id} is a ${actual}, not a ${expected}. Use the ${RETRIEVE_API[actual]} API instead.`,
  );
}

/** 403 for an integration that lacks the capability an endpoint needs. */
export function restricted(): ApiError {
  return new ApiError(403, 'restricted_resource', 'Insufficient permissions for this endpoint.');
}

/**
 * A PAT whose workspace no longer lets its person use PATs. Notion documents the policy
 * (Settings → Connections) but not what the API answers once it forbids a token already
 * made: the emulator answers 403 `restricted_resource` (the token is genuine, the workspace
 * refuses it) with its own sentence, so a client must not rely on the wording.
 */
export function personalTokensRestricted(): ApiError {
  return new ApiError(
    403,
    'restricted_resource',
    'This workspace does not allow personal access tokens for the Notion API. A workspace owner can allow them in Settings → Connections.',
  );
}

/** 400 for unknown routes and methods. */
export function invalidUrl(): ApiError {
  return new ApiError(400, 'invalid_request_url', 'Invalid request URL.');
}

/** Default code and message per injected fault status (Notion's codes for each). */
export const FAULT_DEFAULTS: Record<number, { code: ErrorCode; message: string }> = {
  409: { code: 'conflict_error', message: 'Conflict occurred while saving. Please try again.' },
  429: {
    code: 'rate_limited',
    message: 'You have been rate limited. Please try again in a few minutes.',
  },
  500: { code: 'internal_server_error', message: 'Unexpected error occurred.' },
  502: { code: 'bad_gateway', message: 'Bad gateway. Please try again later.' },
  503: {
    code: 'service_unavailable',
    message: 'Public API service is temporarily unavailable, please try again later.',
  },
  504: { code: 'gateway_timeout', message: 'Gateway timeout. Please try again later.' },
  529: { code: 'service_overload', message: 'Notion is overloaded. Please try again later.' },
};
