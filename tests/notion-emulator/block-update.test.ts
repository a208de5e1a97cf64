/** `PATCH /v1/blocks/{id}`: a block's content changed in place, as Notion's update block. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from './index.ts';
import { DEMO, client, expectApiError, start, text } from './test-helpers.ts';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await start();
});
afterAll(() => emulator.close());

async function appendQuote(words: string): Promise<string> {
  const answer = await client(emulator).blocks.children.append({
    block_id: DEMO.ids.inboxPage,
    children: [{ type: 'quote', quote: { rich_text: text(words), color: 'yellow_background' } }],
  });
  return answer.results[0]!.id;
}

describe('updating a block', () => {
  it('replaces what is given and keeps the rest (the colour, when only the text is given)', async () => {
    const id = await appendQuote('first words');
    const updated = await client(emulator).blocks.update({
      block_id: id,
      quote: { rich_text: text('new words') },
    });
    expect(updated).toMatchObject({
      type: 'quote',
      quote: { color: 'yellow_background', rich_text: [{ plain_text: 'new words' }] },
    });
    await client(emulator).blocks.update({
      block_id: id,
      quote: { rich_text: text('new words'), color: 'blue_background' },
    });
    const block = await client(emulator).blocks.retrieve({ block_id: id });
    expect(block).toMatchObject({
      quote: { color: 'blue_background', rich_text: [{ plain_text: 'new words' }] },
    });
  });

  it('refuses another type, children, a bad value and a block in the trash', async () => {
    const id = await appendQuote('kept');
    await expectApiError(
      client(emulator).blocks.update({ block_id: id, paragraph: { rich_text: text('x') } }),
      400,
      'validation_error',
    );
    await expectApiError(
      client(emulator).blocks.update({
        block_id: id,
        quote: { rich_text: text('x'), color: 'magenta' as 'blue' },
      }),
      400,
      'validation_error',
    );
    await client(emulator).blocks.delete({ block_id: id });
    await expectApiError(
      client(emulator).blocks.update({ block_id: id, quote: { rich_text: text('late') } }),
      400,
      'validation_error',
    );
  });
});
