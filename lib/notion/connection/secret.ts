/**
 * Integration secrets as people paste them. The format is checked before any request so
 * that a half-copied secret gets a sentence about the paste, not a 401 from Notion, and
 * so that text that is not a secret at all is never sent anywhere.
 */

/** What is wrong with a pasted secret. */
export type SecretProblem = 'empty' | 'prefix' | 'short' | 'characters';

export type SecretCheck = { ok: true; secret: string } | { ok: false; problem: SecretProblem };

// `ntn_` since September 2024, `secret_` before; both carry 40-odd base-62 characters.
// The floor is lower than any real secret so that only a clearly cut paste is refused.
const PREFIXES = ['ntn_', 'secret_'] as const;
const MIN_BODY = 20;
const BODY = /^[A-Za-z0-9]+$/;

/**
 * Cleans what was pasted (surrounding whitespace and quotes, a copied `Bearer ` prefix)
 * and checks that it looks like a Notion secret.
 */
export function checkSecretFormat(pasted: string): SecretCheck {
  const secret = pasted
    .trim()
    .replace(/^["'`]+|["'`]+$/g, '')
    .replace(/^Bearer\s+/i, '')
    .trim();
  if (secret === '') return { ok: false, problem: 'empty' };
  const prefix = PREFIXES.find((p) => secret.startsWith(p));
  if (!prefix) return { ok: false, problem: 'prefix' };
  const body = secret.slice(prefix.length);
  if (!BODY.test(body)) return { ok: false, problem: body === '' ? 'short' : 'characters' };
  if (body.length < MIN_BODY) return { ok: false, problem: 'short' };
  return { ok: true, secret };
}

/**
 * A secret for display: its prefix, a fixed run of dots (so the length is not revealed)
 * and its last four characters, e.g. `ntn_••••••••abcd`.
 */
export function maskSecret(secret: string): string {
  const prefix = PREFIXES.find((p) => secret.startsWith(p)) ?? '';
  const body = secret.slice(prefix.length);
  const tail = body.length >= 12 ? body.slice(-4) : '';
  return `${prefix}••••••••${tail}`;
}
