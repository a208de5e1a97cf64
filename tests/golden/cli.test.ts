import type { BlockObjectRequest } from '@notionhq/client';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLimitViolations } from '../../lib/notion/api/limit-check';
import { convertFile, PLACEHOLDER_PARENT } from '../tools/convert';
import { CORPUS_URL, corpusDir } from './corpus';

describe('the convert command', () => {
  it('prints title, metadata, article text, blocks, report and a request plan', () => {
    const result = convertFile({
      file: path.join(corpusDir, 'wikipedia', 'source.html'),
      url: CORPUS_URL,
      selection: false,
    });
    expect(Object.keys(result)).toEqual(['title', 'metadata', 'articleText', 'blocks', 'report', 'requests']);
    expect(result.title).toBe(result.metadata.title);
    expect(result.articleText).toContain('Mozilla');
    expect(result.blocks.length).toBeGreaterThan(50);
    const [create, ...appends] = result.requests;
    expect(create).toMatchObject({ method: 'POST', path: '/v1/pages' });
    expect(create?.body).toMatchObject({ parent: { type: 'page_id', page_id: PLACEHOLDER_PARENT } });
    expect(appends.every((step) => step.method === 'PATCH')).toBe(true);
    // Every request body is within the limits of one request.
    for (const step of result.requests) {
      const children = (step.body?.children ?? []) as BlockObjectRequest[];
      expect(findLimitViolations(children, { request: true })).toEqual([]);
    }
  });

  it('treats the whole file as a selection with --selection', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'convert-cli-'));
    const file = path.join(dir, 'snippet.html');
    writeFileSync(file, '<h2>Note</h2><p>Selected <a href="/x">text</a>.</p>');
    const result = convertFile({ file, url: 'https://example.com/a/', selection: true });
    expect(result.articleText).toBe('Note\nSelected text.');
    expect(result.blocks.map((b) => b.type)).toEqual(['heading_2', 'paragraph']);
    expect(result.title).toBe('snippet.html');
  });
});
