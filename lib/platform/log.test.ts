import { afterEach, describe, expect, it } from 'vitest';
import { log, redact, redactText, setLogLevel, setLogSink, type LogLevel } from './log';

const SECRET = 'ntn_BVZPhmnwN7glD2TvdB6yzgzjBOp3vx61VjBVmKdX6wm5Dm';
const OLD = 'secret_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefg';

function capture(): { lines: { level: LogLevel; text: string }[] } {
  const out = { lines: [] as { level: LogLevel; text: string }[] };
  setLogSink((level, args) => out.lines.push({ level, text: JSON.stringify(args) }));
  return out;
}

afterEach(() => {
  setLogSink(null);
  setLogLevel('info');
});

describe('log', () => {
  it('masks secrets in strings, keeping the prefix', () => {
    expect(redactText(`token ${SECRET} and ${OLD}.`)).toBe(
      'token ntn_[redacted] and secret_[redacted].',
    );
    expect(redactText('Authorization: Bearer abc.def-123')).toBe(
      'Authorization: Bearer [redacted]',
    );
  });

  it('masks secrets in errors, nested objects, arrays, maps and Headers', () => {
    const error = new Error(`failed with ${SECRET}`);
    Object.assign(error, { body: `{"auth":"${SECRET}"}` });
    const value = redact({
      list: [SECRET, { deeper: { again: `x${OLD}` } }],
      error,
      map: new Map([['k', SECRET]]),
      headers: new Headers({ authorization: `Bearer ${SECRET}`, 'x-other': 'fine' }),
      auth: 'anything at all',
    });
    const text = JSON.stringify(value);
    expect(text).not.toContain(SECRET.slice(4));
    expect(text).not.toContain(OLD.slice(7));
    expect(text).toContain('fine');
    expect(text).toContain('failed with ntn_[redacted]');
    expect((value as { auth: string }).auth).toBe('[redacted]');
  });

  it('survives cycles', () => {
    const a: Record<string, unknown> = { name: SECRET };
    a.self = a;
    expect(JSON.stringify(redact(a))).toContain('[circular]');
  });

  it('writes redacted arguments through the sink and honours the level', () => {
    const out = capture();
    log.info('connecting with', SECRET, { connection: { secret: SECRET } });
    log.debug('hidden');
    setLogLevel('error');
    log.warn('also hidden');
    log.error(new Error(SECRET));
    expect(out.lines.map((l) => l.level)).toEqual(['info', 'error']);
    expect(out.lines.map((l) => l.text).join('\n')).not.toContain(SECRET.slice(4));
  });
});
