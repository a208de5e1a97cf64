import fc from 'fast-check';
import { extractNotionId } from '@notionhq/client';
import { describe, expect, it } from 'vitest';
import { parseFailureMessage, parseNotionInput, type ParsedInput } from './parse-input';

const PAGE = '0123456789abcdef0123456789abcdef';
const PAGE_ID = '01234567-89ab-cdef-0123-456789abcdef';
const VIEW = 'fedcba9876543210fedcba9876543210';
const VIEW_ID = 'fedcba98-7654-3210-fedc-ba9876543210';
const ROW = 'aaaabbbbccccddddeeeeffff00001111';
const ROW_ID = 'aaaabbbb-cccc-dddd-eeee-ffff00001111';
const BLOCK = '99998888777766665555444433332222';
const BLOCK_ID = '99998888-7777-6666-5555-444433332222';

function one(text: string): ParsedInput {
  const [item, ...rest] = parseNotionInput(text);
  expect(rest).toEqual([]);
  return item!;
}

describe('parseNotionInput: real-looking addresses', () => {
  it.each<[string, Partial<Extract<ParsedInput, { ok: true }>>]>([
    [`https://www.notion.so/acme/Reading-List-${PAGE}`, { id: PAGE_ID, hint: 'unknown' }],
    [`https://www.notion.so/${PAGE}`, { id: PAGE_ID }],
    [`https://notion.so/${PAGE}?pvs=4`, { id: PAGE_ID }],
    [
      `https://www.notion.so/acme/${PAGE}?v=${VIEW}&pvs=4`,
      { id: PAGE_ID, viewId: VIEW_ID, hint: 'database' },
    ],
    [`https://www.notion.so/${PAGE}?v=${VIEW}&p=${ROW}&pm=s`, { id: ROW_ID, hint: 'page' }],
    [`https://acme.notion.site/Public-Notes-${PAGE}`, { id: PAGE_ID }],
    [`https://app.notion.com/p/${PAGE}`, { id: PAGE_ID }],
    [`https://app.notion.com/p/My-Page-${PAGE}`, { id: PAGE_ID }],
    [
      `https://www.notion.so/acme/Doc-${PAGE}#${BLOCK}`,
      { id: PAGE_ID, blockId: BLOCK_ID, hint: 'page' },
    ],
    [PAGE, { id: PAGE_ID, hint: 'unknown' }],
    [PAGE.toUpperCase(), { id: PAGE_ID }],
    [PAGE_ID, { id: PAGE_ID }],
    [`https://www.notion.so/acme/Title-${PAGE_ID}`, { id: PAGE_ID }],
    [`https://www.notion.so/${PAGE_ID}`, { id: PAGE_ID }],
    [`   https://www.notion.so/${PAGE}   `, { id: PAGE_ID }],
    [`www.notion.so/acme/Page-${PAGE}`, { id: PAGE_ID }],
    [`notion://www.notion.so/acme/Page-${PAGE}`, { id: PAGE_ID }],
    [`<https://www.notion.so/${PAGE}>`, { id: PAGE_ID }],
    [`https://www.notion.so/acme/%ED%95%9C%EA%B8%80-${PAGE}`, { id: PAGE_ID }],
    [`https://www.notion.so/acme/Sprint-2024-${PAGE}`, { id: PAGE_ID }],
  ])('%s', (text, expected) => {
    const item = one(text);
    expect(item.ok).toBe(true);
    expect(item).toMatchObject(expected);
    expect(item.source).toBe(text.trim());
  });

  it.each<[string, 'not_notion' | 'no_id']>([
    ['hello', 'not_notion'],
    [`https://example.com/Page-${PAGE}`, 'not_notion'],
    [`https://notion.so.evil.example/${PAGE}`, 'not_notion'],
    [`https://evilnotion.so/${PAGE}`, 'not_notion'],
    [`javascript:alert(1)//${PAGE}`, 'not_notion'],
    [`ftp://www.notion.so/${PAGE}`, 'not_notion'],
    ['https://www.notion.so/my-integrations', 'no_id'],
    ['https://www.notion.so/acme/Page-0123', 'no_id'],
    [`https://www.notion.so/acme/Page-${PAGE}0`, 'no_id'],
  ])('refuses %s (%s)', (text, reason) => {
    expect(one(text)).toEqual({ ok: false, reason, source: text });
  });

  it('splits several addresses at whitespace, newlines and commas', () => {
    const items = parseNotionInput(
      `https://www.notion.so/A-${PAGE},https://www.notion.so/B-${ROW}\n\n  ${VIEW_ID} , nope`,
    );
    expect(items.map((i) => (i.ok ? i.id : i.reason))).toEqual([
      PAGE_ID,
      ROW_ID,
      VIEW_ID,
      'not_notion',
    ]);
    expect(parseNotionInput('  \n , ')).toEqual([]);
  });

  it('covers the gaps of the SDK helper: peeked pages and dashed ids in paths', () => {
    const peek = `https://www.notion.so/acme/Tasks-${PAGE}?v=${VIEW}&p=${ROW}&pm=s`;
    expect(extractNotionId(peek)).toBe(PAGE_ID);
    expect(one(peek)).toEqual({ ok: true, id: ROW_ID, hint: 'page', source: peek });
    const dashedPath = `https://www.notion.so/acme/Title-${PAGE_ID}`;
    expect(extractNotionId(dashedPath)).toBeNull();
    expect(one(dashedPath)).toMatchObject({ ok: true, id: PAGE_ID });
  });

  it('puts the reason into a sentence in both languages', () => {
    const failure = one('https://example.com/x');
    if (failure.ok) throw new Error('expected a failure');
    expect(parseFailureMessage(failure, 'en')).toBe(
      '“https://example.com/x” isn’t a Notion address or id.',
    );
    expect(parseFailureMessage(failure, 'ko')).toContain('Notion 주소나 ID가 아닙니다');
  });
});

const hex32 = fc.stringMatching(/^[0-9a-f]{32}$/);
const dashed = (hex: string) =>
  `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
const slug = fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,30}$/);
const host = fc.constantFrom('www.notion.so', 'notion.so', 'acme.notion.site', 'app.notion.com');
const separator = fc.stringMatching(/^[ ,\n\t]{1,4}$/);

describe('parseNotionInput: properties', () => {
  it('finds the id of any titled address, with optional view, anchor and noise', () => {
    fc.assert(
      fc.property(
        host,
        fc.option(slug),
        fc.option(slug),
        hex32,
        fc.option(hex32),
        fc.option(hex32),
        fc.boolean(),
        (h, workspace, title, id, view, block, useDashes) => {
          const idText = useDashes ? dashed(id) : id;
          const path = [
            h === 'app.notion.com' ? 'p' : workspace,
            title ? `${title}-${idText}` : idText,
          ]
            .filter(Boolean)
            .join('/');
          const query = view ? `?v=${view}&pvs=4` : '';
          const anchor = block ? `#${block}` : '';
          const item = one(`https://${h}/${path}${query}${anchor}`);
          expect(item).toMatchObject({ ok: true, id: dashed(id) });
          if (item.ok) {
            expect(item.viewId).toBe(view ? dashed(view) : undefined);
            expect(item.blockId).toBe(block ? dashed(block) : undefined);
          }
        },
      ),
    );
  });

  it('a peeked page wins over the database in the path', () => {
    fc.assert(
      fc.property(hex32, hex32, hex32, (db, view, row) => {
        expect(one(`https://www.notion.so/${db}?v=${view}&p=${row}&pm=s`)).toMatchObject({
          ok: true,
          id: dashed(row),
          hint: 'page',
        });
      }),
    );
  });

  it('keeps one result per pasted item, in order', () => {
    fc.assert(
      fc.property(
        fc.array(hex32, { minLength: 1, maxLength: 6 }),
        fc.array(separator, { minLength: 6, maxLength: 6 }),
        (ids, seps) => {
          const text = ids.map((id, i) => `${seps[i]}https://www.notion.so/T-${id}`).join('');
          expect(parseNotionInput(text).map((i) => (i.ok ? i.id : null))).toEqual(ids.map(dashed));
        },
      ),
    );
  });

  it('never throws, and only accepts items on Notion hosts or bare ids', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        for (const item of parseNotionInput(text)) {
          if (!item.ok) continue;
          expect(item.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
        }
      }),
    );
  });

  it('refuses any other host, whatever the path holds', () => {
    fc.assert(
      fc.property(fc.domain(), hex32, (domain, id) => {
        fc.pre(!/(^|\.)notion\.(so|site|com)$/.test(domain));
        expect(one(`https://${domain}/Page-${id}`)).toMatchObject({
          ok: false,
          reason: 'not_notion',
        });
      }),
    );
  });
});
