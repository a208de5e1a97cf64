/**
 * The popup's first-paint read names the target React's popup opens on, from the values
 * as the storage items write them, and names none when it cannot be sure.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Connection, PageTarget } from '../notion/types';
import type { SiteRule } from '../rules/model';
import { firstPaintTarget, readFirstPaintTarget } from './first-paint';
import { startFirstPaintRead } from './first-paint-read';
import {
  connectionsItem,
  defaultTargetIdItem,
  recentTargetIdsItem,
  rulesItem,
  targetsItem,
} from '.';

const page = (id: string, title: string): PageTarget => ({
  id,
  connectionId: 'c1',
  title,
  icon: '📥',
  url: null,
  kind: 'page',
  pageId: `page-${id}`,
  pageMode: 'append',
});

const connection: Connection = {
  id: 'c1',
  kind: 'integration',
  alias: 'Home',
  apiBase: 'https://api.notion.com',
  botId: 'bot',
  botName: 'Quick Capture',
  workspaceName: 'Home',
  workspaceId: null,
  maxUploadBytes: null,
  addedAt: '2026-01-01T00:00:00.000Z',
  revokedAt: null,
};

const rule = (targetId: string | null, enabled = true): SiteRule => ({
  id: 'r1',
  name: 'Papers',
  enabled,
  match: { kind: 'site', host: 'arxiv.org' },
  set: { targetId, mode: null, title: null, properties: {}, tags: [] },
});

beforeEach(() => {
  fakeBrowser.reset();
});

describe('firstPaintTarget', () => {
  const targets = [page('a', 'Inbox'), page('b', 'Reading'), page('c', 'Later')];

  it('names the default target first, then the most recent, then the first', () => {
    const base = { connections: [connection], targets };
    expect(firstPaintTarget({ ...base, defaultTargetId: 'b', recentTargetIds: ['c'] })).toEqual({
      kind: 'target',
      target: targets[1],
    });
    expect(firstPaintTarget({ ...base, defaultTargetId: 'gone', recentTargetIds: ['c'] })).toEqual({
      kind: 'target',
      target: targets[2],
    });
    expect(firstPaintTarget(base)).toEqual({ kind: 'target', target: targets[0] });
  });

  it('says onboarding without a connection or without a target', () => {
    expect(firstPaintTarget({})).toEqual({ kind: 'onboarding' });
    expect(firstPaintTarget({ connections: [], targets })).toEqual({ kind: 'onboarding' });
    expect(firstPaintTarget({ connections: [connection], targets: [] })).toEqual({
      kind: 'onboarding',
    });
  });

  it('names no target while an enabled rule may pick another one', () => {
    const base = { connections: [connection], targets };
    expect(firstPaintTarget({ ...base, rules: [rule('b')] })).toEqual({ kind: 'unknown' });
    expect(firstPaintTarget({ ...base, rules: [rule('b', false)] }).kind).toBe('target');
    expect(firstPaintTarget({ ...base, rules: [rule(null)] }).kind).toBe('target');
  });
});

describe('readFirstPaintTarget', () => {
  it('reads what the storage items wrote', async () => {
    expect(await readFirstPaintTarget()).toEqual({ kind: 'onboarding' });
    const targets = [page('a', 'Inbox'), page('b', 'Reading')];
    await connectionsItem.setValue([connection]);
    await targetsItem.setValue(targets);
    await defaultTargetIdItem.setValue('b');
    expect(await readFirstPaintTarget()).toEqual({ kind: 'target', target: targets[1] });
    await defaultTargetIdItem.setValue(null);
    await recentTargetIdsItem.setValue(['a']);
    expect(await readFirstPaintTarget()).toEqual({ kind: 'target', target: targets[0] });
    await rulesItem.setValue([rule('b')]);
    expect(await readFirstPaintTarget()).toEqual({ kind: 'unknown' });
  });
});

describe('the early read', () => {
  it('answers the first paint once with what it read when it started; later reads are new', async () => {
    const targets = [page('a', 'Inbox')];
    await connectionsItem.setValue([connection]);
    await targetsItem.setValue(targets);
    startFirstPaintRead();
    // Written after the early read started: the first paint shows what was stored then,
    // and React's own read (the items) shows the change a moment later.
    await targetsItem.setValue([page('b', 'Reading')]);
    expect(await readFirstPaintTarget()).toEqual({ kind: 'target', target: targets[0] });
    expect(await readFirstPaintTarget()).toEqual({
      kind: 'target',
      target: page('b', 'Reading'),
    });
  });
});
