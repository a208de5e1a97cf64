import { describe, expect, it } from 'vitest';
import { blockMarker, highlightBlock, markerOf, passageLink } from './blocks';

const ID = '0b7c2a51-3f7e-4d0a-9a7d-1e2f3a4b5c6d';

describe('a highlight as a Notion block', () => {
  it('is a quote in the colour’s background, the passage linked, the note under it', () => {
    const block = highlightBlock('https://example.com/a?id=1', {
      id: ID,
      exact: 'the passage',
      color: 'green',
      note: 'why it matters',
    });
    expect(block).toMatchObject({
      type: 'quote',
      quote: {
        color: 'green_background',
        rich_text: [
          { text: { content: 'the passage', link: { url: expect.stringContaining(`#qc-${ID}`) } } },
          { text: { content: '\n' } },
          { text: { content: 'why it matters' }, annotations: { italic: true } },
        ],
      },
    });
  });

  it('links to the passage with a text fragment that carries the highlight’s marker', () => {
    const link = passageLink(
      'https://example.com/a',
      ID,
      'one two three four five six seven eight nine ten',
    );
    expect(link).toBe(
      `https://example.com/a#qc-${ID}:~:text=one%20two%20three%20four,seven%20eight%20nine%20ten`,
    );
    expect(markerOf(link)).toBe(ID);
    expect(passageLink('https://example.com/a', ID, 'a-b')).toContain('text=a%2Db');
    const long = `https://example.com/${'p'.repeat(2100)}`;
    expect(passageLink(long, ID, 'words')).toBe(`https://example.com/#qc-${ID}`);
  });

  it('finds the marker of a listed block, and none elsewhere', () => {
    const listed = {
      type: 'quote',
      quote: {
        rich_text: [{ href: `https://example.com/#qc-${ID}:~:text=x`, text: { link: null } }],
      },
    };
    expect(blockMarker(listed)).toBe(ID);
    expect(blockMarker({ type: 'paragraph', paragraph: { rich_text: [] } })).toBeNull();
    expect(markerOf('https://example.com/#section')).toBeNull();
  });
});
