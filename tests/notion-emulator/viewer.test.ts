/** The HTML viewer shows saved pages and never lets stored content become markup. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from './index.ts';
import { DEMO, client, start, text } from './test-helpers.ts';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await start();
});
afterAll(() => emulator.close());

const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>';

describe('viewer', () => {
  it('renders properties and blocks with every stored string escaped', async () => {
    const notion = client(emulator);
    const page = await notion.pages.create({
      parent: { data_source_id: DEMO.ids.readingListDataSource },
      properties: {
        Name: { title: text(HOSTILE) },
        Notes: { rich_text: text('"quoted" & <b>bold</b>') },
        URL: { url: 'javascript:alert(1)' },
      },
      children: [
        { heading_2: { rich_text: text('Section <i>') } },
        {
          paragraph: {
            rich_text: [
              { text: { content: 'a link', link: { url: 'https://example.com/?q=<x>' } } },
            ],
          },
        },
        { code: { rich_text: text('</code><script>1</script>'), language: 'html' } },
      ],
    });
    const response = await fetch(`${emulator.url}/__emulator/view/${page.id}`);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>bold');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('&quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;');
    expect(html).toContain('<h3>Section &lt;i&gt;</h3>');
    expect(html).toContain('href="https://example.com/?q=&lt;x&gt;"');
  });

  it('lists pages on the index with links to their views', async () => {
    const html = await (await fetch(`${emulator.url}/__emulator/view`)).text();
    expect(html).toContain(`href="/__emulator/view/${DEMO.ids.inboxPage}"`);
    expect(html).toContain('Welcome to Quick Capture');
  });

  it('answers 404 for an unknown page', async () => {
    expect(
      (await fetch(`${emulator.url}/__emulator/view/${DEMO.ids.readingListDatabase}`)).status,
    ).toBe(404);
  });
});
