import { describe, expect, it } from 'vitest';
import { ProtocolError } from '@/lib/messaging';
import { Problem, describeProblem } from '@/lib/problems';
import { toFailure } from './use-action';

describe('toFailure', () => {
  it('passes on the sentence the background sent', () => {
    const failure = { title: 'T', detail: 'D', action: 'A', raw: 'r' };
    expect(toFailure(new ProtocolError(failure))).toBe(failure);
  });

  it('says, from the catalogs, that the background did not answer', () => {
    const failure = toFailure(new Error('Could not establish connection.'));
    expect(failure.title).toBe('Quick Capture could not reach its background service');
    expect(failure.raw).toBe('Could not establish connection.');
    expect(describeProblem(new Problem('BackgroundUnreachable'), 'ko').title).toBe(
      'Quick Capture가 백그라운드 서비스에 연결하지 못했습니다',
    );
  });
});
