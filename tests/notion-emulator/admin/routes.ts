/**
 * The admin API under `/__emulator/` (JSON, no auth, not rate limited): reset and seed,
 * fault injection, rate-limit settings, sharing and revocation, state inspection, the
 * request log, uploaded files and the HTML viewer.
 *
 * No auth, so it answers only this computer's own callers: a `Host` that names loopback
 * (a web page that rebinds its own name to 127.0.0.1 sends its name) and no `Origin`
 * but the emulator's own (Node's fetch sends none; the viewer's pages are on the
 * emulator's origin). Any site open in the demo browser is refused, and the admin API
 * sends no CORS headers at all.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkCursorExpiry } from '../cursors.ts';
import type { FaultSpec } from '../faults.ts';
import { isLoopbackHost, sendJson, sendText } from '../http-utils.ts';
import { isObject } from '../json.ts';
import type { Capabilities } from '../model.ts';
import type { RateLimitConfig } from '../rate-limit.ts';
import type { SeedChoice, EmulatorState } from '../state.ts';
import { normalizeId } from '../ids.ts';
import { listPages, pageWithTree } from './inspect.ts';
import { createPersonalToken } from '../personal-tokens.ts';
import { VIEWER_CSP } from './html.ts';
import { renderIndex, renderPageView } from './viewer.ts';

class AdminError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function parse(raw: Buffer): unknown {
  if (raw.length === 0) return {};
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw new AdminError(400, 'The admin API takes JSON bodies.');
  }
}

function integrationOf(state: EmulatorState, key: unknown) {
  const found = state.ws.integrations.find((i) => i.botId === key || i.name === key);
  if (!found) throw new AdminError(404, `No integration with bot id or name ${String(key)}.`);
  return found;
}

type Reply = { json: unknown } | { html: string } | { file: Buffer; type: string };

function dispatch(
  state: EmulatorState,
  method: string,
  parts: string[],
  url: URL,
  raw: Buffer,
): Reply {
  const [head, arg] = parts;
  const route = `${method} ${head ?? ''}${arg !== undefined ? '/:id' : ''}`;
  const body = () => parse(raw);
  switch (route) {
    case 'GET health':
      return { json: { ok: true } };
    case 'POST reset':
      state.reset();
      return { json: { ok: true } };
    case 'POST seed': {
      const b = body();
      const seed = isObject(b) ? b.seed : undefined;
      if (seed !== 'demo' && seed !== 'empty' && !isObject(seed))
        throw new AdminError(400, 'Body must be {seed: "demo" | "empty" | SeedSpec}.');
      state.reseed(seed as SeedChoice);
      return { json: { ok: true } };
    }
    case 'GET pages': {
      const q = url.searchParams;
      const results = listPages(state.ws, {
        parent: q.get('parent') ? (normalizeId(q.get('parent') ?? '') ?? undefined) : undefined,
        dataSource: q.get('data_source')
          ? (normalizeId(q.get('data_source') ?? '') ?? undefined)
          : undefined,
        includeTrashed: q.get('include_trashed') === 'true',
      });
      return { json: { results } };
    }
    case 'GET pages/:id': {
      const found = pageWithTree(state.ws, normalizeId(arg ?? '') ?? '');
      if (!found) throw new AdminError(404, `No page ${arg}.`);
      return { json: found };
    }
    case 'GET requests':
      return { json: { results: state.log.list() } };
    case 'DELETE requests':
      state.log.clear();
      return { json: { ok: true } };
    case 'GET faults':
      return { json: { results: state.faults.list() } };
    case 'POST faults': {
      const spec = body();
      if (!isObject(spec) || typeof spec.path !== 'string' || !isObject(spec.action))
        throw new AdminError(
          400,
          'Body must be a FaultSpec {path, action, method?, times?, integration?}.',
        );
      return { json: state.faults.add(spec as unknown as FaultSpec) };
    }
    case 'DELETE faults':
      state.faults.clear();
      return { json: { ok: true } };
    case 'GET rate-limit':
      return { json: { rateLimit: state.limiter.current } };
    case 'PUT rate-limit': {
      const b = body();
      const r = isObject(b) ? b.rateLimit : undefined;
      const valid =
        r === false ||
        (isObject(r) &&
          Number.isInteger(r.requests) &&
          Number(r.requests) > 0 &&
          Number.isInteger(r.windowMs) &&
          Number(r.windowMs) > 0);
      if (!valid)
        throw new AdminError(400, 'Body must be {rateLimit: {requests, windowMs} | false}.');
      state.limiter.set(r as RateLimitConfig | false);
      return { json: { rateLimit: state.limiter.current } };
    }
    case 'GET cursors':
      return { json: { cursorExpiry: state.cursors.current } };
    case 'PUT cursors': {
      const b = body();
      try {
        state.cursors.set(checkCursorExpiry(isObject(b) ? b.cursorExpiry : undefined));
      } catch (error) {
        throw new AdminError(
          400,
          `Body must be {cursorExpiry: {maxUses?, maxAgeMs?, failNext?, listings?} | false}. ${error instanceof Error ? error.message : ''}`.trim(),
        );
      }
      return { json: { cursorExpiry: state.cursors.current } };
    }
    case 'POST share': {
      const b = body();
      if (!isObject(b) || typeof b.id !== 'string')
        throw new AdminError(400, 'Body must be {integration, id, shared?}.');
      const integration = integrationOf(state, b.integration);
      const id = normalizeId(b.id) ?? b.id;
      if (b.shared === false) integration.shared.delete(id);
      else integration.shared.add(id);
      return { json: { ok: true } };
    }
    case 'PATCH integrations/:id': {
      const integration = integrationOf(state, decodeURIComponent(arg ?? ''));
      const b = body();
      if (!isObject(b)) throw new AdminError(400, 'Body must be {revoked?, capabilities?}.');
      if (typeof b.revoked === 'boolean') integration.revoked = b.revoked;
      if (isObject(b.capabilities))
        integration.capabilities = {
          ...integration.capabilities,
          ...(b.capabilities as Partial<Capabilities>),
        };
      return {
        json: {
          botId: integration.botId,
          name: integration.name,
          revoked: integration.revoked,
          capabilities: integration.capabilities,
        },
      };
    }
    case 'PATCH workspace': {
      const b = body();
      const policy = isObject(b) ? b.personalTokens : undefined;
      if (policy !== 'everyone' && policy !== 'owners' && policy !== 'nobody')
        throw new AdminError(
          400,
          'Body must be {personalTokens: "everyone" | "owners" | "nobody"}.',
        );
      state.ws.info.personalTokens = policy;
      return { json: { personalTokens: policy } };
    }
    case 'POST personal-tokens': {
      const b = body();
      if (!isObject(b) || typeof b.user !== 'string' || typeof b.name !== 'string')
        throw new AdminError(400, 'Body must be {user, name}.');
      const person = state.ws.people.find((p) => p.id === b.user || p.name === b.user);
      if (!person) throw new AdminError(404, `No person ${b.user} in the workspace.`);
      // Creation follows the same policy as use: Notion offers no PAT it would then refuse.
      if (!state.ws.allowsPersonalTokens(person))
        throw new AdminError(403, `This workspace does not let ${person.name} create PATs.`);
      const token = createPersonalToken(state.ws, person, b.name);
      return { json: { botId: token.botId, name: token.name, secret: token.secret } };
    }
    case 'PATCH people/:id': {
      const person = state.ws.people.find((p) => p.id === (normalizeId(arg ?? '') ?? arg));
      if (!person) throw new AdminError(404, `No person ${arg} in the workspace.`);
      const b = body();
      const access = isObject(b) ? b.access : undefined;
      if (access === 'workspace') person.access = 'workspace';
      else if (Array.isArray(access) && access.every((id) => typeof id === 'string'))
        person.access = new Set(access.map((id: string) => normalizeId(id) ?? id));
      else throw new AdminError(400, 'Body must be {access: "workspace" | string[]}.');
      return { json: { ok: true } };
    }
    case 'GET uploads':
      return {
        json: { results: [...state.ws.uploads.values()].map(({ data: _data, ...rest }) => rest) },
      };
    case 'GET files/:id': {
      const upload = state.ws.uploads.get(normalizeId(arg ?? '') ?? '');
      if (!upload?.data) throw new AdminError(404, `No uploaded file ${arg}.`);
      return { file: upload.data, type: upload.contentType ?? 'application/octet-stream' };
    }
    case 'GET view':
      return { html: renderIndex(state.ws) };
    case 'GET view/:id': {
      const html = renderPageView(state.ws, normalizeId(arg ?? '') ?? '', state.apiBase);
      if (html === null) throw new AdminError(404, `No page ${arg}.`);
      return { html };
    }
    default:
      throw new AdminError(404, `Unknown admin endpoint: ${method} /__emulator/${parts.join('/')}`);
  }
}

/** Why the admin API refuses `req`, or null when it comes from this computer's own callers. */
export function adminRefusal(req: IncomingMessage, ownOrigin: string): string | null {
  if (!isLoopbackHost(req.headers.host)) {
    return 'The admin API answers only requests addressed to 127.0.0.1, localhost or [::1].';
  }
  const origin = req.headers.origin;
  if (origin === undefined) return null;
  const port = new URL(ownOrigin).port;
  const own = ['127.0.0.1', 'localhost', '[::1]'].map((host) => `http://${host}:${port}`);
  return own.includes(origin) ? null : `The admin API does not answer web pages (${origin}).`;
}

export function handleAdmin(
  state: EmulatorState,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  raw: Buffer,
): void {
  const refusal = adminRefusal(req, state.apiBase);
  if (refusal) return sendJson(res, 403, { error: refusal });
  const parts = url.pathname
    .replace(/^\/__emulator\/?/, '')
    .split('/')
    .filter(Boolean);
  try {
    const reply = dispatch(state, req.method ?? 'GET', parts, url, raw);
    if ('json' in reply) sendJson(res, 200, reply.json);
    else if ('html' in reply)
      sendText(res, 200, 'text/html; charset=utf-8', reply.html, {
        'content-security-policy': VIEWER_CSP,
      });
    else
      sendText(res, 200, reply.type, reply.file, {
        'content-security-policy': "default-src 'none'",
        'x-content-type-options': 'nosniff',
      });
  } catch (error) {
    const status = error instanceof AdminError ? error.status : 400;
    const message = error instanceof Error ? error.message : String(error);
    sendJson(res, status, { error: message });
  }
}
