/**
 * A site rule reaches every save the same way: the popup's, the context menu's and the
 * shortcut's requests for a page the rule matches carry the rule's target, mode, title
 * and values, built by the one request builder (`lib/save/request.ts`).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { captureFor, effectiveMode, availableModes } from '@/components/popup/capture-choice';
import { popupSaveRequest } from '@/components/popup/save-input';
import type { CaptureRequest, PageCapture } from '@/lib/capture/types';
import type { SaveCaptureInput } from '@/lib/messaging';
import { FULL_SCHEMA, P } from '@/lib/notion/schema/testing/fixture';
import type { Target } from '@/lib/notion/types';
import { Problem } from '@/lib/problems';
import { ruleOf, site } from '@/lib/rules/testing/rules';
import { inboxPage as inbox, papersDatabase as papers } from '@/lib/rules/testing/targets';
import { pageModeFor, targetFor } from '@/lib/save/rule-defaults';
import { orderTargets } from '@/lib/save/target-order';
import {
  defaultTargetIdItem,
  rulesItem,
  schemasItem,
  settingsItem,
  targetsItem,
} from '@/lib/storage';
import { DEFAULT_SETTINGS } from '@/lib/storage';
import { onCommand, onMenuClick } from './gestures';
import { ruleDefaultHandlers } from './rule-defaults';

const ADDRESS = 'https://arxiv.org/abs/2401.00001';

const TARGETS: Target[] = [inbox, papers];

const rule = ruleOf('arxiv', site('arxiv.org', '/abs/*'), {
  set: {
    targetId: 'papers',
    mode: 'article',
    title: '{{title|upper}}',
    properties: { [P.notes.id]: 'From {{site}}', [P.type.id]: 'article' },
    tags: ['paper, Research'],
  },
});

function pageCapture(request: CaptureRequest): PageCapture {
  return {
    mode: request.mode,
    metadata: {
      title: 'Attention, again',
      url: ADDRESS,
      canonicalUrl: null,
      description: null,
      image: null,
      favicon: null,
      siteName: 'arXiv',
      author: null,
      publishedTime: null,
      language: 'en',
    },
    blocks: request.mode === 'article' ? [{ type: 'divider', divider: {} }] : [],
    report: { items: [] },
    text: null,
    link: null,
    image: null,
  };
}

const saved: SaveCaptureInput[] = [];
const captured: CaptureRequest[] = [];

vi.mock('@/lib/capture/inject', () => ({
  captureTab: vi.fn(),
}));
vi.mock('@/lib/save/image-access', () => ({ imageUploadsAllowed: vi.fn() }));
vi.mock('./queue', () => ({ saveCapture: vi.fn() }));
vi.mock('./targets', () => ({ getTarget: vi.fn(), schemaOf: vi.fn() }));

const inject = await import('@/lib/capture/inject');
const imageAccess = await import('@/lib/save/image-access');
const queue = await import('./queue');
const targets = await import('./targets');

const NOW = new Date('2026-03-11T00:15:00Z');
const tab = { id: 7, windowId: 1, url: ADDRESS, title: 'Attention, again' } as Parameters<
  typeof onCommand
>[1];

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  saved.length = 0;
  captured.length = 0;
  vi.mocked(inject.captureTab).mockImplementation(async (_tabId, request) => {
    captured.push(request);
    return pageCapture(request);
  });
  vi.mocked(imageAccess.imageUploadsAllowed).mockResolvedValue(false);
  vi.mocked(queue.saveCapture).mockImplementation(async (input) => {
    saved.push(input);
    return { jobId: `job-${saved.length}` };
  });
  vi.mocked(targets.getTarget).mockImplementation(async (id) => {
    const found = TARGETS.find((t) => t.id === id);
    if (!found) throw new Problem('TargetMissing');
    return found;
  });
  vi.mocked(targets.schemaOf).mockResolvedValue(FULL_SCHEMA);
  await targetsItem.setValue(TARGETS);
  await defaultTargetIdItem.setValue('inbox');
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, defaultMode: 'bookmark' });
  await rulesItem.setValue([rule]);
  return () => vi.useRealTimers();
});

/**
 * The popup's request for the same tab, nothing touched in its form: the rule and its
 * values as the background answers the popup (`findRule`, `getRuleValues`).
 */
async function popupRequest(edits = {}): Promise<SaveCaptureInput> {
  await schemasItem.setValue({ [FULL_SCHEMA.dataSourceId]: FULL_SCHEMA });
  const ordered = orderTargets(TARGETS, 'inbox', []);
  const matched = await ruleDefaultHandlers.findRule({ url: ADDRESS });
  const target = targetFor(ordered, null, matched)!;
  const offered = availableModes('page', false, true);
  const mode = effectiveMode(null, offered, pageModeFor(matched, DEFAULT_SETTINGS.defaultMode))!;
  const tabInfo = { id: 7, windowId: 1, url: ADDRESS, title: 'Attention, again', favIconUrl: null };
  const capture = captureFor(mode, { [mode]: pageCapture({ mode }) }, tabInfo);
  const ruleValues = await ruleDefaultHandlers.getRuleValues({
    url: ADDRESS,
    capture,
    targetId: target.id,
    openedAt: NOW.toISOString(),
  });
  return popupSaveRequest({
    capture,
    target,
    schema: FULL_SCHEMA,
    mode,
    ruleValues,
    openedAt: NOW,
    title: null,
    edits,
    note: '',
    screenshot: null,
  });
}

describe('a site rule in every gesture', () => {
  it('the shortcut, the context menu and the popup send the rule’s target, mode and values', async () => {
    await onCommand('save-page', tab);
    await onMenuClick({ menuItemId: 'page', editable: false, frameId: 0 } as never, tab);
    expect(saved).toHaveLength(2);
    const popup = await popupRequest();
    for (const request of [saved[0]!, saved[1]!, popup]) {
      expect(request).toMatchObject({
        targetId: 'papers',
        mode: 'article',
        title: 'ATTENTION, AGAIN',
        blocks: [{ type: 'divider' }],
        inputs: {
          [P.name.id]: { type: 'title', text: 'ATTENTION, AGAIN' },
          [P.url.id]: { type: 'url', text: ADDRESS },
          [P.notes.id]: { type: 'rich_text', text: 'From arXiv' },
          [P.type.id]: { type: 'select', name: 'article' },
          [P.tags.id]: { type: 'multi_select', names: ['paper', 'Research'] },
        },
      });
    }
    // One builder: the three requests are the same request.
    expect(saved[1]).toEqual(saved[0]);
    expect(popup).toEqual(saved[0]);
    expect(captured.map((r) => r.mode)).toEqual(['article', 'article']);
  });

  it('the person’s edits in the popup win over the rule’s values', async () => {
    const edited = await popupRequest({ [P.notes.id]: { type: 'rich_text', text: 'mine' } });
    expect(edited.inputs[P.notes.id]).toEqual({ type: 'rich_text', text: 'mine' });
    expect(edited.inputs[P.tags.id]).toEqual({
      type: 'multi_select',
      names: ['paper', 'Research'],
    });
  });

  it('a menu entry’s own target wins; the rule still fills what that target has', async () => {
    await onMenuClick({ menuItemId: 'page::inbox', editable: false } as never, tab);
    expect(saved[0]).toMatchObject({
      targetId: 'inbox',
      mode: 'article',
      title: 'ATTENTION, AGAIN',
    });
    expect(saved[0]!.inputs).toEqual({});
  });

  it('without a matching rule, a gesture saves to the default target in the default mode', async () => {
    await onCommand('save-page', { ...tab!, url: 'https://example.com/' });
    expect(saved[0]).toMatchObject({
      targetId: 'inbox',
      mode: 'bookmark',
      title: 'Attention, again',
    });
  });

  it('a rule whose target was removed leaves the save to the default target', async () => {
    await rulesItem.setValue([{ ...rule, set: { ...rule.set, targetId: 'gone' } }]);
    await onCommand('save-page', tab);
    expect(saved[0]).toMatchObject({ targetId: 'inbox', mode: 'article' });
  });
});
