/**
 * `npm run bench`: every speed and size figure, each measured side by side with the peer
 * it names in the same run, written to `bench-results.json` (and printed). Goals are
 * printed beside the figures; a missed goal does not fail the run — it is a finding.
 *
 * `npm run bench -- convert plan` runs only the named groups (the file keeps the others).
 */
import '../setup/catalog';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { benchBatch } from './batch';
import { benchCapture } from './capture';
import { benchConvert } from './convert';
import { benchExtract } from './extract';
import { benchHighlights } from './highlights';
import { benchPlan } from './plan';
import { benchPopup } from './popup';
import { benchQueue } from './queue';
import { benchQueueBudget } from './queue-budget';

type Figures = Record<string, number>;

const groups: Record<string, () => Promise<Figures>> = {
  convert: benchConvert,
  extract: benchExtract,
  plan: benchPlan,
  queue: benchQueue,
  'queue-budget': benchQueueBudget,
  popup: benchPopup,
  capture: benchCapture,
  highlights: benchHighlights,
  batch: benchBatch,
};

/** Goals from the issues, as [comparison, value]. */
const GOALS: Record<string, ['≥' | '≤' | '=', number]> = {
  'convert.speedup_vs_turndown_martian': ['≥', 3],
  'convert.limit_violations': ['=', 0],
  'convert.recall_min': ['≥', 0.99],
  'extract.chromium.capture.recall_min': ['≥', 0.95],
  'plan.requests_vs_lower_bound': ['=', 1],
  'plan.requests_vs_lower_bound_copying_images': ['=', 1],
  'queue.throughput_ratio': ['≥', 0.95],
  'queue.rate_limited_responses': ['=', 0],
  'queue.requests_per_capture_ratio': ['=', 1],
  'queue.duplicates': ['=', 0],
  'queue.lost': ['=', 0],
  'queue.peak_requests_per_minute': ['≤', 180],
  'queue.shared_budget_rate_limited': ['=', 0],
  'queue.offline_backlog_mb': ['≥', 50],
  'queue.offline_backlog_lost': ['=', 0],
  'queue.offline_backlog_duplicates': ['=', 0],
  'popup.first_render_ratio_vs_static': ['≤', 1.2],
  'popup.js_gzip_kb': ['≤', 90],
  'popup.css_gzip_kb': ['≤', 10],
  'capture.gesture_to_request_ms': ['≤', 100],
  'capture.gesture_to_request_ms_max': ['≤', 600],
  'capture.scaling_exponent': ['≤', 1.1],
  'capture.ms_5mb': ['≤', 10_000],
  'extract.ratio_vs_owc_pipeline': ['≤', 0.8],
  'highlights.reanchor_rate': ['≥', 0.98],
  'highlights.misplaced': ['=', 0],
};

function meets(value: number, [op, goal]: ['≥' | '≤' | '=', number]): boolean {
  if (op === '≥') return value >= goal;
  if (op === '≤') return value <= goal;
  return Math.abs(value - goal) < 1e-9;
}

const wanted = process.argv.slice(2);
// A partial run (named groups) updates its own figures and keeps the others.
const results: Figures =
  wanted.length > 0 && existsSync('bench-results.json')
    ? (JSON.parse(readFileSync('bench-results.json', 'utf8')) as Figures)
    : {};
for (const [name, run] of Object.entries(groups)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  Object.assign(results, await run());
  console.log(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

const sorted = Object.fromEntries(Object.entries(results).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync('bench-results.json', JSON.stringify(sorted, null, 2) + '\n');
console.log('\nbench-results.json');
for (const [key, value] of Object.entries(sorted)) {
  const goal = GOALS[key];
  const verdict = goal
    ? `  goal ${goal[0]} ${goal[1]}: ${meets(value, goal) ? 'met' : 'MISSED'}`
    : '';
  console.log(`  ${key.padEnd(44)} ${String(value).padStart(12)}${verdict}`);
}
