/**
 * A rule must never produce a capture Notion would refuse: whatever the templates and
 * the page, the values a rule gives pass the form's own check, and the request built
 * from them passes the project's limit checker and the emulator's validators (which are
 * as strict as Notion).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../../tests/notion-emulator/workspace';
import { isObject, type JsonObject } from '../../../tests/notion-emulator/json';
import type { PropertySchema } from '../../../tests/notion-emulator/model';
import { propertiesFromRequest } from '../../../tests/notion-emulator/validate/properties';
import type { PropertyContext } from '../../../tests/notion-emulator/validate/property-values';
import { planRequests } from '../../notion/plan';
import { stepViolations } from '../../notion/plan/check';
import { FULL_SCHEMA, P } from '../../notion/schema/testing/fixture';
import { buildProperties, buildProperty, titleValue, type SchemaProperty } from '../notion-checks';
import { parseDocument } from '../../../tests/golden/corpus';
import { readTemplateFields } from '../../capture/page/template-fields';
import { templateContext } from '../template/context';
import { anyTemplate, anyText, contextInKnownZone } from '../testing/arbitraries';
import { CAPTURED_AT, pageCaptureOf } from '../testing/captures';
import { ruleValues } from './rule-values';

const SEED = 20260311;

/** A workspace where every user exists and every page is shared: only shapes are judged. */
class OpenWorkspace extends Workspace {
  override userExists(): boolean {
    return true;
  }
}

const workspace = new OpenWorkspace(() => Date.parse('2026-03-11T00:00:00Z'));
const notion: PropertyContext = {
  workspace,
  pageUrl: (id) => `https://www.notion.so/${id.replace(/-/g, '')}`,
  titleOf: () => 'Page',
  upload: () => undefined,
  fileUrl: (id) => id,
  now: workspace.now,
  usedUploads: new Set(),
  pageVisible: () => true,
  actorId: 'bot',
};

/** The fixture's schema as the emulator stores one. */
function emulatorSchema(properties: readonly SchemaProperty[]): PropertySchema[] {
  return properties.map((p) => {
    const config = Object.entries(p).find(([key]) => key === p.type)?.[1];
    return {
      id: p.id,
      name: p.name,
      type: p.type,
      config: isObject(config) ? (config as JsonObject) : {},
    };
  });
}

const SCHEMA = emulatorSchema(Object.values(FULL_SCHEMA.properties));

/** Templates a person would write for each kind of property, and any other. */
const templateFor: Record<string, fc.Arbitrary<string>> = {
  title: fc.constantFrom('{{title}}', '{{selection}}', '{{title}} — {{site}}'),
  rich_text: fc.constantFrom('{{description}}', '{{selection}}', 'By {{author}}', '{{meta:value}}'),
  number: fc.constantFrom('{{meta:value}}', '{{schema:items[0]}}', '{{title|slice:0,4}}', '42'),
  url: fc.constantFrom('{{url}}', '{{meta:og:image}}', '{{meta:value}}', 'https://{{domain}}/'),
  email: fc.constantFrom(
    '{{meta:value}}',
    'desk@{{domain}}',
    '{{author|lower|replace:" ","."}}@x.org',
  ),
  phone_number: fc.constantFrom('{{meta:value}}', '+82 {{title|slice:0,3}}'),
  select: fc.constantFrom('{{meta:og:type}}', '{{site}}', '{{meta:keywords}}', 'article'),
  multi_select: fc.constantFrom(
    '{{meta:keywords}}',
    '{{site}}, {{domain}}',
    '{{schema:author.name}}',
  ),
  status: fc.constantFrom('done', '{{meta:value}}', 'Not started'),
  date: fc.constantFrom(
    '{{date}}',
    '{{published}}',
    '{{published|date}}',
    '{{meta:value}}',
    '{{date|date:"YYYY-MM-DD HH:mm"}}',
  ),
  checkbox: fc.constantFrom('{{meta:value}}', 'yes', '{{schema:headline}}'),
  people: fc.constantFrom('{{meta:value}}', '{{schema:items[0]}}'),
  relation: fc.constantFrom('{{meta:value}}', '{{url}}'),
  files: fc.constantFrom('{{meta:og:image}}', '{{url}}', '{{meta:value}} {{meta:og:image}}'),
};

const templatesByProperty = fc
  .record(
    Object.fromEntries(
      Object.values(FULL_SCHEMA.properties).map((p) => [
        p.id,
        fc.oneof(
          { arbitrary: templateFor[p.type] ?? anyTemplate, weight: 4 },
          { arbitrary: anyTemplate, weight: 1 },
        ),
      ]),
    ),
    { requiredKeys: [] },
  )
  .map((byId) =>
    Object.fromEntries(
      Object.entries(byId).filter((entry): entry is [string, string] => entry[1] !== undefined),
    ),
  );

const ruleTemplates = fc.record({
  title: fc.option(fc.oneof(templateFor.title!, anyTemplate)),
  tags: fc.array(fc.oneof(templateFor.multi_select!, anyTemplate), { maxLength: 4 }),
  properties: templatesByProperty,
});

describe('values from rules are values Notion accepts', () => {
  it('for a database target: the form’s check, the limit checker and the emulator agree', () => {
    const filled = new Set<string>();
    fc.assert(
      fc.property(ruleTemplates, contextInKnownZone, (templates, context) => {
        const values = ruleValues(
          { targetId: null, mode: null, ...templates },
          context,
          FULL_SCHEMA,
        );
        const built = buildProperties(FULL_SCHEMA, values.inputs, 'en');
        if (!('properties' in built)) throw new Error(`refused: ${JSON.stringify(built.errors)}`);
        propertiesFromRequest(JSON.parse(JSON.stringify(built.properties)), SCHEMA, notion);
        const plan = planRequests(
          { kind: 'data_source', dataSourceId: FULL_SCHEMA.dataSourceId },
          built.properties,
          [],
          {
            source: { title: 'Page', url: 'https://example.com/' },
          },
        );
        for (const step of plan.steps) expect(stepViolations(step)).toEqual([]);
        // The rule's tags, as the form puts them into a multi-select property.
        const tags = buildProperty(FULL_SCHEMA, P.tags.id, {
          type: 'multi_select',
          names: values.tags,
        });
        expect(tags.ok).toBe(true);
        if (tags.ok && tags.value)
          propertiesFromRequest({ [P.tags.id]: tags.value }, SCHEMA, notion);
        for (const input of Object.values(values.inputs)) filled.add(input.type);
      }),
      { numRuns: 600, seed: SEED },
    );
    // Not vacuous: every property type a rule can fill was filled in some run.
    const fillable = Object.values(FULL_SCHEMA.properties).filter((p) => p.type !== 'formula');
    expect([...filled].sort()).toEqual([...new Set(fillable.map((p) => p.type))].sort());
  });

  it('for a page target: the title is one Notion takes', () => {
    let titled = 0;
    fc.assert(
      fc.property(ruleTemplates, contextInKnownZone, (templates, context) => {
        const values = ruleValues({ targetId: null, mode: null, ...templates }, context, null);
        expect(values.inputs).toEqual({});
        if (values.title === null) return;
        titled += 1;
        const title = titleValue(values.title);
        if (!title.ok || !title.value) throw new Error('a rule title the form refuses');
        propertiesFromRequest({ title: title.value }, null, notion);
      }),
      { numRuns: 300, seed: SEED },
    );
    expect(titled).toBeGreaterThan(100);
  });
});

/** Text as an HTML attribute value. */
const attribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Any JSON-LD script body: well-formed articles, any JSON, and text that is not JSON. */
const jsonLdText = fc.oneof(
  fc
    .record({
      '@type': fc.constantFrom('Article', 'NewsArticle', 'BlogPosting', 'WebSite', ['Article']),
      headline: anyText,
      author: fc.oneof(
        anyText,
        fc.array(fc.record({ '@type': fc.constant('Person'), name: anyText }), { maxLength: 3 }),
      ),
      datePublished: anyText,
      keywords: fc.oneof(anyText, fc.array(anyText, { maxLength: 4 })),
      publisher: fc.record({ name: anyText }),
    })
    .map((o) => JSON.stringify(o)),
  fc.json({ maxDepth: 6 }),
  anyText,
  fc.constantFrom('{"@type":"Article","author":', '[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]'),
);

/** A page with any `<meta>` tags and JSON-LD scripts, as the capture script reads it. */
const anyPage = fc
  .record({
    meta: fc.array(
      fc.tuple(
        fc.constantFrom('og:type', 'og:image', 'keywords', 'description', 'article:tag', 'author'),
        anyText,
      ),
      { maxLength: 6 },
    ),
    scripts: fc.array(jsonLdText, { maxLength: 3 }),
  })
  .map(({ meta, scripts }) => {
    const tags = meta.map(
      ([name, content]) => `<meta name="${name}" content="${attribute(content)}">`,
    );
    const lds = scripts.map((s) => `<script type="application/ld+json">${s}</script>`);
    return readTemplateFields(
      parseDocument(`<html><head>${tags.join('')}${lds.join('')}</head></html>`),
    );
  });

/** Templates over the page's own fields, for each property type a rule can fill. */
const pageTemplateFor: Record<string, fc.Arbitrary<string>> = {
  title: fc.constantFrom('{{schema:headline}}', '{{meta:og:type}}: {{schema:headline|upper}}'),
  rich_text: fc.constantFrom('{{schema:author}}', '{{meta:description|slice:0,20}}'),
  number: fc.constantFrom('{{schema:headline}}', '{{meta:og:type}}'),
  url: fc.constantFrom('{{meta:og:image}}', '{{schema:publisher.url}}'),
  email: fc.constantFrom('{{schema:author|lower}}', '{{meta:author}}'),
  phone_number: fc.constantFrom('{{meta:description}}'),
  select: fc.constantFrom('{{schema:publisher}}', '{{meta:og:type}}', '{{schema:@Article:author}}'),
  multi_select: fc.constantFrom('{{meta:keywords}}', '{{schema:keywords}}', '{{meta:article:tag}}'),
  status: fc.constantFrom('{{meta:og:type}}'),
  date: fc.constantFrom('{{schema:datePublished}}', '{{schema:datePublished|date}}'),
  checkbox: fc.constantFrom('{{schema:headline}}', '{{meta:og:type}}'),
  people: fc.constantFrom('{{schema:author}}'),
  relation: fc.constantFrom('{{schema:headline}}'),
  files: fc.constantFrom('{{meta:og:image}}', '{{schema:author}} {{meta:og:image}}'),
};

describe('values from the page’s meta tags and JSON-LD', () => {
  it('never throw and are values Notion accepts, whatever the page wrote', () => {
    const filled = new Set<string>();
    fc.assert(
      fc.property(
        anyPage,
        fc.record(
          Object.fromEntries(
            Object.values(FULL_SCHEMA.properties).map((p) => [
              p.id,
              pageTemplateFor[p.type] ?? anyTemplate,
            ]),
          ),
          { requiredKeys: [] },
        ),
        fc.array(pageTemplateFor.multi_select!, { maxLength: 2 }),
        (fields, properties, tags) => {
          const capture = pageCaptureOf(fields);
          const context = templateContext(capture, { now: CAPTURED_AT, timeZone: 'Asia/Seoul' });
          const set = {
            targetId: null,
            mode: null,
            title: '{{schema:headline}}',
            tags,
            properties: Object.fromEntries(
              Object.entries(properties).filter((e): e is [string, string] => e[1] !== undefined),
            ),
          };
          const values = ruleValues(set, context, FULL_SCHEMA);
          const built = buildProperties(FULL_SCHEMA, values.inputs, 'en');
          if (!('properties' in built)) throw new Error(`refused: ${JSON.stringify(built.errors)}`);
          propertiesFromRequest(JSON.parse(JSON.stringify(built.properties)), SCHEMA, notion);
          const tagValue = buildProperty(FULL_SCHEMA, P.tags.id, {
            type: 'multi_select',
            names: values.tags,
          });
          expect(tagValue.ok).toBe(true);
          if (tagValue.ok && tagValue.value)
            propertiesFromRequest({ [P.tags.id]: tagValue.value }, SCHEMA, notion);
          for (const input of Object.values(values.inputs)) filled.add(input.type);
        },
      ),
      { numRuns: 300, seed: SEED },
    );
    // Not vacuous: the page's fields did fill properties of the common kinds.
    expect([...filled]).toEqual(
      expect.arrayContaining(['title', 'rich_text', 'select', 'multi_select', 'date', 'url']),
    );
  });
});
