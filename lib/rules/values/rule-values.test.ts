import { describe, expect, it } from 'vitest';
import { FULL_SCHEMA, P } from '../../notion/schema/testing/fixture';
import type { RuleActions } from '../model';
import { NOTION_LIMITS, buildProperties } from '../notion-checks';
import { ARTICLE_METADATA, pageCaptureOf, contextOf } from '../testing/captures';
import { MAX_RULE_VALUE_BYTES, ruleValues, type RuleValues } from './rule-values';

const actions = (set: Partial<RuleActions>): RuleActions => ({
  targetId: null,
  mode: null,
  title: null,
  properties: {},
  tags: [],
  ...set,
});

const context = contextOf();

/** The one field of `values` about property `id`. */
const fieldOf = (values: RuleValues, id: string) =>
  values.fields.find((f) => f.field.kind === 'property' && f.field.propertyId === id);

const issueOf = (values: RuleValues, id: string) => fieldOf(values, id)?.issues[0];

function accepted(values: RuleValues) {
  const built = buildProperties(FULL_SCHEMA, values.inputs, 'en');
  if (!('properties' in built)) throw new Error(JSON.stringify(built.errors));
  return built.properties;
}

describe('ruleValues for a database target', () => {
  it('fills each property from its template, as the form would', () => {
    const values = ruleValues(
      actions({
        title: '{{title}} — {{site}}',
        properties: {
          [P.notes.id]: 'By {{author}}: {{description}}',
          [P.score.id]: '{{schema:wordCount}}',
          [P.url.id]: '{{url}}',
          [P.email.id]: 'desk@{{domain}}',
          [P.phone.id]: '+82 2 1234 5678',
          [P.type.id]: '{{meta:og:type}}',
          [P.tags.id]: '{{meta:keywords}}',
          [P.status.id]: 'done',
          [P.savedAt.id]: '{{date}}',
          [P.done.id]: 'yes',
          [P.client.id]: 'https://www.notion.so/Acme-0f3c5e1a2b3c4d5e8f9a0b1c2d3e4f5a',
          [P.shot.id]: '{{meta:og:image}}',
        },
      }),
      contextOf(pageCaptureOf(), {
        meta: {
          'og:type': 'article',
          keywords: 'rivers, cities',
          'og:image': 'https://e.com/i.png',
        },
        jsonLd: [{ '@type': 'Article', wordCount: 1834 }],
      }),
      FULL_SCHEMA,
    );
    expect(values.fields.flatMap((f) => f.issues)).toEqual([]);
    expect(values.title).toBe('How Rivers Shape Cities — Example News');
    const properties = accepted(values);
    expect(properties).toMatchObject({
      title: { title: [{ text: { content: 'How Rivers Shape Cities — Example News' } }] },
      [P.score.id]: { number: 1834 },
      [P.url.id]: { url: 'https://www.example.com/news/2026/rivers?utm_source=feed' },
      [P.email.id]: { email: 'desk@example.com' },
      [P.type.id]: { select: { name: 'Article' } },
      [P.tags.id]: { multi_select: [{ name: 'rivers' }, { name: 'cities' }] },
      [P.status.id]: { status: { name: 'Done' } },
      [P.savedAt.id]: { date: { start: '2026-03-11T09:15:00', time_zone: 'Asia/Seoul' } },
      [P.done.id]: { checkbox: true },
      [P.client.id]: { relation: [{ id: '0f3c5e1a-2b3c-4d5e-8f9a-0b1c2d3e4f5a' }] },
      [P.shot.id]: { files: [{ type: 'external', external: { url: 'https://e.com/i.png' } }] },
    });
    expect(fieldOf(values, P.type.id)?.property).toEqual({
      id: P.type.id,
      name: 'Type',
      type: 'select',
    });
  });

  it('a published date reformatted as a day is a day, without a zone', () => {
    const values = ruleValues(
      actions({ properties: { [P.savedAt.id]: '{{published|date}}' } }),
      context,
      FULL_SCHEMA,
    );
    expect(accepted(values)[P.savedAt.id]).toEqual({ date: { start: '2026-03-11' } });
  });

  it('reports what the form’s check refuses, and leaves it out', () => {
    const values = ruleValues(
      actions({
        properties: {
          [P.score.id]: '{{title}}',
          [P.url.id]: 'not an address',
          [P.type.id]: '{{meta:keywords}}',
          [P.status.id]: 'Someday',
          [P.savedAt.id]: '{{published|date:"MMM D"}}',
          [P.notes.id]: 'kept',
        },
      }),
      contextOf(pageCaptureOf(), { meta: { keywords: 'a, b' } }),
      FULL_SCHEMA,
    );
    expect(values.inputs).toEqual({ [P.notes.id]: { type: 'rich_text', text: 'kept' } });
    const keys = [P.score, P.url, P.type, P.status, P.savedAt].map((p) => {
      const issue = issueOf(values, p.id);
      return issue?.kind === 'refused' ? issue.error.key : issue;
    });
    expect(keys).toEqual([
      'notionFieldNumber',
      'notionFieldUrl',
      'notionFieldComma',
      'notionFieldStatus',
      'notionFieldDate',
    ]);
    expect(fieldOf(values, P.score.id)?.rendered).toBe('How Rivers Shape Cities');
  });

  it('says which properties the database no longer has or a rule cannot fill', () => {
    const values = ruleValues(
      actions({
        title: '{{title}}',
        properties: {
          gone: '{{title}}',
          [P.name.id]: 'a second title',
          [P.formula.id]: '1',
          [P.done.id]: 'maybe',
        },
      }),
      context,
      FULL_SCHEMA,
    );
    expect(values.fields.slice(1).map((f) => f.issues[0])).toEqual([
      { kind: 'value', code: 'propertyGone', params: { property: 'gone' } },
      { kind: 'value', code: 'titleTwice', params: { property: 'Name' } },
      { kind: 'value', code: 'propertyUnsupported', params: { type: 'formula', name: 'Computed' } },
      { kind: 'value', code: 'notABoolean', params: { value: 'maybe' } },
    ]);
    expect(Object.keys(values.inputs)).toEqual(['title']);
  });

  it('never uses a value whose template has a problem, but shows what it gave', () => {
    const values = ruleValues(
      actions({ title: '{{titel}}', properties: { [P.notes.id]: '{{title|shout}}' } }),
      context,
      FULL_SCHEMA,
    );
    expect(values.title).toBeNull();
    expect(values.inputs).toEqual({});
    expect(values.fields.map((f) => [f.rendered, f.issues.map((i) => i.kind)])).toEqual([
      ['{{titel}}', ['template']],
      ['{{title|shout}}', ['template']],
    ]);
  });

  it('a blank value leaves the form’s own in place, with the note that says why', () => {
    const capture = pageCaptureOf({ metadata: { ...ARTICLE_METADATA, author: null } });
    const values = ruleValues(
      actions({ properties: { [P.notes.id]: '{{author}}', [P.done.id]: '{{author}}' } }),
      contextOf(capture),
      FULL_SCHEMA,
    );
    expect(values.inputs).toEqual({});
    expect(values.fields.every((f) => f.issues.length === 0)).toBe(true);
    expect(values.fields[0]?.notes.map((n) => n.code)).toEqual(['noValue']);
  });

  it('keeps the rule’s values within their share of one request', () => {
    const text = '가'.repeat(60_000); // 180 KB as UTF-8: one fits, two do not
    const values = ruleValues(
      actions({ title: '{{selection}}', properties: { [P.notes.id]: '{{selection}}' } }),
      contextOf(pageCaptureOf({ mode: 'selection', text })),
      FULL_SCHEMA,
    );
    expect(values.fields[0]?.issues).toEqual([]);
    expect(values.fields[1]?.issues).toEqual([
      { kind: 'value', code: 'valuesTooLarge', params: { max: MAX_RULE_VALUE_BYTES } },
    ]);
    expect(Object.keys(values.inputs)).toEqual(['title']);
  });
});

describe('ruleValues for a page target', () => {
  it('gives the title and tags; properties are reported as not for a page', () => {
    const values = ruleValues(
      actions({ title: ' {{title}}\n', tags: ['{{site}}'], properties: { [P.notes.id]: 'x' } }),
      context,
      null,
    );
    expect(values.title).toBe('How Rivers Shape Cities');
    expect(values.tags).toEqual(['Example News']);
    expect(values.inputs).toEqual({});
    expect(values.fields[2]?.issues).toEqual([
      { kind: 'value', code: 'notADatabase', params: { property: P.notes.id } },
    ]);
  });
});

describe('tags', () => {
  it('splits at commas, drops blanks and repeats (any case), keeps the first spelling', () => {
    const values = ruleValues(
      actions({ tags: ['{{meta:keywords}}', 'Rivers', ' , reading ,', '{{meta:none}}'] }),
      contextOf(pageCaptureOf(), { meta: { keywords: 'rivers,  cities , rivers' } }),
      null,
    );
    expect(values.tags).toEqual(['rivers', 'cities', 'reading']);
    expect(values.fields.flatMap((f) => f.issues)).toEqual([]);
  });

  it('reports a tag longer than an option name may be, and more tags than Notion takes', () => {
    const many = Array.from({ length: NOTION_LIMITS.array + 5 }, (_, i) => `t${i}`).join(',');
    const values = ruleValues(
      actions({ tags: ['x'.repeat(NOTION_LIMITS.optionName + 1), many] }),
      context,
      null,
    );
    expect(values.tags).toHaveLength(NOTION_LIMITS.array);
    expect(values.fields.map((f) => f.issues.map((i) => i.kind === 'value' && i.code))).toEqual([
      ['tagTooLong'],
      ['tooManyTags'],
    ]);
  });
});
