import { describe, expect, it } from 'vitest';
import type { Diagnosis } from '../notion/doctor/diagnosis';
import { statusView } from './status-view';
import type { HistoryEntry } from './types';

const entry = (patch: Partial<HistoryEntry>): HistoryEntry => ({
  id: 'j1',
  status: 'needs_attention',
  mode: 'bookmark',
  title: 'A page',
  sourceUrl: 'https://example.com/',
  targetId: 't1',
  targetTitle: 'Reading list',
  createdAt: 0,
  finishedAt: 1,
  pageId: null,
  pageUrl: null,
  error: {
    status: 403,
    code: 'restricted_resource',
    message: 'Insufficient permissions for this endpoint.',
    params: { capability: 'insert_content' },
  },
  ...patch,
});

const done = (findings: Diagnosis['findings']): Diagnosis => ({
  state: 'done',
  at: 0,
  cause: 'failure',
  findings,
});

describe('statusView with the connection doctor', () => {
  it('says the doctor is looking while it runs', () => {
    const running: Diagnosis = { state: 'running', at: 0, cause: 'failure', findings: [] };
    const view = statusView(entry({}), null, 10, running);
    expect(view.diagnosis).toEqual({ pending: true, problems: [] });
    expect(view.remedy).toBe('retry');
  });

  it('takes the action of the doctor’s first problem over the failure’s code', () => {
    const restricted = {
      check: 'token' as const,
      state: 'problem' as const,
      text: 'This workspace doesn’t allow personal access tokens',
      fix: 'Ask a workspace owner…',
      action: 'retry' as const,
    };
    const settings = {
      ...restricted,
      check: 'insert' as const,
      action: 'open_token_settings' as const,
    };
    expect(statusView(entry({}), null, 10, done([settings])).remedy).toBe('open_token_settings');
    const view = statusView(entry({}), null, 10, done([restricted]));
    expect(view.diagnosis).toEqual({ pending: false, problems: [restricted] });
    expect(view.remedy).toBe('retry');
  });

  it('leaves failures that are not the connection’s, and saved captures, alone', () => {
    const findings = done([
      { check: 'token', state: 'problem', text: 'x', fix: 'y', action: 'replace_token' },
    ]);
    const rate = entry({
      status: 'waiting',
      error: { status: 429, code: 'rate_limited', message: 'slow down' },
    });
    expect(statusView(rate, null, 10, findings).diagnosis).toBeNull();
    const saved = entry({ status: 'saved', error: null, pageUrl: 'https://www.notion.so/x' });
    expect(statusView(saved, null, 10, findings)).toMatchObject({ diagnosis: null, remedy: null });
  });
});
