import { describe, expect, it } from 'vitest';
import { buildMenu, parseMenuId } from './menus';
import type { Target } from '../notion/types';

const page = (id: string, title: string): Target => ({
  id,
  title,
  kind: 'page',
  pageId: `${id}-page`,
  pageMode: 'append',
  connectionId: 'c1',
  icon: null,
  url: null,
});

describe('context menu', () => {
  it('has one entry per action and no submenu with a single target', () => {
    const menu = buildMenu([page('a', 'Inbox')], 'a', 'en');
    expect(menu.map((e) => e.id)).toEqual(['page', 'selection', 'link', 'image']);
    expect(menu.every((e) => e.parentId === undefined)).toBe(true);
  });

  it('lists targets under each action with the default first and marked', () => {
    const menu = buildMenu([page('a', 'Inbox'), page('b', 'Reading list')], 'b', 'en');
    const children = menu.filter((e) => e.parentId === 'link');
    expect(children.map((e) => e.title)).toEqual(['Reading list (default)', 'Inbox']);
    expect(children[0]!.contexts).toEqual(['link']);
  });

  it('speaks Korean', () => {
    expect(buildMenu([page('a', 'Inbox')], 'a', 'ko')[0]!.title).toBe('페이지를 Notion에 저장');
  });

  it('offers to connect Notion when there is no target yet', () => {
    const menu = buildMenu([], null, 'en');
    expect(menu).toEqual([
      {
        id: 'connect',
        title: 'Connect Notion first…',
        contexts: ['page', 'selection', 'link', 'image'],
      },
    ]);
    expect(parseMenuId('connect')).toBeNull();
  });

  it('reads clicked ids back and ignores foreign ones', () => {
    expect(parseMenuId('selection::b')).toEqual({ action: 'selection', targetId: 'b' });
    expect(parseMenuId('image')).toEqual({ action: 'image', targetId: null });
    expect(parseMenuId('other')).toBeNull();
  });
});
