import { describe, expect, it } from 'vitest';
import { highlightMenu, highlightMenuColor, MENU_COLORS } from './menu';
import { parseMenuId } from '../save/menus';

describe('the Highlight menu entry', () => {
  it('offers every colour as a child of one entry shown on a selection', () => {
    const entries = highlightMenu('en');
    const [parent, ...colors] = entries;
    expect(parent).toMatchObject({ title: 'Highlight', contexts: ['selection'] });
    expect(colors.map((c) => c.parentId)).toEqual(MENU_COLORS.map(() => parent!.id));
    expect(colors.map((c) => c.title)).toContain('Yellow');
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it('reads a clicked colour back, and nothing from the save entries', () => {
    for (const entry of highlightMenu('ko').slice(1)) {
      expect(MENU_COLORS).toContain(highlightMenuColor(entry.id));
      // A save entry id is never taken for a colour, and the reverse.
      expect(parseMenuId(entry.id)).toBeNull();
    }
    expect(highlightMenuColor('highlight')).toBeNull();
    expect(highlightMenuColor('highlight::magenta')).toBeNull();
    expect(highlightMenuColor('selection')).toBeNull();
  });
});
