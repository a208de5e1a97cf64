/**
 * Request planning benchmark: every corpus page captured as the extension does it
 * (article mode), planned for each kind of target, against the counting lower bound
 * (`lowerBoundRequests`, which never runs the planner) — with images linked (the
 * default), and again with "Copy images into Notion" on, where each image adds its two
 * upload requests to the plan and to the bound.
 *
 *   npx tsx tests/bench/plan.ts      (or `npm run bench -- plan`)
 */
import { pathToFileURL } from 'node:url';
import '../../lib/capture/page/defuddle-per-page';
import { capturePage } from '../../lib/capture/capture-page';
import { planRequests } from '../../lib/notion/plan';
import { lowerBoundRequests } from '../../lib/notion/plan/testing/bound';
import type { PlanTarget } from '../../lib/notion/plan/types';
import { captureImages } from '../../lib/queue/images/job-images';
import { CORPUS_URL, corpusPages, parseDocument, readCorpusFile } from '../golden/corpus';

const TARGETS: PlanTarget[] = [
  { kind: 'data_source', dataSourceId: '5dcac54d-0270-407f-9f4e-abbf42287dff' },
  { kind: 'page', pageId: 'd1da973d-41ae-46af-b836-e0e9a91149d5', pageMode: 'child' },
  { kind: 'page', pageId: 'd1da973d-41ae-46af-b836-e0e9a91149d5', pageMode: 'append' },
];

/** Figures for bench-results.json, keys prefixed `plan.`. */
export async function benchPlan(): Promise<Record<string, number>> {
  let planned = 0;
  let bound = 0;
  let worst = 1;
  let planMs = 0;
  let captures = 0;
  let uploadsPlanned = 0;
  let uploadsBound = 0;
  let uploads = 0;
  for (const page of corpusPages()) {
    const doc = parseDocument(readCorpusFile(page, 'source.html'));
    const { blocks, metadata } = capturePage(doc, { mode: 'article' }, { url: CORPUS_URL });
    const title = metadata.title || page;
    for (const target of TARGETS) {
      const options = { source: { title, url: CORPUS_URL } };
      const started = performance.now();
      const plan = planRequests(
        target,
        { title: { title: [{ text: { content: title } }] } },
        blocks,
        options,
      );
      planMs += performance.now() - started;
      const lower = lowerBoundRequests(target, blocks, options);
      planned += plan.steps.length;
      bound += lower;
      worst = Math.max(worst, plan.steps.length / lower);
      captures += 1;
      const images = captureImages(blocks, [], null);
      const copying = { ...options, attachments: images.attachments };
      const properties = { title: { title: [{ text: { content: title } }] } };
      uploadsPlanned += planRequests(target, properties, images.blocks, copying).steps.length;
      uploadsBound += lowerBoundRequests(target, images.blocks, copying);
      uploads += images.attachments.length;
    }
  }
  const figures = {
    'plan.requests_vs_lower_bound': Number((planned / bound).toFixed(4)),
    'plan.requests_vs_lower_bound_copying_images': Number(
      (uploadsPlanned / uploadsBound).toFixed(4),
    ),
    'plan.image_uploads_planned': uploads,
    'plan.worst_capture_ratio': Number(worst.toFixed(4)),
    'plan.requests_planned': planned,
    'plan.captures': captures,
    'plan.mean_plan_ms': Number((planMs / captures).toFixed(3)),
  };
  for (const [key, value] of Object.entries(figures)) console.log(`  ${key}: ${value}`);
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchPlan();
