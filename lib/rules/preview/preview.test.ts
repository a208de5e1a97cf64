import { describe, expect, it } from 'vitest';
import type { Target } from '../../notion/types';
import { FULL_SCHEMA, P } from '../../notion/schema/testing/fixture';
import { ARTICLE_JSON_LD, CAPTURED_AT, pageCaptureOf } from '../testing/captures';
import { ruleOf, site } from '../testing/rules';
import { previewRule, previewRules, type PreviewEnvironment } from './preview';
import { pickPreviewTab } from './pick-tab';

const base = { connectionId: 'c', icon: null, url: null };
const database: Target = {
  ...base,
  id: 'db',
  title: 'Reading list',
  kind: 'data_source',
  dataSourceId: FULL_SCHEMA.dataSourceId,
  databaseId: 'd',
  databaseTitle: 'Reading list',
  mapping: {},
  mappingEdited: false,
};
const inbox: Target = {
  ...base,
  id: 'inbox',
  title: 'Inbox',
  kind: 'page',
  pageId: 'p',
  pageMode: 'append',
};

const env = (schemaKnown = true): PreviewEnvironment => ({
  targets: [database, inbox],
  defaultTarget: inbox,
  schemaOf: () => (schemaKnown ? FULL_SCHEMA : null),
  now: CAPTURED_AT,
  timeZone: 'Asia/Seoul',
});

const capture = pageCaptureOf({ jsonLd: ARTICLE_JSON_LD, meta: { 'og:type': 'article' } });

describe('previewRules', () => {
  const news = ruleOf('news', site('example.com', '/news/**'), {
    set: {
      targetId: 'db',
      mode: 'article',
      title: '{{schema:headline|upper}}',
      properties: { [P.notes.id]: 'By {{schema:author}}', gone: '{{title}}' },
    },
  });
  const all = ruleOf('all', site('example.com'));

  it('names the rule that applies, its target and mode, and each value with its property', () => {
    const preview = previewRules([news, all], capture, env());
    expect(preview.match.rule?.id).toBe('news');
    expect(preview.match.verdicts.map((v) => v.outcome)).toEqual(['matched', 'matched']);
    const applied = preview.applied!;
    expect(applied.target?.id).toBe('db');
    expect(applied.mode).toBe('article');
    expect(applied.values?.title).toBe('HOW RIVERS SHAPE CITIES');
    const notes = applied.values?.fields.find((f) => f.property?.id === P.notes.id);
    expect(notes?.rendered).toBe('By Ada Lovelace, Grace Hopper');
    expect(notes?.issues).toEqual([]);
    // A property the database no longer has is named, with nothing filled.
    const gone = applied.values?.fields.find(
      (f) => f.field.kind === 'property' && f.field.propertyId === 'gone',
    );
    expect(gone?.issues.map((i) => i.kind === 'value' && i.code)).toEqual(['propertyGone']);
    expect(applied.values?.inputs.gone).toBeUndefined();
  });

  it('no rule for another site; a removed target falls back to the default and says so', () => {
    const elsewhere = pageCaptureOf({
      metadata: { ...capture.metadata, url: 'https://other.org/' },
    });
    expect(previewRules([news], elsewhere, env()).applied).toBeNull();
    const orphan = ruleOf('o', site('example.com'), { set: { targetId: 'removed' } });
    const outcome = previewRule(orphan, capture, env());
    expect(outcome.targetGone).toBe(true);
    expect(outcome.target?.id).toBe('inbox');
  });

  it('waits for a database’s schema before judging its properties', () => {
    expect(previewRule(news, capture, env(false)).values).toBeNull();
  });
});

describe('pickPreviewTab', () => {
  const origin = 'chrome-extension://abc/';
  const tabs = [
    { id: 1, windowId: 10, active: false, lastAccessed: 5, url: 'https://a.example/' },
    { id: 2, windowId: 10, active: true, lastAccessed: 9, url: `${origin}options.html` },
    { id: 3, windowId: 10, active: false, lastAccessed: 7 },
    { id: 4, windowId: 20, active: true, lastAccessed: 8, url: 'https://b.example/' },
  ];

  it('never the options page: the most recent other tab of the focused window', () => {
    expect(pickPreviewTab(tabs, 10, 2, origin)?.id).toBe(3);
  });

  it('the active tab of the focused window when it is not the options page', () => {
    expect(pickPreviewTab(tabs, 20, 2, origin)?.id).toBe(4);
  });

  it('another window’s tab when the options page is alone in its window, and null for none', () => {
    expect(pickPreviewTab([tabs[1]!, tabs[3]!], 10, 2, origin)?.id).toBe(4);
    expect(pickPreviewTab([tabs[1]!], 10, 2, origin)).toBeNull();
  });
});
