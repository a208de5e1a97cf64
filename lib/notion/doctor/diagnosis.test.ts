import { describe, expect, it } from 'vitest';
import type { StoredError } from '../errors/errors';
import {
  RUN_GIVEN_UP_MS,
  claimRun,
  closeEpisode,
  finishRun,
  firstAction,
  isConnectionFailure,
  problemsFor,
  type Diagnosis,
} from './diagnosis';
import type { Finding } from './finding';

const failure = (code: string, status: number | null = null, message = code): StoredError => ({
  status,
  code,
  message,
});

const problem = (extra: Partial<Finding>): Finding => ({
  check: 'target',
  state: 'problem',
  text: 'x',
  fix: 'y',
  ...extra,
});

describe('isConnectionFailure', () => {
  it('is true for the token, a capability, a PAT policy and a target not found', () => {
    for (const code of [
      'unauthorized',
      'object_not_found',
      'not_shared',
      'token_refused',
      'personal_tokens_restricted',
      'missing_capability',
      'no_content_access',
    ])
      expect(isConnectionFailure(failure(code)), code).toBe(true);
    expect(isConnectionFailure(failure('restricted_resource', 403))).toBe(true);
  });

  it('is false for what the connection cannot fix', () => {
    expect(isConnectionFailure(null)).toBe(false);
    for (const code of ['rate_limited', 'validation_error', 'internal_server_error', 'offline'])
      expect(isConnectionFailure(failure(code)), code).toBe(false);
    const blockLimit = failure(
      'restricted_resource',
      403,
      'The workspace block limit was reached.',
    );
    expect(isConnectionFailure(blockLimit)).toBe(false);
  });
});

describe('one run per connection per episode', () => {
  it('claims once, then not again until the episode closes', () => {
    const first = claimRun({}, 'c1', 1000);
    expect(first.claimed).toBe(true);
    expect(first.next.c1).toMatchObject({ state: 'running', at: 1000, cause: 'failure' });
    expect(claimRun(first.next, 'c1', 2000).claimed).toBe(false);
    // Another connection has its own episode.
    expect(claimRun(first.next, 'c2', 2000).claimed).toBe(true);
    const done = finishRun(first.next, 'c1', 1000, [problem({})]);
    expect(done.c1).toMatchObject({ state: 'done', findings: [problem({})] });
    expect(claimRun(done, 'c1', 10 * RUN_GIVEN_UP_MS).claimed).toBe(false);
    expect(claimRun(closeEpisode(done, 'c1'), 'c1', 3000).claimed).toBe(true);
  });

  it('lets a failure after a Check open a new episode', () => {
    const checked: Diagnosis = { state: 'done', at: 0, cause: 'check', findings: [] };
    const { next, claimed } = claimRun({ c1: checked }, 'c1', 1000);
    expect(claimed).toBe(true);
    expect(next.c1).toMatchObject({ state: 'running', cause: 'failure', at: 1000 });
  });

  it('lets a run cut short be claimed again, and drops a run whose episode closed', () => {
    const { next } = claimRun({}, 'c1', 0);
    expect(claimRun(next, 'c1', RUN_GIVEN_UP_MS - 1).claimed).toBe(false);
    const again = claimRun(next, 'c1', RUN_GIVEN_UP_MS);
    expect(again.claimed).toBe(true);
    // The first run finishing late does not overwrite the second.
    expect(finishRun(again.next, 'c1', 0, [])).toBe(again.next);
    const closed = closeEpisode(next, 'c1');
    expect(finishRun(closed, 'c1', 0, [])).toEqual({});
  });
});

describe('problemsFor', () => {
  it('keeps the connection’s problems and those of the capture’s own target', () => {
    const diagnosis: Diagnosis = {
      state: 'done',
      at: 0,
      cause: 'failure',
      findings: [
        { check: 'token', state: 'ok', text: 'ok', fix: null },
        problem({ check: 'insert', action: 'open_token_settings' }),
        problem({ targetId: 't1', action: 'open_target' }),
        problem({ targetId: 't2', action: 'open_target' }),
      ],
    };
    const mine = problemsFor(diagnosis, 't2');
    expect(mine.map((f) => [f.check, f.targetId])).toEqual([
      ['insert', undefined],
      ['target', 't2'],
    ]);
    expect(firstAction(mine)).toBe('open_token_settings');
    expect(firstAction([problem({})])).toBeNull();
  });
});
