import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FULL_SCHEMA } from '../../notion/schema/testing/fixture';
import { anyContext, anyTemplate } from '../testing/arbitraries';
import { ruleValues } from '../values/rule-values';
import { parseTemplate } from './parse';
import { MAX_RENDERED_LENGTH, checkTemplate, renderTemplate } from './render';

// A fixed seed: every run checks the same cases, and a failure replays as it was seen.
const SEED = 20260311;

describe('the template language never throws', () => {
  it('renders any template in any context, within the length bound', () => {
    fc.assert(
      fc.property(anyTemplate, anyContext, (template, context) => {
        const result = renderTemplate(template, context);
        expect(typeof result.value).toBe('string');
        expect(result.value.length).toBeLessThanOrEqual(MAX_RENDERED_LENGTH);
        // A template's problems are its own: the page cannot add or remove one.
        const own = result.problems.filter((p) => p.code !== 'badTimeZone');
        expect(own).toEqual(checkTemplate(template));
      }),
      { numRuns: 1500, seed: SEED },
    );
  });

  it('text without tags renders as itself', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), anyContext, (text, context) => {
        fc.pre(!text.includes('{{') && text.length <= 2000);
        fc.pre(parseTemplate(text).problems.length === 0);
        expect(renderTemplate(text, { ...context, timeZone: 'UTC' }).value).toBe(text);
      }),
      { numRuns: 300, seed: SEED },
    );
  });

  it('a capture’s text is never read as a template', () => {
    fc.assert(
      fc.property(anyContext, (context) => {
        const title = context.metadata.title;
        fc.pre(title.trim() !== '' && title.length < 2000);
        expect(renderTemplate('{{title}}', { ...context, timeZone: 'UTC' }).value).toBe(title);
      }),
      { numRuns: 300, seed: SEED },
    );
  });

  it('applies any rule’s templates to any capture without throwing, for any target', () => {
    fc.assert(
      fc.property(
        anyTemplate,
        fc.array(anyTemplate, { maxLength: 3 }),
        fc.dictionary(
          fc.constantFrom(...Object.values(FULL_SCHEMA.properties).map((p) => p.id), 'gone'),
          anyTemplate,
        ),
        anyContext,
        (title, tags, properties, context) => {
          const set = { targetId: null, mode: null, title, tags, properties };
          for (const schema of [FULL_SCHEMA, null]) {
            const values = ruleValues(set, context, schema);
            expect(values.fields.length).toBe(1 + tags.length + Object.keys(properties).length);
          }
        },
      ),
      { numRuns: 500, seed: SEED },
    );
  });
});
