/**
 * The one logger. Everything the extension logs goes through here, and everything that
 * goes through here is scrubbed of Notion secrets first: a secret pasted into an error
 * message, an `Authorization` header echoed in a response body or a connection record
 * logged whole must never reach the console, where extensions and bug reports read it.
 */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const SEVERITY: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

// Internal integration secrets are `ntn_…` (older ones `secret_…`); OAuth access tokens
// share the prefixes. Unanchored on purpose: a secret glued to other text is still
// masked, and masking a harmless `my_secret_key` costs nothing. A bearer header may
// carry any token, so it is masked whole.
const SECRET_PATTERN = /(ntn|secret)_[A-Za-z0-9_-]{4,}/g;
const BEARER_PATTERN = /\b(Bearer)\s+[^\s"',;]+/gi;
const SECRET_KEYS = /^(auth|authorization|secret|token|access_token|password)$/i;

/** Where redacted log lines go; tests replace it to read what would be printed. */
export type LogSink = (level: LogLevel, args: unknown[]) => void;

const consoleSink: LogSink = (level, args) => {
  console[level]('[quick-capture]', ...args);
};

let sink: LogSink = consoleSink;
let threshold: LogLevel = 'info';

/** Replaces the sink (null restores the console). Returns the previous one. */
export function setLogSink(next: LogSink | null): LogSink {
  const previous = sink;
  sink = next ?? consoleSink;
  return previous;
}

/** Sets the least severe level that is still written. */
export function setLogLevel(level: LogLevel): void {
  threshold = level;
}

/** Masks every secret-looking token in a string. */
export function redactText(text: string): string {
  return text.replace(SECRET_PATTERN, '$1_[redacted]').replace(BEARER_PATTERN, '$1 [redacted]');
}

/**
 * A copy of `value` with secrets masked in every string it holds, at any depth: plain
 * objects, arrays, `Error`s (message, stack, and own fields such as a response body),
 * `Map`s and `Headers`-like iterables. Values under keys named like a secret are masked
 * whatever their shape. Cycles are cut.
 */
export function redact(value: unknown, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return redactText(value);
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => redact(item, seen));
  if (value instanceof Map) {
    return Object.fromEntries(
      [...value].map(([k, v]) => [String(k), redactEntry(String(k), v, seen)]),
    );
  }
  const out: Record<string, unknown> = {};
  if (value instanceof Error) {
    out.name = value.name;
    out.message = redactText(value.message);
    if (value.stack) out.stack = redactText(value.stack);
    if (value.cause !== undefined) out.cause = redact(value.cause, seen);
  }
  const entries = isHeaders(value) ? [...value.entries()] : Object.entries(value);
  for (const [key, item] of entries) out[key] = redactEntry(key, item, seen);
  return out;
}

function redactEntry(key: string, item: unknown, seen: WeakSet<object>): unknown {
  if (SECRET_KEYS.test(key) && item !== null && item !== undefined && item !== '') {
    return '[redacted]';
  }
  return redact(item, seen);
}

function isHeaders(value: object): value is { entries(): IterableIterator<[string, string]> } {
  return typeof Headers !== 'undefined' && value instanceof Headers;
}

function write(level: LogLevel, args: unknown[]): void {
  if (SEVERITY[level] < SEVERITY[threshold]) return;
  sink(
    level,
    args.map((arg) => redact(arg)),
  );
}

/** The logger. Arguments are redacted before they reach any output. */
export const log = {
  debug: (...args: unknown[]) => write('debug', args),
  info: (...args: unknown[]) => write('info', args),
  warn: (...args: unknown[]) => write('warn', args),
  error: (...args: unknown[]) => write('error', args),
};
