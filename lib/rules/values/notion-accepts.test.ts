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
import { anyTemplate, contextInKnownZone } from '../testing/arbitraries';
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
