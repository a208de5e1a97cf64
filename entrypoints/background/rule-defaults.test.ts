/**
 * The popup's questions about the site rule for its tab, answered from storage: which
 * rule applies (and the sentence saying so), and its values for a capture and a target.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { tabCapture } from '@/lib/capture/tab-capture';
import { FULL_SCHEMA, P } from '@/lib/notion/schema/testing/fixture';
import { ruleOf, site } from '@/lib/rules/testing/rules';
import { inboxPage as inbox, papersDatabase as papers } from '@/lib/rules/testing/targets';
import { rulesItem, schemasItem, targetsItem } from '@/lib/storage';
import { ruleDefaultHandlers } from './rule-defaults';

const { findRule, getRuleValues } = ruleDefaultHandlers;
const ADDRESS = 'https://arxiv.org/abs/2401.00001';

const arxiv = ruleOf('arxiv', site('arxiv.org', '/abs/*'), {
  set: {
    targetId: 'papers',
    mode: 'article',
    title: '{{title|upper}} ({{date|date:YYYY}})',
    properties: { [P.notes.id]: 'Read on {{date|date:YYYY-MM-DD}}' },
    tags: ['paper'],
  },
});

const capture = () => tabCapture({ title: 'Attention, again', url: ADDRESS }, 'bookmark');

beforeEach(async () => {
  fakeBrowser.reset();
  await targetsItem.setValue([inbox, papers]);
  await schemasItem.setValue({ [FULL_SCHEMA.dataSourceId]: FULL_SCHEMA });
  await rulesItem.setValue([ruleOf('off', site('arxiv.org'), { enabled: false }), arxiv]);
});

describe('findRule', () => {
  it('names the rule that applies, its target and mode, in a sentence', async () => {
    expect(await findRule({ url: ADDRESS })).toEqual({
      ruleId: 'arxiv',
      set: { targetId: 'papers', mode: 'article' },
      sentence: 'The rule “Rule arxiv” applies to this page.',
    });
  });

  it('answers null where no rule applies, and for no address at all', async () => {
    expect(await findRule({ url: 'https://example.com/' })).toBeNull();
    expect(await findRule({ url: '' })).toBeNull();
  });
});

describe('getRuleValues', () => {
  const asked = (over: Partial<Parameters<typeof getRuleValues>[0]> = {}) =>
    getRuleValues({
      url: ADDRESS,
      capture: capture(),
      targetId: 'papers',
      openedAt: '2026-12-31T23:30:00Z',
      timeZone: 'Asia/Seoul',
      ...over,
    });

  it('renders the rule’s templates for the capture, the cached schema and the zone', async () => {
    const values = await asked();
    expect(values?.title).toBe('ATTENTION, AGAIN (2027)');
    expect(values?.tags).toEqual(['paper']);
    expect(values?.inputs[P.notes.id]).toEqual({ type: 'rich_text', text: 'Read on 2027-01-01' });
  });

  it('writes dates in the worker’s zone when the one given is not a zone', async () => {
    const values = await asked({ timeZone: 'Not/AZone', openedAt: '2026-06-15T12:00:00Z' });
    expect(values?.title).toBe('ATTENTION, AGAIN (2026)');
  });

  it('answers null without a rule for the page, or for a target that is gone', async () => {
    expect(await asked({ url: 'https://example.com/' })).toBeNull();
    expect(await asked({ targetId: 'gone' })).toBeNull();
  });
});
