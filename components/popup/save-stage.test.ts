import { describe, expect, it } from 'vitest';
import type { CaptureStatusView } from '@/lib/messaging';
import { saveStage, secondsLeft, waitSentence } from './save-stage';

const view = (patch: Partial<CaptureStatusView>): CaptureStatusView => ({
  status: 'queued',
  pageUrl: null,
  failure: null,
  targetTitle: 'Reading list',
  wait: null,
  remedy: null,
  undoable: false,
  ...patch,
});

const tracking = (v: CaptureStatusView | null) =>
  ({ phase: 'tracking', jobId: 'job', view: v }) as const;

describe('saveStage', () => {
  it('shows the form until the capture is queued, and after a refusal before it was', () => {
    expect(saveStage({ phase: 'idle' }, true).stage).toBe('ready');
    const failure = { title: 'x', detail: '', action: '' };
    expect(saveStage({ phase: 'failed', failure }, true).stage).toBe('ready');
  });

  it('is on its way while sending, queued or saving', () => {
    expect(saveStage({ phase: 'sending' }, true).stage).toBe('progress');
    expect(saveStage(tracking(null), true).stage).toBe('progress');
    expect(saveStage(tracking(view({ status: 'saving' })), true).stage).toBe('progress');
  });

  it('waits with the queue’s reason, and offline as soon as the browser says so', () => {
    const wait = { reason: 'rate_limited' as const, until: 38_000 };
    expect(saveStage(tracking(view({ status: 'waiting', wait })), true)).toMatchObject({
      stage: 'waiting',
      wait,
    });
    expect(saveStage(tracking(view({ status: 'queued' })), false)).toMatchObject({
      stage: 'waiting',
      wait: { reason: 'offline', until: null },
    });
  });

  it('fails with the one remedy, a refused secret included although it waits', () => {
    const revoked = view({ status: 'waiting', remedy: 'replace_secret' });
    expect(saveStage(tracking(revoked), true)).toMatchObject({
      stage: 'failed',
      remedy: 'replace_secret',
    });
    const failed = view({ status: 'needs_attention', remedy: 'open_target' });
    expect(saveStage(tracking(failed), true)).toMatchObject({ remedy: 'open_target' });
    expect(saveStage(tracking(view({ status: 'needs_attention' })), true)).toMatchObject({
      remedy: 'retry',
    });
  });

  it('is saved, then undone', () => {
    expect(saveStage(tracking(view({ status: 'saved' })), false).stage).toBe('saved');
    expect(saveStage(tracking(view({ status: 'undone' })), true).stage).toBe('undone');
  });
});

describe('waitSentence', () => {
  it('says how long Notion’s pause still lasts, in whole seconds rounded up', () => {
    const wait = { reason: 'rate_limited' as const, until: 100_000 };
    expect(waitSentence(wait, 62_000)).toEqual({
      key: 'popupWaitRateLimited',
      params: { seconds: 38 },
    });
    expect(waitSentence(wait, 99_900)).toEqual({
      key: 'popupWaitRateLimited',
      params: { seconds: 1 },
    });
    expect(waitSentence(wait, 100_000)).toEqual({ key: 'popupWaitRateLimitedSoon' });
  });

  it('names the other reasons', () => {
    expect(waitSentence({ reason: 'offline', until: null }, 0).key).toBe('popupWaitOffline');
    expect(waitSentence({ reason: 'backoff', until: 5_000 }, 0)).toEqual({
      key: 'popupWaitBackoff',
      params: { seconds: 5 },
    });
    expect(waitSentence({ reason: 'order', until: null }, 0).key).toBe('popupWaitOrder');
  });

  it('never counts below one second while the end is ahead', () => {
    expect(secondsLeft(1_001, 1_000)).toBe(1);
    expect(secondsLeft(3_000, 1_000)).toBe(2);
  });
});
