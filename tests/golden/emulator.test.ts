import type { BlockObjectRequest } from '@notionhq/client';
import { describe, expect, it } from 'vitest';
import { capturePage } from '../../lib/capture/capture-page';
import { childrenOf, blockBody } from '../../lib/notion/api/request-types';
import { planRequests } from '../../lib/notion/plan';
import { resolveRefs, type LearnedByStep } from '../../lib/notion/plan/refs';
import { useEmulator } from '../../lib/notion/testing/emulator';
import { DEMO, type BlockTree } from '../notion-emulator';
import { CORPUS_URL, corpusPages, parseDocument, readCorpusFile } from './corpus';

// Every corpus page, saved whole: the promise is that no real page is ever refused.
const PAGES = corpusPages();

const emulator = useEmulator({ eachTest: 'as left' });

async function send(method: string, path: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${emulator.url}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${DEMO.integrations.main.secret}`,
      'Notion-Version': '2026-03-11',
      'Content-Type': 'application/json',
    },
    body: body === null || method === 'GET' ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

/** Runs a plan step by step, as the queue will: refs filled from what earlier steps learned. */
async function run(blocks: BlockObjectRequest[], title: string): Promise<string> {
  const plan = planRequests(
    { kind: 'page', pageId: DEMO.ids.inboxPage, pageMode: 'child' },
    { title: { title: [{ type: 'text', text: { content: title } }] } },
    blocks,
  );
  const learned: LearnedByStep = {};
  for (const [index, step] of plan.steps.entries()) {
    const { status, json } = await send(step.method, resolveRefs(step.path, learned), resolveRefs(step.body, learned));
    expect(status, `step ${index} ${step.method} ${step.path}: ${JSON.stringify(json).slice(0, 300)}`).toBe(200);
    const results = Array.isArray(json.results) ? (json.results as { id: string }[]) : [];
    learned[index] = {
      id: typeof json.id === 'string' ? json.id : undefined,
      results: Object.fromEntries(results.map((result, i) => [i, result.id])),
      next_cursor: typeof json.next_cursor === 'string' ? json.next_cursor : null,
    };
  }
  return resolveRefs(plan.pageRef, learned);
}

/** Blocks counted by type, table rows included, at every depth. */
function countSent(blocks: readonly BlockObjectRequest[], out = new Map<string, number>()) {
  for (const block of blocks) {
    const type = blockBody(block)?.type ?? '?';
    out.set(type, (out.get(type) ?? 0) + 1);
    countSent(childrenOf(block), out);
  }
  return out;
}
function countStored(tree: readonly BlockTree[], out = new Map<string, number>()) {
  for (const block of tree) {
    const type = String(block.type);
    out.set(type, (out.get(type) ?? 0) + 1);
    countStored(block.children, out);
  }
  return out;
}

describe('converted corpus pages saved through the request plan', () => {
  it('are refused by the emulator when a limit is broken (the check is real)', async () => {
    const { status, json } = await send('POST', '/v1/pages', {
      parent: { page_id: DEMO.ids.inboxPage },
      properties: { title: { title: [{ text: { content: 'too long' } }] } },
      children: [{ paragraph: { rich_text: [{ text: { content: 'x'.repeat(2001) } }] } }],
    });
    expect(status).toBe(400);
    expect(json.code).toBe('validation_error');
  });

  it.each(PAGES)('%s is accepted whole', async (page) => {
    const doc = parseDocument(readCorpusFile(page, 'source.html'));
    const { blocks, metadata } = capturePage(doc, { mode: 'article' }, { url: CORPUS_URL });
    const pageId = await run(blocks, metadata.title.slice(0, 2000) || page);
    const stored = emulator.getPageTree(pageId);
    expect(stored).not.toBeNull();
    expect(countStored(stored!.blocks)).toEqual(countSent(blocks));
  });
});
