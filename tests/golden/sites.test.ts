import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { capturePage } from '../../lib/capture/capture-page';
import { blocksText } from '../../lib/convert/testing/block-text';
import { parseDocument, projectRoot } from './corpus';

// Threads and posts, read by defuddle's site extractors: small pages written to the shape
// each site renders (not copies of real pages), captured under the site's address.
function capture(file: string, url: string) {
  const html = readFileSync(path.join(projectRoot, 'tests/golden/sites', file), 'utf8');
  const result = capturePage(parseDocument(html), { mode: 'article' }, { url });
  return { ...result, lines: blocksText(result.blocks).split('\n') };
}

const indexOf = (lines: string[], text: string) => lines.findIndex((l) => l.includes(text));

describe('threads and posts', () => {
  it('an X thread: the author’s posts first and in order, then the replies, no promotion', () => {
    const { lines, metadata } = capture('x-thread.html', 'https://x.com/alice/status/1001');
    const posts = ['1/ Tide pools', '2/ Anemones', '3/ Visit at the lowest tide'].map((t) =>
      indexOf(lines, t),
    );
    expect(posts.every((i) => i >= 0)).toBe(true);
    expect([...posts].sort((a, b) => a - b)).toEqual(posts);
    const reply = indexOf(lines, 'Which beach do you recommend');
    expect(reply).toBeGreaterThan(posts[2]!);
    // Alice's answer after Bob's question is a reply, not part of her thread.
    expect(indexOf(lines, 'Any rocky shore')).toBeGreaterThan(reply);
    expect(lines.join('\n')).not.toContain('sunglasses');
    expect(metadata.author).toBe('@alice');
  });

  it('a Hacker News story: its link and text, then the comments with their authors', () => {
    const { lines, metadata } = capture('hackernews.html', 'https://news.ycombinator.com/item?id=4242');
    expect(indexOf(lines, 'https://tides.example.org/')).toBeGreaterThanOrEqual(0);
    const text = indexOf(lines, 'I wrote this to plan walks');
    const question = indexOf(lines, 'Does it handle diurnal tides');
    const answer = indexOf(lines, 'the constants decide it');
    expect(text).toBeGreaterThanOrEqual(0);
    expect(question).toBeGreaterThan(text);
    expect(answer).toBeGreaterThan(question);
    expect(lines.some((l) => l.includes('dave'))).toBe(true);
    expect(metadata.title).toBe('Show HN: A tide table in the terminal | Hacker News');
  });

  it('a Reddit post: its text, then the comment thread nested as on the page', () => {
    const { blocks, lines } = capture(
      'reddit.html',
      'https://www.reddit.com/r/foraging/comments/abc123/how_do_you_store_seaweed/',
    );
    const body = indexOf(lines, 'I bring home a bag of dulse');
    const comment = indexOf(lines, 'sealed jar with a silica packet');
    const reply = indexOf(lines, 'the trick I was missing');
    expect(body).toBeGreaterThanOrEqual(0);
    expect(comment).toBeGreaterThan(body);
    expect(reply).toBeGreaterThan(comment);
    // The reply sits inside the comment it answers (a quote within a quote).
    expect(JSON.stringify(blocks)).toMatch(/"quote"[\s\S]*"quote"/);
  });

  it('a YouTube video: the video, its description and the chapters the description lists', () => {
    const { blocks, lines } = capture('youtube.html', 'https://www.youtube.com/watch?v=tIdE0000001');
    expect(blocks[0]).toMatchObject({ type: 'video' });
    expect(JSON.stringify(blocks[0])).toContain('tIdE0000001');
    for (const line of ['How to read the tide table', '0:00 Why tides matter', '4:30 Planning a safe walk'])
      expect(indexOf(lines, line), line).toBeGreaterThanOrEqual(0);
  });
});
