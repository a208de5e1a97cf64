/** Single-part uploads through the SDK's fileUploads.create / send, then attached to blocks. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from './index.ts';
import { DEMO, client, expectApiError, start } from './test-helpers.ts';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await start();
});
afterAll(() => emulator.close());

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

async function upload(bytes: Uint8Array<ArrayBuffer>, secret?: string) {
  const notion = client(emulator, secret);
  const created = await notion.fileUploads.create({
    mode: 'single_part',
    filename: 'shot.png',
    content_type: 'image/png',
  });
  const sent = await notion.fileUploads.send({
    file_upload_id: created.id,
    file: { filename: 'shot.png', data: new Blob([bytes], { type: 'image/png' }) },
  });
  return { created, sent };
}

describe('file uploads', () => {
  it('creates a pending upload, takes its bytes, and reports it uploaded', async () => {
    const { created, sent } = await upload(PNG);
    expect(created).toMatchObject({
      object: 'file_upload',
      status: 'pending',
      filename: 'shot.png',
      content_type: 'image/png',
    });
    expect(created.upload_url).toBe(`${emulator.url}/v1/file_uploads/${created.id}/send`);
    expect(sent).toMatchObject({ status: 'uploaded', content_length: PNG.length });
    expect(
      (await client(emulator).fileUploads.retrieve({ file_upload_id: created.id })).status,
    ).toBe('uploaded');
  });

  it('attaches a sent upload to an image block and serves its bytes', async () => {
    const { sent } = await upload(PNG);
    const appended = await client(emulator).blocks.children.append({
      block_id: DEMO.ids.inboxPage,
      children: [
        {
          image: {
            type: 'file_upload',
            file_upload: { id: sent.id },
            caption: [{ text: { content: 'Screenshot' } }],
          },
        },
      ],
    });
    const image = appended.results[0];
    expect(image && 'type' in image && image.type === 'image' && image.image.type).toBe('file');
    const url =
      image && 'type' in image && image.type === 'image' && image.image.type === 'file'
        ? image.image.file.url
        : '';
    const served = await fetch(url);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(PNG);
  });

  it('refuses to attach an upload whose bytes were never sent', async () => {
    const pending = await client(emulator).fileUploads.create({
      filename: 'late.png',
      content_type: 'image/png',
    });
    await expectApiError(
      client(emulator).blocks.children.append({
        block_id: DEMO.ids.inboxPage,
        children: [{ image: { file_upload: { id: pending.id } } }],
      }),
      400,
      'validation_error',
      /is in status `pending`/,
    );
  });

  it('enforces the workspace cap of 5 MiB', async () => {
    await upload(new Uint8Array(5 * 1024 * 1024));
    await expectApiError(
      upload(new Uint8Array(5 * 1024 * 1024 + 1)),
      400,
      'validation_error',
      /at most 5242880 bytes/,
    );
  });

  it('expires an upload not attached within an hour, even once its bytes were sent', async () => {
    let now = Date.now();
    const clocked = await start({ now: () => now });
    try {
      const notion = client(clocked);
      const created = await notion.fileUploads.create({
        filename: 'a.png',
        content_type: 'image/png',
      });
      await notion.fileUploads.send({
        file_upload_id: created.id,
        file: { filename: 'a.png', data: new Blob([PNG], { type: 'image/png' }) },
      });
      now += 61 * 60 * 1000;
      expect((await notion.fileUploads.retrieve({ file_upload_id: created.id })).status).toBe(
        'expired',
      );
      await expectApiError(
        notion.blocks.children.append({
          block_id: DEMO.ids.inboxPage,
          children: [{ image: { file_upload: { id: created.id } } }],
        }),
        400,
        'validation_error',
        /is in status `expired`/,
      );
    } finally {
      await clocked.close();
    }
  });

  it('keeps uploads private to the integration that made them', async () => {
    const { sent } = await upload(PNG);
    await expectApiError(
      client(emulator, DEMO.integrations.reader.secret).fileUploads.retrieve({
        file_upload_id: sent.id,
      }),
      404,
      'object_not_found',
    );
  });
});

describe('file types', () => {
  const create = (body: { filename?: string; content_type?: string }) =>
    client(emulator).fileUploads.create({ mode: 'single_part', ...body });

  it('takes every documented kind whose extension matches its content type', async () => {
    for (const [filename, content_type] of [
      ['photo.JPG', 'image/jpeg'],
      ['notes.pdf', 'application/pdf'],
      ['talk.mp3', 'audio/mpeg'],
      ['clip.mov', 'video/quicktime'],
      ['sheet.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['icon.ico', 'image/vnd.microsoft.icon'],
    ] as const) {
      expect(await create({ filename, content_type })).toMatchObject({ filename, content_type });
    }
    // A name without an extension is fine when the type tells Notion which one it is.
    expect(await create({ filename: 'screenshot', content_type: 'image/png' })).toMatchObject({
      status: 'pending',
    });
  });

  it('refuses an extension that contradicts the content type', async () => {
    await expectApiError(
      create({ filename: 'shot.png', content_type: 'image/jpeg' }),
      400,
      'validation_error',
      'The file extension `.png` of `shot.png` does not match the content type `image/jpeg`.',
    );
  });

  it('refuses types and extensions Notion does not list', async () => {
    await expectApiError(
      create({ filename: 'archive.zip', content_type: 'application/zip' }),
      400,
      'validation_error',
      'The content type `application/zip` (body.content_type) is not a file type Notion accepts for uploads.',
    );
    await expectApiError(
      create({ filename: 'tool.exe' }),
      400,
      'validation_error',
      'The file extension `.exe` (body.filename) is not a file type Notion accepts for uploads.',
    );
    await expectApiError(
      create({ filename: 'image.bmp', content_type: 'image/bmp' }),
      400,
      'validation_error',
      /`image\/bmp`.*is not a file type Notion accepts/,
    );
  });

  it('refuses a filename without an extension when no type says which it is', async () => {
    await expectApiError(
      create({ filename: 'screenshot' }),
      400,
      'validation_error',
      'The filename `screenshot` (body.filename) has no extension, and no content type was given to infer one from.',
    );
  });

  it('checks the file part when the creation named neither, and refuses a contradicting part', async () => {
    const notion = client(emulator);
    const bare = await notion.fileUploads.create({ mode: 'single_part' });
    await expectApiError(
      notion.fileUploads.send({
        file_upload_id: bare.id,
        file: { filename: 'payload.exe', data: new Blob([PNG]) },
      }),
      400,
      'validation_error',
      'The file extension `.exe` (the file part) is not a file type Notion accepts for uploads.',
    );
    const named = await notion.fileUploads.send({
      file_upload_id: bare.id,
      file: { filename: 'shot.png', data: new Blob([PNG], { type: 'image/png' }) },
    });
    expect(named).toMatchObject({
      status: 'uploaded',
      filename: 'shot.png',
      content_type: 'image/png',
    });
    const typed = await create({ filename: 'shot.png', content_type: 'image/png' });
    await expectApiError(
      notion.fileUploads.send({
        file_upload_id: typed.id,
        file: { filename: 'shot.png', data: new Blob([PNG], { type: 'image/gif' }) },
      }),
      400,
      'validation_error',
      "The file part's content type `image/gif` does not match the content type `image/png` the file upload was created with.",
    );
  });
});
