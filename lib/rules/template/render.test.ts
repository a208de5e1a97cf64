import { describe, expect, it } from 'vitest';
import { ARTICLE_METADATA, CAPTURED_AT, pageCaptureOf, contextOf } from '../testing/captures';
import type { TemplateContext } from './context';
import { MAX_TEMPLATE_LENGTH } from './parse';
import { MAX_RENDERED_LENGTH, checkTemplate, renderTemplate } from './render';

const render = (template: string, context: TemplateContext = contextOf()) =>
  renderTemplate(template, context);

/** The value of a template that must have no problem. */
function value(template: string, context?: TemplateContext): string {
  const result = render(template, context);
  expect(result.problems, template).toEqual([]);
  return result.value;
}

const codes = (template: string) => checkTemplate(template).map((p) => p.code);

describe('variables', () => {
  it.each([
    ['{{title}}', 'How Rivers Shape Cities'],
    ['{{url}}', 'https://www.example.com/news/2026/rivers?utm_source=feed'],
    ['{{site}}', 'Example News'],
    ['{{domain}}', 'example.com'],
    ['{{author}}', 'Ada Lovelace'],
    ['{{published}}', '2026-03-10T22:30:00Z'],
    ['{{description}}', 'A look at five cities and the water that made them.'],
    ['{{date}}', '2026-03-11T09:15:00+09:00'],
    ['{{meta:og:type}}', 'article'],
    ['{{meta:OG:Type}}', 'article'],
    ['{{meta:keywords}}', 'rivers, cities, water'],
    ['{{schema:headline}}', 'How Rivers Shape Cities'],
    ['{{schema:author.name}}', 'Ada Lovelace, Grace Hopper'],
    ['{{schema:author[1].name}}', 'Grace Hopper'],
    ['{{schema:author}}', 'Ada Lovelace, Grace Hopper'],
    ['{{schema:@NewsArticle:wordCount}}', '1834'],
    ['{{schema:@WebSite:name}}', 'Example News'],
    ['{{schema:isAccessibleForFree}}', 'true'],
    ['{{ title }}', 'How Rivers Shape Cities'],
  ])('%s is %j', (template, expected) => {
    expect(value(template)).toBe(expected);
  });

  it('an untyped JSON-LD field is the main content’s before any other object’s', () => {
    const jsonLd = [
      { '@type': 'WebSite', name: 'Example News' },
      { '@type': ['BlogPosting'], name: 'The post', publisher: { name: 'Ex' } },
    ];
    expect(value('{{schema:name}}', contextOf(pageCaptureOf(), { jsonLd }))).toBe('The post');
    expect(value('{{schema:@WebSite:name}}', contextOf(pageCaptureOf(), { jsonLd }))).toBe(
      'Example News',
    );
  });

  it('reads the meta tags and JSON-LD the capture carries when none are handed in', () => {
    const capture = pageCaptureOf({
      meta: { 'og:site_name': 'Carried' },
      jsonLd: [{ '@type': 'Article', author: { '@type': 'Person', name: 'Ada' } }],
    });
    const context = contextOf(capture, { meta: undefined, jsonLd: undefined });
    expect(value('{{meta:og:site_name}} / {{schema:author}}', context)).toBe('Carried / Ada');
    // A capture made from the tab alone carries neither: the note says they were not read.
    const bare = contextOf(pageCaptureOf(), { meta: undefined, jsonLd: undefined });
    expect(render('{{schema:author}}', bare).notes.map((n) => n.code)).toEqual(['notRead']);
  });

  it('{{selection}} is the selected text of a selection capture only', () => {
    const selected = contextOf(pageCaptureOf({ mode: 'selection', text: 'the quoted part' }));
    expect(value('«{{selection}}»', selected)).toBe('«the quoted part»');
    const article = contextOf(pageCaptureOf({ mode: 'article', text: 'the whole article' }));
    const result = render('{{selection}}', article);
    expect(result.value).toBe('');
    expect(result.notes).toEqual([{ code: 'noValue', params: { tag: '{{selection}}' } }]);
  });

  it('{{site}} falls back to the domain when the page names no site', () => {
    const capture = pageCaptureOf({ metadata: { ...ARTICLE_METADATA, siteName: null } });
    expect(value('{{site}}', contextOf(capture))).toBe('example.com');
  });

  it('a variable with nothing on this page is empty, with a note saying so', () => {
    const capture = pageCaptureOf({ metadata: { ...ARTICLE_METADATA, author: null } });
    const result = render('by {{author}}', contextOf(capture));
    expect(result).toEqual({
      value: 'by ',
      problems: [],
      notes: [{ code: 'noValue', params: { tag: '{{author}}' } }],
    });
    expect(render('{{meta:og:missing}}{{schema:nothing.here}}').notes.map((n) => n.code)).toEqual([
      'noValue',
      'noValue',
    ]);
  });

  it('meta and JSON-LD fields the shell did not read are a note, not a silent blank', () => {
    const context = contextOf(pageCaptureOf(), { meta: null, jsonLd: null });
    const result = render('{{meta:og:type}}|{{schema:author.name}}', context);
    expect(result.value).toBe('|');
    expect(result.notes.map((n) => n.code)).toEqual(['notRead', 'notRead']);
  });

  it('JSON-LD keys are only own keys: no prototype reaches a template', () => {
    expect(render('{{schema:constructor}}{{schema:author.__proto__}}').value).toBe('');
  });
});

describe('filters', () => {
  it.each([
    ['{{title|lower}}', 'how rivers shape cities'],
    ['{{title|upper}}', 'HOW RIVERS SHAPE CITIES'],
    ['[{{meta:og:type|upper|lower}}]', '[article]'],
    ['{{title|slice:0,3}}', 'How'],
    ['{{title|slice:-6}}', 'Cities'],
    ['{{title|slice:4,-13}}', 'Rivers'],
    ['{{title|replace:" ","-"|lower}}', 'how-rivers-shape-cities'],
    ['{{title|replace:"Rivers",""}}', 'How  Shape Cities'],
    ["{{title|replace:'|','/'}}", 'How Rivers Shape Cities'],
    ['{{meta:keywords|replace:", ","|"}}', 'rivers|cities|water'],
    ['{{title | slice : 0 , 3 | upper}}', 'HOW'],
    ['{{published|date}}', '2026-03-11'],
    ['{{published|date:YYYY-MM-DD HH:mm}}', '2026-03-11 07:30'],
    ['{{published|date:"MMM D, YYYY"}}', 'Mar 11, 2026'],
    ['{{published|date:"dddd, MMMM D [at] h:mm A Z"}}', 'Wednesday, March 11 at 7:30 AM +09:00'],
    ['{{date|date:YYYY년 M월 D일}}', '2026년 3월 11일'],
    ['{{date|date:YY/MM/DD HHmmss ZZ}}', '26/03/11 091500 +0900'],
  ])('%s is %j', (template, expected) => {
    expect(value(template)).toBe(expected);
  });

  it('trim removes space at both ends only', () => {
    const capture = pageCaptureOf({ mode: 'selection', text: '  two  words \n' });
    expect(value('[{{selection|trim}}]', contextOf(capture))).toBe('[two  words]');
  });

  it('slice counts characters, not halves of an emoji', () => {
    const capture = pageCaptureOf({ metadata: { ...ARTICLE_METADATA, title: '😀🌊 rivers' } });
    expect(value('{{title|slice:0,1}}', contextOf(capture))).toBe('😀');
    expect(value('{{title|slice:1,2}}', contextOf(capture))).toBe('🌊');
  });

  it('lower and upper do not depend on a language (no Turkish dotless i)', () => {
    const capture = pageCaptureOf({ metadata: { ...ARTICLE_METADATA, title: 'TITLE İ' } });
    expect(value('{{title|lower}}', contextOf(capture))).toBe('TITLE İ'.toLowerCase());
  });

  it('date reads days, wall times in the zone, and instants, the same in every zone data', () => {
    const at = (published: string, timeZone = 'Asia/Seoul') =>
      value(
        '{{published|date:"YYYY-MM-DD HH:mm Z"}}',
        contextOf(pageCaptureOf({ metadata: { ...ARTICLE_METADATA, publishedTime: published } }), {
          timeZone,
        }),
      );
    expect(at('2026-03-10')).toBe('2026-03-10 00:00 +09:00');
    expect(at('2026-03-10', 'America/Los_Angeles')).toBe('2026-03-10 00:00 -07:00');
    expect(at('2026-03-10T12:00')).toBe('2026-03-10 12:00 +09:00');
    expect(at('2026-03-10T12:00:00.123+01:00')).toBe('2026-03-10 20:00 +09:00');
    expect(at('2026-03-10T12:00:00-0500', 'UTC')).toBe('2026-03-10 17:00 +00:00');
    expect(at('2026-11-01T08:30:00Z', 'America/New_York')).toBe('2026-11-01 03:30 -05:00');
  });

  it('a value that is not a date gives nothing and a note, never the machine’s guess', () => {
    const capture = pageCaptureOf({ metadata: { ...ARTICLE_METADATA, publishedTime: 'March 5' } });
    const result = render('{{published|date}}', contextOf(capture));
    expect(result.value).toBe('');
    expect(result.problems).toEqual([]);
    expect(result.notes).toEqual([{ code: 'notADate', params: { value: 'March 5' } }]);
    for (const bad of ['2026-02-30', '2026-13-01', '2026-03-10T25:00', '10/03/2026']) {
      const other = pageCaptureOf({ metadata: { ...ARTICLE_METADATA, publishedTime: bad } });
      expect(render('{{published|date}}', contextOf(other)).value, bad).toBe('');
    }
  });

  it('dates are shown in the zone given, whatever the machine’s', () => {
    const los = contextOf(pageCaptureOf(), { timeZone: 'America/Los_Angeles' });
    expect(value('{{date}}', los)).toBe('2026-03-10T17:15:00-07:00');
    expect(value('{{date|date:"YYYY-MM-DD"}}', los)).toBe('2026-03-10');
  });
});

describe('escaping and literal text', () => {
  it.each([
    ['Plain text, no tags', 'Plain text, no tags'],
    ['\\{{title}} is {{title|slice:0,3}}', '{{title}} is How'],
    ['a } and a }} stay', 'a } and a }} stay'],
    ['{{title|replace:"}}","x"}}', 'How Rivers Shape Cities'],
    ['{{title|replace:"Cities","\\"Towns\\""}}', 'How Rivers Shape "Towns"'],
    ['{{title|slice:-6|replace:"s","\\\\"}}', 'Citie\\'],
    ['100% {{site}} ✓', '100% Example News ✓'],
  ])('%j renders %j', (template, expected) => {
    expect(value(template)).toBe(expected);
  });
});

describe('problems: the template is wrong on every page', () => {
  it.each([
    ['{{titel}}', 'unknownVariable'],
    ['{{Title}}', 'unknownVariable'],
    ['{{title|shout}}', 'unknownFilter'],
    ['{{title|slice}}', 'filterArguments'],
    ['{{title|slice:a,b}}', 'filterArguments'],
    ['{{title|slice:1,2,3}}', 'filterArguments'],
    ['{{title|lower:x}}', 'filterArguments'],
    ['{{title|replace:"a"}}', 'filterArguments'],
    ['{{title|replace:"","b"}}', 'filterArguments'],
    ['{{title|replace:"a"x,"b"}}', 'filterArguments'],
    ['{{title|date:"[YYYY"}}', 'filterArguments'],
    ['{{}}', 'emptyTag'],
    ['{{ |lower}}', 'emptyTag'],
    ['{{title', 'unclosedTag'],
    ['{{title|replace:"}}', 'unclosedTag'],
    ['{{meta:}}', 'emptyMetaName'],
    ['{{schema:author..name}}', 'badSchemaPath'],
    ['{{schema:author[x]}}', 'badSchemaPath'],
    ['{{schema:@:name}}', 'badSchemaPath'],
  ])('%s: %s', (template, code) => {
    expect(codes(template)).toEqual([code]);
  });

  it('says which tag, where, and what would be right', () => {
    expect(checkTemplate('Read: {{titel|lower}}')).toEqual([
      {
        code: 'unknownVariable',
        at: 6,
        params: {
          tag: '{{titel|lower}}',
          variable: 'titel',
          known: 'title, url, site, domain, author, published, description, selection, date',
        },
      },
    ]);
    expect(checkTemplate('{{title|slice:x}}')[0]?.params).toMatchObject({
      filter: 'slice',
      usage: 'slice:start,end',
    });
  });

  it('keeps a broken tag as written in the preview, and renders the rest', () => {
    const result = render('{{titel}} by {{author}}');
    expect(result.value).toBe('{{titel}} by Ada Lovelace');
    expect(result.problems.map((p) => p.code)).toEqual(['unknownVariable']);
    expect(render('{{title}} {{title').value).toBe('How Rivers Shape Cities {{title');
  });

  it('reports every broken tag, not only the first', () => {
    expect(codes('{{a}} {{title|b}} {{title|slice}} {{title}}')).toEqual([
      'unknownVariable',
      'unknownFilter',
      'filterArguments',
    ]);
  });

  it('refuses a template longer than one Notion text item', () => {
    expect(checkTemplate('x'.repeat(MAX_TEMPLATE_LENGTH + 1))).toEqual([
      {
        code: 'templateTooLong',
        at: 0,
        params: { max: MAX_TEMPLATE_LENGTH, length: MAX_TEMPLATE_LENGTH + 1 },
      },
    ]);
    expect(checkTemplate('x'.repeat(MAX_TEMPLATE_LENGTH))).toEqual([]);
  });

  it('an unknown time zone is a problem, and dates fall back to UTC rather than the machine’s', () => {
    const result = render('{{date}}', contextOf(pageCaptureOf(), { timeZone: 'Mars/Olympus' }));
    expect(result.value).toBe('2026-03-11T00:15:00+00:00');
    expect(result.problems).toEqual([
      { code: 'badTimeZone', at: 0, params: { zone: 'Mars/Olympus' } },
    ]);
  });

  it('a capture time that is not a time gives a note', () => {
    const result = render('{{date}}', contextOf(pageCaptureOf(), { now: new Date(Number.NaN) }));
    expect(result.value).toBe('');
    expect(result.notes.map((n) => n.code)).toEqual(['notADate']);
    expect(CAPTURED_AT.toISOString()).toBe('2026-03-11T00:15:00.000Z');
  });
});

describe('bounds', () => {
  it('stops at the most text a property can hold, with a note, even through replace', () => {
    const capture = pageCaptureOf({ mode: 'selection', text: 'ab'.repeat(40_000) });
    const template = '{{selection|replace:"a","aaaaaaaaaa"|replace:"a","aaaaaaaaaa"}}';
    const result = render(`${template}${template}`, contextOf(capture));
    expect(result.value.length).toBe(MAX_RENDERED_LENGTH);
    expect(result.notes).toEqual([{ code: 'cut', params: { max: MAX_RENDERED_LENGTH } }]);
  });

  it('never cuts between the halves of an emoji', () => {
    const capture = pageCaptureOf({
      mode: 'selection',
      text: `a${'😀'.repeat(MAX_RENDERED_LENGTH)}`,
    });
    const result = render('{{selection}}', contextOf(capture));
    expect(result.value.length).toBe(MAX_RENDERED_LENGTH - 1);
    expect(result.value.endsWith('😀')).toBe(true);
  });
});
