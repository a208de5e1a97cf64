/**
 * The `/v1` pipeline, in Notion's order: version header, authentication, injected faults,
 * rate limit, route, capability, body, handler. Every answer carries CORS headers and a
 * `request_id`; every request is logged (without its secret).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  ApiError,
  FAULT_DEFAULTS,
  PAYLOAD_TOO_LARGE_HTML,
  PayloadTooLargeError,
  invalidUrl,
  personalTokensRestricted,
  restricted,
  type AdditionalData,
} from './errors.ts';
import type { FaultAction } from './faults.ts';
import { corsHeaders, sendJson, sendText, sleep } from './http-utils.ts';
import { newId } from './ids.ts';
import type { Integration } from './model.ts';
import { matchRoute } from './routes/index.ts';
import type { RouteResult } from './routes/context.ts';
import type { EmulatorState } from './state.ts';

export const NOTION_VERSION = '2026-03-11';
/**
 * Notion's request ceiling: 500 KB of JSON (counted in bytes; 500 000, the stricter
 * reading). Past it Notion answers 413 Payload Too Large, not a validation_error.
 */
export const MAX_JSON_BYTES = 500_000;
/** Placeholder wording: Notion's exact `retry_guidance` text was not found in public sources. */
export const RETRY_GUIDANCE =
  'The write was saved. Retrieve the resource instead of repeating the request.';

interface Outcome {
  status: number;
  code: string | null;
  integration: Integration | null;
  fault: string | null;
}

function authenticate(state: EmulatorState, req: IncomingMessage): Integration {
  const version = req.headers['notion-version'];
  if (version === undefined) {
    throw new ApiError(
      400,
      'missing_version',
      'Notion-Version header failed validation: Notion-Version header should be defined, instead was `undefined`.',
    );
  }
  if (version !== NOTION_VERSION) {
    throw new ApiError(
      400,
      'validation_error',
      `Notion-Version header failed validation: Notion-Version header should be \`"${NOTION_VERSION}"\` (the only version this emulator speaks), instead was \`${JSON.stringify(version)}\`.`,
    );
  }
  const match = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
  const integration = match ? state.ws.integrationBySecret(match[1] ?? '') : undefined;
  if (!integration) throw new ApiError(401, 'unauthorized', 'API token is invalid.');
  if (integration.kind === 'personal') {
    const person = state.ws.personOf(integration);
    // A person who left the workspace takes their PATs' access with them (documented).
    if (!person) throw new ApiError(401, 'unauthorized', 'API token is invalid.');
    if (!state.ws.allowsPersonalTokens(person)) throw personalTokensRestricted();
  }
  return integration;
}

function parseJson(raw: Buffer): unknown {
  if (raw.length > MAX_JSON_BYTES) throw new PayloadTooLargeError();
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw new ApiError(400, 'invalid_json', 'Error parsing JSON body.');
  }
}

async function run(
  state: EmulatorState,
  req: IncomingMessage,
  url: URL,
  raw: Buffer,
  outcome: Outcome,
): Promise<{ result: RouteResult; after: FaultAction | null }> {
  const integration = authenticate(state, req);
  outcome.integration = integration;
  const method = req.method ?? 'GET';
  let after: FaultAction | null = null;
  const fault = state.faults.take(method, url.pathname, integration.name);
  if (fault) {
    outcome.fault = fault.type;
    if (fault.type === 'delay') await sleep(fault.ms);
    else if (fault.type === 'status') {
      const defaults = FAULT_DEFAULTS[fault.status] ?? FAULT_DEFAULTS[500]!;
      const headers: Record<string, string> =
        fault.retryAfterSeconds === undefined
          ? {}
          : { 'retry-after': String(fault.retryAfterSeconds) };
      let data = fault.additionalData;
      if (fault.status === 429 && !data)
        data = { rate_limit_reason: 'public_api_request_rate_limit' };
      throw new ApiError(
        fault.status,
        fault.code ?? defaults.code,
        fault.message ?? defaults.message,
        data,
        headers,
      );
    } else if (fault.type === 'drop' && !fault.afterCommit)
      return { result: { body: null }, after: fault };
    else after = fault;
  }
  const decision = state.limiter.take(integration.botId);
  if (!decision.ok) {
    throw new ApiError(
      429,
      'rate_limited',
      'You have been rate limited. Please try again in a few minutes.',
      { rate_limit_reason: 'public_api_request_rate_limit' },
      { 'retry-after': String(decision.retryAfterSeconds) },
    );
  }
  const match = matchRoute(method, url.pathname);
  if (!match) throw invalidUrl();
  const { route, params } = match;
  if (route.capability !== 'none' && !integration.capabilities[route.capability])
    throw restricted();
  const body =
    route.multipart || method === 'GET' || method === 'DELETE' ? undefined : parseJson(raw);
  const result = await route.handler({
    ws: state.ws,
    integration,
    params,
    query: url.searchParams,
    body,
    rawBody: raw,
    contentType: String(req.headers['content-type'] ?? ''),
    apiBase: state.apiBase,
    cursors: state.cursors,
  });
  return { result, after };
}

/** Answers one `/v1` request and logs it. */
export async function handleApi(
  state: EmulatorState,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  raw: Buffer,
): Promise<void> {
  const started = Date.now();
  const requestId = newId();
  const cors = corsHeaders(req);
  const outcome: Outcome = { status: 200, code: null, integration: null, fault: null };
  try {
    const { result, after } = await run(state, req, url, raw, outcome);
    if (after?.type === 'drop' && after.midAnswer) {
      outcome.status = 0;
      const text = JSON.stringify(result.body);
      res.writeHead(result.status ?? 200, {
        ...cors,
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(text),
      });
      res.write(text.slice(0, Math.min(16, text.length - 1)), () => res.socket?.destroy());
    } else if (after?.type === 'drop') {
      outcome.status = 0;
      res.socket?.destroy();
    } else if (after?.type === '503-after-commit') {
      const data: AdditionalData = { retry_guidance: RETRY_GUIDANCE, ...(result.committed ?? {}) };
      throw new ApiError(503, 'service_unavailable', FAULT_DEFAULTS[503]!.message, data);
    } else {
      outcome.status = result.status ?? 200;
      sendJson(res, outcome.status, result.body, { ...cors, 'x-notion-request-id': requestId });
    }
  } catch (error) {
    if (error instanceof PayloadTooLargeError) {
      outcome.status = 413;
      sendText(res, 413, 'text/html; charset=utf-8', PAYLOAD_TOO_LARGE_HTML, {
        ...cors,
        'x-notion-request-id': requestId,
      });
      return;
    }
    if (!(error instanceof ApiError)) throw error;
    outcome.status = error.status;
    outcome.code = error.code;
    const body: Record<string, unknown> = {
      object: 'error',
      status: error.status,
      code: error.code,
      message: error.message,
      request_id: requestId,
    };
    if (error.additionalData) body.additional_data = error.additionalData;
    sendJson(res, error.status, body, {
      ...cors,
      ...error.headers,
      'x-notion-request-id': requestId,
    });
  } finally {
    state.log.add({
      requestId,
      time: new Date(started).toISOString(),
      method: req.method ?? 'GET',
      path: url.pathname,
      integration: outcome.integration?.name ?? null,
      status: outcome.status,
      code: outcome.code,
      durationMs: Date.now() - started,
      fault: outcome.fault,
    });
  }
}
