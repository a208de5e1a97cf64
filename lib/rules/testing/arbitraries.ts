/**
 * fast-check arbitraries for the template language: any text (lone surrogates, control
 * characters and sizes past Notion's limits included), templates that are mostly
 * well-formed and often not, and captures with everything a page could put in them.
 */
import fc from 'fast-check';
import type { CaptureMode, PageCapture, PageMetadata } from '../../capture/types';
import { FILTER_NAMES } from '../template/filters';
import { PRESET_VARIABLES } from '../template/parse';
import { templateContext, type TemplateContext } from '../template/context';

const UUID = '0f3c5e1a-2b3c-4d5e-8f9a-0b1c2d3e4f5a';

/** Values that sit on or past the edge of what some property type takes. */
const EDGE_VALUES = [
  '',
  ' ',
  '\n\t',
  'a,b',
  ' , ',
  'x'.repeat(100),
  'x'.repeat(101),
  'https://example.com/a',
  `https://example.com/${'a'.repeat(2000)}`,
  'example.com/x',
  'javascript:alert(1)',
  'ada@example.com',
  `${'a'.repeat(200)}@example.com`,
  'mailto:ada@example.com',
  '+82 2 1234 5678',
  `+${'1'.repeat(220)}`,
  '42',
  '1,234.5',
  '50%',
  '-3e2',
  '1e999',
  'NaN',
  '2026-03-11',
  '2026-03-11T09:15',
  '2026-03-11T09:15:00Z',
  '2026-03-11T09:15:00+05:30',
  '2026-02-30',
  '0999-01-01',
  '9999-12-31T23:59:59-12:00',
  'yes',
  'no',
  'TRUE',
  'maybe',
  UUID,
  `${UUID}, ${UUID}`,
  `https://www.notion.so/Acme-${UUID.replace(/-/g, '')}`,
  'Not started',
  'done',
  '{{title}}',
  '\\{{',
  '😀'.repeat(1200),
  '\ud800',
  'a\udc00b',
  '\u0000\u001f',
  '가'.repeat(70_000),
  'word '.repeat(45_000),
];

/** Any text: random (every code unit), random graphemes, or an edge value. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(...EDGE_VALUES),
  fc.tuple(fc.constantFrom(...EDGE_VALUES), fc.constantFrom(...EDGE_VALUES)).map(([a, b]) => a + b),
);

const variable = fc.oneof(
  fc.constantFrom(...PRESET_VARIABLES),
  fc.constantFrom(
    'meta:og:type',
    'meta:keywords',
    'meta:value',
    'meta:',
    'schema:author.name',
    'schema:@Article:headline',
    'schema:items[0]',
    'schema:a..b',
    'titel',
    '',
  ),
  fc.string({ maxLength: 8 }),
);

const argument = fc.oneof(
  fc.constantFrom('0', '-3', '2', 'YYYY-MM-DD', '"MMM D, YYYY"', '"[at] HH:mm Z"', '"[x'),
  fc.constantFrom('","', '"a"', "' '", '"\\""', '"}}"', '"|"', '""'),
  fc.string({ maxLength: 6 }),
);

const filter = fc.oneof(
  fc
    .tuple(fc.constantFrom(...FILTER_NAMES), fc.array(argument, { maxLength: 3 }))
    .map(([name, args]) => (args.length === 0 ? name : `${name}:${args.join(',')}`)),
  fc.string({ maxLength: 8 }),
);

const tag = fc
  .tuple(variable, fc.array(filter, { maxLength: 4 }), fc.boolean())
  .map(([v, filters, spaced]) => {
    const s = spaced ? ' ' : '';
    return `{{${s}${[v, ...filters].join(`${s}|${s}`)}${s}}}`;
  });

/** Templates: mostly tags and text, often broken on purpose. */
export const anyTemplate: fc.Arbitrary<string> = fc.oneof(
  {
    arbitrary: fc
      .array(
        fc.oneof(
          tag,
          fc.string({ maxLength: 8 }),
          fc.constantFrom('{{', '}}', '\\{{', '\\', '"', "'", '|'),
        ),
        { maxLength: 6 },
      )
      .map((parts) => parts.join('')),
    weight: 4,
  },
  { arbitrary: anyText, weight: 1 },
);

const modes: CaptureMode[] = ['bookmark', 'article', 'selection', 'link', 'image', 'screenshot'];

const metadata: fc.Arbitrary<PageMetadata> = fc.record({
  title: anyText,
  url: fc.oneof(fc.webUrl(), anyText),
  canonicalUrl: fc.option(anyText),
  description: fc.option(anyText),
  image: fc.option(fc.oneof(fc.webUrl(), anyText)),
  favicon: fc.option(anyText),
  siteName: fc.option(anyText),
  author: fc.option(anyText),
  publishedTime: fc.option(
    fc.oneof(
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      anyText,
    ),
  ),
  language: fc.option(anyText),
});

export const anyCapture: fc.Arbitrary<PageCapture> = fc.record({
  mode: fc.constantFrom(...modes),
  metadata,
  blocks: fc.constant([]),
  report: fc.constant({ items: [] }),
  text: fc.option(anyText),
  link: fc.constant(null),
  image: fc.constant(null),
});

const metaTags = fc.dictionary(
  fc.constantFrom('og:type', 'keywords', 'value', 'og:image', 'description'),
  anyText,
);

const jsonLd = fc.oneof(
  fc.array(fc.jsonValue({ maxDepth: 4 }), { maxLength: 3 }),
  fc
    .record({
      headline: anyText,
      author: fc.array(fc.record({ name: anyText }), { maxLength: 3 }),
      items: fc.array(anyText, { maxLength: 3 }),
    })
    .map((article) => [{ '@type': 'Article', ...article }]),
);

const ZONES = [
  'Asia/Seoul',
  'UTC',
  'America/New_York',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'America/St_Johns',
];

/** Any template context: any capture, any time (invalid ones too), any zone name. */
export const anyContext: fc.Arbitrary<TemplateContext> = fc
  .record({
    capture: anyCapture,
    now: fc.date({ noInvalidDate: false }),
    timeZone: fc.oneof(
      { arbitrary: fc.constantFrom(...ZONES), weight: 5 },
      { arbitrary: anyText, weight: 1 },
    ),
    meta: fc.option(metaTags),
    jsonLd: fc.option(jsonLd),
  })
  .map(({ capture, ...options }) => templateContext(capture, options));

/** Contexts whose zone is one Notion knows, for values that must be sent. */
export const contextInKnownZone: fc.Arbitrary<TemplateContext> = fc
  .tuple(anyContext, fc.constantFrom(...ZONES))
  .map(([context, timeZone]) => ({ ...context, timeZone }));
