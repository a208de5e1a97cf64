import type { BlockObjectRequest } from '@notionhq/client';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { capturePage } from '../../lib/capture/capture-page';
import { blocksText } from '../../lib/convert/testing/block-text';
import { findLimitViolations } from '../../lib/notion/api/limit-check';
import { CORPUS_URL, corpusPages, parseDocument, projectRoot, readCorpusFile } from './corpus';
import { missingWords, wordRecall } from './recall';

// Golden fixtures: each corpus page's article, extracted and converted the way the
// extension does it, against a reviewed baseline. Baselines change only when someone
// asks: UPDATE_FIXTURES=1 npx vitest run tests/golden
const UPDATE = process.env.UPDATE_FIXTURES === '1';
const goldenDir = path.join(projectRoot, 'tests/golden');

/** The recall goal: words of the extracted article found in the blocks. */
const MIN_RECALL = 0.99;

function capture(page: string): { blocks: BlockObjectRequest[]; text: string } {
  const doc = parseDocument(readCorpusFile(page, 'source.html'));
  const result = capturePage(doc, { mode: 'article' }, { url: CORPUS_URL });
  return { blocks: result.blocks, text: result.text ?? '' };
}

describe('golden corpus conversions', () => {
  // Nothing in a conversion should depend on the clock; freezing it makes sure a
  // baseline cannot capture one by accident.
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-01-01T00:00:00Z') });
  });
  afterAll(() => {
    vi.useRealTimers();
  });

  const recalls: number[] = [];

  it.each(corpusPages())('%s matches its baseline within every Notion limit', (page) => {
    const { blocks, text } = capture(page);
    const file = path.join(goldenDir, `${page}.blocks.json`);
    if (UPDATE) writeFileSync(file, `${JSON.stringify(blocks, null, 2)}\n`);
    // A page added to the corpus without a reviewed baseline is still held to every
    // invariant below; its baseline is written only on request.
    if (existsSync(file)) expect(blocks).toEqual(JSON.parse(readFileSync(file, 'utf8')));

    expect(findLimitViolations(blocks)).toEqual([]);
    expect(text.trim().length, 'extraction found no article text').toBeGreaterThan(0);
    const recall = wordRecall(text, blocksText(blocks));
    recalls.push(recall);
    expect(recall, `missing: ${missingWords(text, blocksText(blocks)).join(' ')}`).toBeGreaterThanOrEqual(
      MIN_RECALL,
    );
  });

  it('covers every corpus page', () => {
    expect(corpusPages().length).toBeGreaterThan(0);
    expect(recalls.length).toBe(corpusPages().length);
  });
});
