import { describe, expect, it } from 'vitest';
import { buildProperties } from './build-properties';
import { FULL_SCHEMA, P } from '../schema/testing/fixture';
import type { PropertyInputs } from '../types';

const USER = 'ec6a8cef-8d3f-404a-a3d0-5dd958505245';
const PAGE = 'a1ec1577-1656-4c8a-9b77-9c62ff4c07b8';
const UPLOAD = '0f0e0d0c-0b0a-0908-0706-050403020100';

function build(inputs: PropertyInputs, locale: 'en' | 'ko' = 'en') {
  return buildProperties(FULL_SCHEMA, inputs, locale);
}

function errorsOf(inputs: PropertyInputs, locale: 'en' | 'ko' = 'en'): Record<string, string> {
  const result = build(inputs, locale);
  if (!('errors' in result)) throw new Error(`expected errors, got ${JSON.stringify(result)}`);
  return result.errors;
}

describe('buildProperties', () => {
  it('builds every writable type, keyed by property id', () => {
    const result = build({
      [P.name.id]: { type: 'title', text: '  Hello\nworld ' },
      [P.notes.id]: { type: 'rich_text', text: 'line 1\nline 2' },
      [P.score.id]: { type: 'number', text: '1,234.5' },
      [P.url.id]: { type: 'url', text: 'https://example.com/a?b=c' },
      [P.email.id]: { type: 'email', text: 'ada@example.com' },
      [P.phone.id]: { type: 'phone_number', text: '+82 10-1234-5678' },
      [P.type.id]: { type: 'select', name: 'article' },
      [P.tags.id]: { type: 'multi_select', names: ['research', 'New one'] },
      [P.status.id]: { type: 'status', name: 'done' },
      [P.savedAt.id]: { type: 'date', start: '2026-03-11T14:30', timeZone: 'Asia/Seoul' },
      [P.done.id]: { type: 'checkbox', checked: false },
      [P.owner.id]: { type: 'people', ids: [USER] },
      [P.client.id]: {
        type: 'relation',
        ids: [`https://www.notion.so/Acme-${PAGE.replace(/-/g, '')}`],
      },
      [P.shot.id]: {
        type: 'files',
        files: [
          { kind: 'file_upload', id: UPLOAD },
          { kind: 'external', url: 'https://example.com/a%20b.png' },
        ],
      },
    });
    expect(result).toEqual({
      properties: {
        title: { title: [{ type: 'text', text: { content: 'Hello world' } }] },
        'N%5Bts': { rich_text: [{ type: 'text', text: { content: 'line 1\nline 2' } }] },
        'Sc%3Ar': { number: 1234.5 },
        'Ub%3Fz': { url: 'https://example.com/a?b=c' },
        'Em%40l': { email: 'ada@example.com' },
        'Ph%23n': { phone_number: '+82 10-1234-5678' },
        'Ty%7Ce': { select: { name: 'Article' } },
        'T%40gs': { multi_select: [{ name: 'Research' }, { name: 'New one' }] },
        'St%3At': { status: { name: 'Done' } },
        'S%3Bvd': { date: { start: '2026-03-11T14:30:00', time_zone: 'Asia/Seoul' } },
        'D%3An': { checkbox: false },
        'Ow%3An': { people: [{ id: USER }] },
        'Cl%3Ai': { relation: [{ id: PAGE }] },
        'Sh%3At': {
          files: [
            { type: 'file_upload', file_upload: { id: UPLOAD } },
            {
              type: 'external',
              external: { url: 'https://example.com/a%20b.png' },
              name: 'a b.png',
            },
          ],
        },
      },
    });
  });

  it('leaves empty fields out', () => {
    expect(
      build({
        [P.name.id]: { type: 'title', text: '   ' },
        [P.score.id]: { type: 'number', text: '' },
        [P.type.id]: { type: 'select', name: null },
        [P.tags.id]: { type: 'multi_select', names: [' , '] },
        [P.savedAt.id]: { type: 'date', start: null },
        [P.owner.id]: { type: 'people', ids: [] },
      }),
    ).toEqual({ properties: {} });
  });

  it('turns wrong input into a sentence per field, in the locale', () => {
    const errors = errorsOf({
      [P.score.id]: { type: 'number', text: 'twelve' },
      [P.url.id]: { type: 'url', text: 'not a url' },
      [P.email.id]: { type: 'email', text: 'ada at example' },
      [P.phone.id]: { type: 'phone_number', text: 'call me' },
      [P.type.id]: { type: 'select', name: 'A, B' },
      [P.status.id]: { type: 'status', name: 'Someday' },
      [P.savedAt.id]: { type: 'date', start: '2026-02-30' },
      [P.owner.id]: { type: 'people', ids: ['ada'] },
      [P.shot.id]: { type: 'files', files: [{ kind: 'external', url: 'javascript:alert(1)' }] },
      [P.formula.id]: { type: 'number', text: '1' },
      Gone: { type: 'rich_text', text: 'x' },
      [P.notes.id]: { type: 'number', text: '1' },
    });
    expect(errors).toEqual({
      'Sc%3Ar': '“twelve” isn’t a number.',
      'Ub%3Fz': '“not a url” isn’t a web address (it should start with https://).',
      'Em%40l': '“ada at example” isn’t an email address.',
      'Ph%23n': '“call me” isn’t a phone number.',
      'Ty%7Ce': 'An option’s name can’t contain a comma.',
      'St%3At': '“Someday” isn’t one of this status’s options: Not started, Done.',
      'S%3Bvd': '“2026-02-30” isn’t a date (write it like 2026-03-11 or 2026-03-11T14:30).',
      'Ow%3An': '“ada” isn’t a Notion id or page address.',
      'Sh%3At':
        '“javascript:alert(1)” isn’t the web address of a file (it should start with https://).',
      'F%3Ax': 'Notion computes this property; it can’t be set.',
      Gone: 'This property no longer exists in Notion. Refresh the properties.',
      'N%5Bts': 'This property changed type in Notion. Refresh the properties and fill it again.',
    });
    expect(errorsOf({ [P.score.id]: { type: 'number', text: 'x' } }, 'ko')).toEqual({
      'Sc%3Ar': '“x”는 숫자가 아닙니다.',
    });
  });

  it('respects Notion limits: 2000-char text items, 100 items, URL 2000, email/phone 200', () => {
    const long = 'a'.repeat(4500);
    const result = build({ [P.notes.id]: { type: 'rich_text', text: long } });
    if (!('properties' in result)) throw new Error('expected properties');
    const items = (result.properties['N%5Bts'] as { rich_text: { text: { content: string } }[] })
      .rich_text;
    expect(items.map((i) => i.text.content.length)).toEqual([2000, 2000, 500]);

    const huge = build({ [P.notes.id]: { type: 'rich_text', text: 'b'.repeat(2000 * 101) } });
    if (!('properties' in huge)) throw new Error('expected properties');
    const hugeItems = (huge.properties['N%5Bts'] as { rich_text: { text: { content: string } }[] })
      .rich_text;
    expect(hugeItems).toHaveLength(100);
    expect(hugeItems.every((i) => i.text.content.length <= 2000)).toBe(true);
    expect(hugeItems[99]!.text.content.endsWith('…')).toBe(true);

    const errors = errorsOf({
      [P.url.id]: { type: 'url', text: `https://example.com/${'x'.repeat(2000)}` },
      [P.email.id]: { type: 'email', text: `${'a'.repeat(195)}@example.com` },
      [P.tags.id]: { type: 'multi_select', names: Array.from({ length: 101 }, (_, i) => `t${i}`) },
      [P.owner.id]: {
        type: 'people',
        ids: Array.from(
          { length: 101 },
          (_, i) => `${String(i).padStart(8, '0')}-0000-0000-0000-000000000000`,
        ),
      },
    });
    expect(errors['Ub%3Fz']).toBe('At most 2000 characters (this has 2020).');
    expect(errors['Em%40l']).toBe('At most 200 characters (this has 207).');
    expect(errors['T%40gs']).toBe('At most 100 values (this has 101).');
    expect(errors['Ow%3An']).toBe('At most 100 values (this has 101).');
  });

  it('refuses option names over 100 characters, as Notion does', () => {
    const name = (n: number) => 'o'.repeat(n);
    expect(build({ [P.tags.id]: { type: 'multi_select', names: [name(100)] } })).toEqual({
      properties: { 'T%40gs': { multi_select: [{ name: name(100) }] } },
    });
    const errors = errorsOf({
      [P.tags.id]: { type: 'multi_select', names: ['short', name(101)] },
      [P.type.id]: { type: 'select', name: name(120) },
    });
    expect(errors['T%40gs']).toBe('At most 100 characters (this has 101).');
    expect(errors['Ty%7Ce']).toBe('At most 100 characters (this has 120).');
  });

  it('reads commas in multi-select input as separators, and deduplicates', () => {
    expect(build({ [P.tags.id]: { type: 'multi_select', names: ['a, b', 'B', 'later'] } })).toEqual(
      {
        properties: {
          'T%40gs': { multi_select: [{ name: 'a' }, { name: 'b' }, { name: 'Later' }] },
        },
      },
    );
  });

  it('adds https:// to bare domains and keeps dates with offsets', () => {
    expect(
      build({
        [P.url.id]: { type: 'url', text: 'example.com/page' },
        [P.savedAt.id]: {
          type: 'date',
          start: '2026-03-11T05:30:00Z',
          end: '2026-03-11T06:00:00Z',
        },
      }),
    ).toEqual({
      properties: {
        'Ub%3Fz': { url: 'https://example.com/page' },
        'S%3Bvd': { date: { start: '2026-03-11T05:30:00Z', end: '2026-03-11T06:00:00Z' } },
      },
    });
  });
});
