import { APIResponseError } from '@notionhq/client';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO } from '../../../tests/notion-emulator';
import { setLogSink } from '../../log';
import { connect } from './connect';
import { describeError } from '../errors/describe-error';
import { NotionEngineError } from '../errors/errors';
import { useEmulator } from '../testing/emulator';

const emulator = useEmulator({ eachTest: 'as left' });
afterEach(() => setLogSink(null));

const { main, reader } = DEMO.integrations;

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );
}

describe('connect (against the emulator)', () => {
  it('reads users/me and records the bot, the workspace and its upload limit', async () => {
    const { connection, secret } = await connect(
      { alias: ' Work ', secret: `  ${main.secret}\n`, apiBase: `${emulator.url}/` },
      { now: () => new Date('2026-03-11T00:00:00Z'), newId: () => 'conn-1' },
    );
    expect(secret).toBe(main.secret);
    expect(connection).toEqual({
      id: 'conn-1',
      alias: 'Work',
      apiBase: emulator.url,
      botId: main.botId,
      botName: main.name,
      workspaceName: DEMO.workspace.name,
      workspaceId: DEMO.workspace.id,
      maxUploadBytes: 5 * 1024 * 1024,
      addedAt: '2026-03-11T00:00:00.000Z',
      revokedAt: null,
    });
  });

  it('names the connection after the workspace when no alias is given', async () => {
    const { connection } = await connect({
      alias: '',
      secret: reader.secret,
      apiBase: emulator.url,
    });
    expect(connection.alias).toBe(DEMO.workspace.name);
    expect(connection.botName).toBe(reader.name);
  });

  it('refuses a malformed secret with a sentence, before any request', async () => {
    const before = emulator.requestLog().length;
    const error = await failure(connect({ alias: 'x', secret: 'ntn_abc', apiBase: emulator.url }));
    expect(error).toBeInstanceOf(NotionEngineError);
    expect(describeError(error, 'en').detail).toContain('cut off');
    const pasted = await failure(
      connect({ alias: 'x', secret: 'my password', apiBase: emulator.url }),
    );
    expect(describeError(pasted, 'en').detail).toContain('starts with “ntn_”');
    expect(emulator.requestLog().length).toBe(before);
  });

  it('refuses an API base other than Notion or loopback, before any request', async () => {
    const error = await failure(
      connect({ alias: 'x', secret: main.secret, apiBase: 'https://notion-proxy.example.com' }),
    );
    expect(error).toMatchObject({ code: 'api_base_refused' });
    expect(describeError(error, 'en').title).toBe('This API address isn’t allowed');
  });

  it('says a well-formed but unknown secret was revoked or mistyped, and never logs it', async () => {
    const lines: string[] = [];
    setLogSink((_level, args) => lines.push(JSON.stringify(args)));
    const revoked = `ntn_${'Z'.repeat(46)}`;
    const error = await failure(connect({ alias: 'x', secret: revoked, apiBase: emulator.url }));
    expect(error).toBeInstanceOf(APIResponseError);
    expect((error as APIResponseError).status).toBe(401);
    expect(describeError(error, 'en').detail).toBe('This secret was revoked or mistyped.');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toContain('Z'.repeat(46));
  });
});
