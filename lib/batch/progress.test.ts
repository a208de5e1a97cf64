import { describe, expect, it } from 'vitest';
import { translate } from '../i18n';
import type { JobStatus } from '../queue/types';
import { answerDuplicates, claimNext, resumeBatch, settleItem } from './change';
import { progressLine, whyNotSaved } from './describe';
import type { Batch, BatchItemState } from './model';
import { batchProgress, itemsToExplain } from './progress';
import { batchOf, webTabs } from './testing/batches';

function withStates(batch: Batch, states: BatchItemState[]): Batch {
  return { ...batch, items: batch.items.map((item, i) => ({ ...item, state: states[i]! })) };
}

const statuses: Record<string, JobStatus> = { a: 'saved', b: 'saving', c: 'needs_attention' };
const statusOf = (id: string) => statuses[id] ?? null;

describe('batchProgress', () => {
  it('counts each tab once, the queue deciding for those it has', () => {
    const batch = withStates(batchOf(webTabs(8)), [
      { kind: 'queued', jobId: 'a' },
      { kind: 'queued', jobId: 'b' },
      { kind: 'queued', jobId: 'c' },
      { kind: 'waiting' },
      { kind: 'already_saved' },
      { kind: 'skipped', why: 'already_saved' },
      { kind: 'not_capturable', why: 'browser_page' },
      { kind: 'failed', why: 'closed' },
    ]);
    expect(batchProgress(batch, statusOf)).toEqual({
      total: 8,
      saved: 1,
      pending: 2,
      skipped: 1,
      alreadySaved: 1,
      attention: 2,
      notCapturable: 1,
      done: false,
    });
  });

  it('is done once nothing is read or on its way', () => {
    const batch = withStates(batchOf(webTabs(2)), [
      { kind: 'queued', jobId: 'a' },
      { kind: 'queued', jobId: 'c' },
    ]);
    expect(batchProgress(batch, statusOf).done).toBe(true);
  });
});

describe('the batch in words', () => {
  const progress = {
    total: 30,
    saved: 12,
    pending: 14,
    skipped: 2,
    alreadySaved: 1,
    attention: 1,
    notCapturable: 0,
    done: false,
  };

  it('says where it stands in English, with the singular where one is counted', () => {
    expect(progressLine('en', progress)).toBe('12 of 30 saved, 3 skipped, 1 needs attention');
    expect(progressLine('en', { ...progress, attention: 2, notCapturable: 1 })).toBe(
      "12 of 30 saved, 3 skipped, 2 need attention, 1 can't be saved",
    );
    expect(progressLine('en', { ...progress, skipped: 0, alreadySaved: 0, attention: 0 })).toBe(
      '12 of 30 saved',
    );
  });

  it('says it in Korean', () => {
    expect(progressLine('ko', progress)).toBe('30개 중 12개 저장됨, 3개 건너뜀, 1개 확인 필요');
  });

  it('asks about pages saved before in the singular and the plural', () => {
    expect(translate('en', 'batchAlreadySavedAsk', { count: 1 })).toBe(
      '1 of these is already saved:',
    );
    expect(translate('en', 'batchAlreadySavedAsk', { count: 3 })).toBe(
      '3 of these are already saved:',
    );
    expect(translate('ko', 'batchAlreadySavedAsk', { count: 3 })).toBe(
      '이 중 3개는 이미 저장되어 있습니다:',
    );
  });

  it('says why a tab was not saved, with the particle its title takes in Korean', () => {
    const [item] = withStates(batchOf([{ id: 1, url: 'chrome://settings', title: '설정' }]), [
      { kind: 'not_capturable', why: 'browser_page' },
    ]).items;
    expect(whyNotSaved('en', item!)).toBe(
      "설정 is one of the browser's own pages (or a file on this computer), which extensions cannot read.",
    );
    expect(whyNotSaved('ko', item!)).toBe(
      '설정은 브라우저의 자체 페이지(또는 이 컴퓨터의 파일)라 확장 프로그램이 읽을 수 없습니다.',
    );
    const vowel = { ...item!, title: '뉴스', state: { kind: 'failed', why: 'closed' } as const };
    expect(whyNotSaved('ko', vowel)).toBe('뉴스는 읽기 전에 닫혔습니다.');
  });

  it('names a tab without a title by its address, and one without either as "A tab"', () => {
    const [item] = batchOf([{ id: 1, title: '' }]).items;
    expect(whyNotSaved('en', item!)).toMatch(/^A tab could not be read/);
    expect(itemsToExplain(batchOf([{ id: 1, title: '' }]))).toHaveLength(1);
  });
});

describe('changes of a stored batch', () => {
  it('claims each waiting tab once', () => {
    let batch = batchOf(webTabs(2));
    const first = claimNext(batch);
    const second = claimNext(first.batch);
    const third = claimNext(second.batch);
    expect([first.index, second.index, third.index]).toEqual([0, 1, null]);
    batch = third.batch;
    expect(batch.items.every((i) => i.state.kind === 'capturing')).toBe(true);
  });

  it('holds a page saved before for the answer, then follows it for the whole batch', () => {
    let batch = claimNext(claimNext(batchOf(webTabs(2))).batch).batch;
    batch = settleItem(batch, 0, 'saved_before');
    expect(batch.items[0]!.state).toEqual({ kind: 'already_saved' });
    batch = answerDuplicates(batch, true);
    expect(batch.items[0]!.state).toEqual({ kind: 'waiting', again: true });
    // The second tab was being checked when the person answered: it is saved again too.
    batch = settleItem(batch, 1, 'saved_before');
    expect(batch.items[1]!.state).toEqual({ kind: 'waiting', again: true });
    expect(claimNext(batch).batch.items[0]!.state).toEqual({ kind: 'capturing', again: true });
  });

  it('skips pages saved before when the person says so', () => {
    let batch = claimNext(batchOf(webTabs(1))).batch;
    batch = answerDuplicates(settleItem(batch, 0, 'saved_before'), false);
    expect(batch.items[0]!.state).toEqual({ kind: 'skipped', why: 'already_saved' });
    expect(answerDuplicates(batch, true)).toBe(batch);
  });

  it('after a stop, points a tab to its capture if it reached the queue, else reads it again', () => {
    let batch = batchOf(webTabs(3));
    batch = claimNext(claimNext(batch).batch).batch;
    const resumed = resumeBatch(batch, (i) => (i === 0 ? 'job-0' : null));
    expect(resumed.items.map((i) => i.state)).toEqual([
      { kind: 'queued', jobId: 'job-0' },
      { kind: 'waiting' },
      { kind: 'waiting' },
    ]);
  });

  it('leaves a settled tab as it is', () => {
    const batch = withStates(batchOf(webTabs(1)), [{ kind: 'queued', jobId: 'a' }]);
    expect(settleItem(batch, 0, { kind: 'failed', why: 'closed' })).toBe(batch);
  });
});
