import type { GetSelfResponse } from '@notionhq/client';
import { describe, expect, it } from 'vitest';
import { tokenKindOf } from './token-kind';

const bot = (owner: unknown) =>
  ({
    object: 'user',
    id: 'b',
    name: 'n',
    avatar_url: null,
    type: 'bot',
    bot: { owner },
  }) as unknown as GetSelfResponse;

describe('tokenKindOf', () => {
  it('reads the owner Notion documents for each kind', () => {
    expect(tokenKindOf(bot({ type: 'workspace', workspace: true }))).toBe('integration');
    expect(tokenKindOf(bot({ type: 'user', user: { object: 'user', id: 'u' } }))).toBe('personal');
  });

  it('reads a person answer as a PAT, since a PAT acts as its person', () => {
    const person = {
      object: 'user',
      id: 'u',
      type: 'person',
      person: {},
      name: 'Ada',
      avatar_url: null,
    } as unknown as GetSelfResponse;
    expect(tokenKindOf(person)).toBe('personal');
  });

  it('does not guess from an answer that does not tell', () => {
    expect(tokenKindOf(bot({ type: 'something new' }))).toBeNull();
    expect(
      tokenKindOf({ object: 'user', id: 'b', type: 'bot', bot: {} } as unknown as GetSelfResponse),
    ).toBeNull();
  });
});
