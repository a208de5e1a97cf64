/**
 * The queue's promise under interleavings a test chooses: fast-check picks a run of
 * what people and the world do (save, save the same page again, retry, discard, edit,
 * the worker stopped, Notion failing in its documented ways, offline spells) and, with
 * its scheduler, the order in which every awaited thing comes back (Notion's answers,
 * storage, timers). A popup follows every capture it saved, as the real one does.
 * After every run:
 *
 * - each capture the queue acknowledged is in the history exactly once, and no popup
 *   following it was told it is gone;
 * - each saved capture names its own page (or Inbox section), which has its title and
 *   all its blocks, once;
 * - Notion has each capture at most once (exactly once unless it was discarded);
 * - a worker started afterwards reads the same history from storage.
 *
 * Failures these runs found are kept as plain scenarios in `overlap.test.ts` (a seed's
 * path stops replaying when the commands change; a scenario does not): three saves at
 * once, a save while another finishes, an edit after an unanswered creation, settling
 * before the outbox is read, and the same page saved twice with both creations
 * unanswered.
 *
 * Replaying a failure: `QC_SEED=… QC_PATH=… QC_REPLAY=<replayPath> QC_RUNS=<as run>`,
 * with `QC_TRACE=1` for every worker's storage calls and `QC_TRACE_RUNS=1` for slow runs.
 */
import { isNotionClientError, type BlockObjectRequest } from '@notionhq/client';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO } from '../../../tests/notion-emulator';
import type { FaultAction } from '../../../tests/notion-emulator';
import { paragraphs } from '../../notion/plan/testing/fixtures';
import { followCapture } from '../../../components/popup/follow-capture';
import { ProtocolError, type CaptureStatusView } from '../../messaging';
import { Problem, describeProblem } from '../../problems';
import { captureOf, childPages, inbox, readingList, rowProperties } from '../testing/harness';
import { ScheduledWorld, lastRunSteps, type Instance } from '../testing/scheduled-world';
import { blockSignature } from '../runner/signature';
import type { HistoryEntry } from '../types';

interface Save {
  title: string;
  /** A database row, a child page of the Inbox, or a section appended to the Inbox. */
  target: 'row' | 'child' | 'section';
  blocks: number;
  /** The job id once `enqueue` answered (the popup's acknowledgment). */
  jobId: string | null;
}

interface Model {
  saves: Save[];
}

interface Real {
  world: ScheduledWorld;
  /** Calls started by commands, by the worker that took them; settled before the checks. */
  calls: Array<{ worker: Instance; done: Promise<unknown> }>;
  /** What went wrong while it ran (a popup told "gone", an unexpected error). */
  violations: string[];
  /** Popups following their captures. */
  following: Promise<void>[];
}

// What a person's change of a capture may answer when the capture moved on meanwhile.
const EXPECTED_REFUSALS = new Set([
  'CaptureGone',
  'CaptureBusy',
  'CaptureAlreadyCreated',
  'CaptureOutcomeUnknown',
]);

function expectedRefusal(error: unknown): boolean {
  if (error instanceof Problem) return EXPECTED_REFUSALS.has(error.code);
  // An edit reads the schema first; Notion may refuse that read, or the connection
  // break (the person is told, and the capture stays as it was).
  if (isNotionClientError(error)) return true;
  if (error instanceof TypeError && error.message.startsWith('fetch failed')) return true;
  return error instanceof Error && error.message === 'The worker was stopped.';
}

function track(real: Real, call: Promise<unknown>, what: string): void {
  const done = call.catch((error: unknown) => {
    if (!expectedRefusal(error)) real.violations.push(`${what}: ${String(error)}`);
  });
  real.calls.push({ worker: real.world.current, done });
}

const blocksOf = (save: Save): BlockObjectRequest[] => paragraphs(save.blocks, save.title);

class SaveCommand implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly target: Save['target'],
    readonly long: boolean,
    readonly again: boolean,
  ) {}
  check = () => true;
  async run(model: Model, real: Real): Promise<void> {
    const previous = model.saves.at(-1);
    const save: Save = {
      title: this.again && previous ? previous.title : `Capture ${model.saves.length + 1}`,
      target: this.again && previous ? previous.target : this.target,
      blocks: this.long ? 130 : 2,
      jobId: null,
    };
    model.saves.push(save);
    const input =
      save.target === 'row'
        ? {
            ...captureOf(readingList, save.title, blocksOf(save)),
            // As the popup sends them: the form's values, built into properties by the
            // queue against the schema it reads from Notion.
            inputs: {
              title: { type: 'title' as const, text: save.title },
              [DEMO.properties.readingList.url]: {
                type: 'url' as const,
                text: `https://example.com/${save.title.toLowerCase().replace(/\W+/g, '-')}`,
              },
            },
          }
        : captureOf(save.target === 'child' ? childPages : inbox, save.title, blocksOf(save));
    // Built as the background builds them before it queues (from the cached schema).
    const properties = save.target === 'row' ? rowProperties(save.title) : undefined;
    const worker = real.world.current;
    const call = real.world
      .as((queue) => queue.enqueue(input, properties))
      .then((state) => {
        // A worker stopped before it answered cannot tell the popup the job id.
        if (worker.dead) return;
        save.jobId = state.id;
        followLikeAPopup(real, save, state.id);
      });
    track(real, call, `save ${save.title}`);
  }
  toString = () => `save(${this.target}${this.long ? ', long' : ''}${this.again ? ', again' : ''})`;
}

class RestartCommand implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(_model: Model, real: Real): Promise<void> {
    real.world.restart();
  }
  toString = () => 'worker stopped';
}

type FaultKind = '429' | '500' | '500-storm' | '503-after-commit' | 'drop' | 'drop-after-commit';

const FAULTS: Record<
  FaultKind,
  { method?: string; path: string; times: number; action: FaultAction }
> = {
  '429': {
    path: '/v1/**',
    times: 1,
    action: { type: 'status', status: 429, retryAfterSeconds: 1 },
  },
  '500': { path: '/v1/**', times: 1, action: { type: 'status', status: 500 } },
  // More failures in a row than the policy tries: the capture needs attention.
  '500-storm': { path: '/v1/**', times: 8, action: { type: 'status', status: 500 } },
  '503-after-commit': { path: '/v1/**', times: 1, action: { type: '503-after-commit' } },
  drop: { path: '/v1/**', times: 1, action: { type: 'drop' } },
  'drop-after-commit': { path: '/v1/**', times: 1, action: { type: 'drop', afterCommit: true } },
};

class FaultCommand implements fc.AsyncCommand<Model, Real> {
  constructor(readonly kind: FaultKind) {}
  check = () => true;
  async run(_model: Model, real: Real): Promise<void> {
    real.world.emulator.injectFault(FAULTS[this.kind]);
  }
  toString = () => `fault(${this.kind})`;
}

type Change = 'retry' | 'discard' | 'edit';

class ChangeCommand implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly change: Change,
    readonly pick: number,
  ) {}
  check = (model: Readonly<Model>) => model.saves.some((s) => s.jobId !== null);
  async run(model: Model, real: Real): Promise<void> {
    const known = model.saves.filter((s) => s.jobId !== null);
    const save = known[this.pick % known.length]!;
    const id = save.jobId!;
    const call = real.world.as((queue) =>
      this.change === 'retry'
        ? queue.retry(id)
        : this.change === 'discard'
          ? queue.discard(id)
          : queue.editAndRetry(id, { title: `${save.title} (edited)` }),
    );
    track(real, call, `${this.change} ${save.title}`);
  }
  toString = () => `${this.change}(#${this.pick})`;
}

class OfflineCommand implements fc.AsyncCommand<Model, Real> {
  constructor(readonly online: boolean) {}
  check = () => true;
  async run(_model: Model, real: Real): Promise<void> {
    real.world.online = this.online;
    if (this.online) real.world.as((queue) => queue.wake());
  }
  toString = () => (this.online ? 'back online' : 'offline');
}

const commands = fc.commands(
  [
    fc
      .tuple(
        fc.constantFrom('row' as const, 'child' as const, 'section' as const),
        fc.boolean(),
        fc.boolean(),
      )
      .map(([target, long, again]) => new SaveCommand(target, long, again)),
    fc.constant(new RestartCommand()),
    fc
      .constantFrom<FaultKind>(
        '429',
        '500',
        '500-storm',
        '503-after-commit',
        'drop',
        'drop-after-commit',
      )
      .map((kind) => new FaultCommand(kind)),
    fc
      .tuple(fc.constantFrom<Change>('retry', 'discard', 'edit'), fc.nat(20))
      .map(([change, pick]) => new ChangeCommand(change, pick)),
    fc.boolean().map((online) => new OfflineCommand(online)),
  ],
  { maxCommands: 14, ...(process.env.QC_REPLAY ? { replayPath: process.env.QC_REPLAY } : {}) },
);

/**
 * A popup following a capture it saved, with the popup's own `followCapture`: it asks
 * the current worker (as the browser routes its message) until the capture is done.
 */
function followLikeAPopup(real: Real, save: Save, jobId: string): void {
  const { world } = real;
  const ask = async (id: string): Promise<CaptureStatusView> => {
    const worker = world.current;
    const lines = await world
      .as(async (queue) => {
        await queue.start();
        return queue.list();
      })
      .catch(() => null);
    // A worker stopped while answering answers nothing: the popup asks again.
    if (lines === null || worker.dead) throw new Error('The background did not answer.');
    const line = lines.find((l) => l.id === id);
    if (!line) throw new ProtocolError(describeProblem(new Problem('CaptureGone'), 'en'));
    return {
      status: line.status,
      pageUrl: line.pageUrl,
      failure: null,
      targetTitle: '',
      wait: null,
      remedy: null,
      undoable: false,
    };
  };
  const followed = followCapture(
    jobId,
    {
      ask,
      show: () => true,
      pause: () => world.s.schedule(Promise.resolve(), 'the popup asks again'),
    },
    () => ({ title: 'unanswered', detail: '', action: '' }),
  ).then((failure) => {
    // Not hearing from the background is the truth; being told "gone" is not.
    if (failure && failure.title !== 'unanswered') {
      real.violations.push(`a popup was told ${save.title} (${jobId}): ${failure.title}`);
    }
  });
  real.following.push(followed);
}

function titleOf(page: Record<string, unknown>): string {
  const properties = page.properties as Record<
    string,
    { type: string; title?: Array<{ plain_text: string }> }
  >;
  const title = Object.values(properties).find((p) => p.type === 'title');
  return (title?.title ?? []).map((t) => t.plain_text).join('');
}

/** Every page the captures could have made, by title. */
function pagesByTitle(world: ScheduledWorld): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const pages = [
    ...world.emulator.listPages({ dataSource: DEMO.ids.readingListDataSource }),
    ...world.emulator.listPages({ parent: DEMO.ids.inboxPage }),
  ];
  for (const page of pages) {
    const title = titleOf(page);
    if (!title.startsWith('Capture ')) continue;
    out.set(title, [...(out.get(title) ?? []), String(page.id)]);
  }
  return out;
}

/** The Inbox's sections (a heading per capture), by title: the paragraphs each holds. */
function sectionsByTitle(world: ScheduledWorld): Map<string, number[]> {
  const out = new Map<string, number[]>();
  let current: string | null = null;
  for (const block of world.emulator.getPageTree(DEMO.ids.inboxPage)?.blocks ?? []) {
    const line = blockSignature(block as unknown as Record<string, unknown>);
    if (block.type === 'heading_3') {
      const title = line.slice('heading_3:'.length);
      current = title.startsWith('Capture ') ? title : null;
      if (current) out.set(current, [...(out.get(current) ?? []), 0]);
    } else if (current && block.type === 'paragraph') {
      const counts = out.get(current)!;
      counts[counts.length - 1]! += 1;
    }
  }
  return out;
}

/** Heals the world, lets every capture finish, and checks what it ended with. */
async function finishAndCheck(model: Model, real: Real): Promise<void> {
  const { world } = real;
  // A stopped worker never answers what it was asked; the others do.
  await Promise.all(real.calls.filter((c) => !c.worker.dead).map((c) => c.done));
  world.emulator.clearFaults();
  world.online = true;
  world.as((queue) => queue.wake());
  await world.as((queue) => queue.settled());
  // A person retries what needs attention once Notion works again.
  const parked = world.as((queue) => queue.list()).filter((l) => l.status === 'needs_attention');
  for (const line of parked) await world.as((queue) => queue.retry(line.id));
  await world.as((queue) => queue.settled());
  const inMemory = world.as((queue) => queue.list());
  // A worker started now reads the same from storage.
  world.restart();
  const lines: HistoryEntry[] = await world.as(async (queue) => {
    await queue.start();
    return queue.list();
  });
  expect(lines.map((l) => [l.id, l.status, l.pageId])).toEqual(
    inMemory.map((l) => [l.id, l.status, l.pageId]),
  );

  for (const save of model.saves) {
    if (save.jobId === null) continue;
    expect(
      lines.filter((l) => l.id === save.jobId),
      `${save.title} in the history`,
    ).toHaveLength(1);
  }
  for (const line of lines) {
    expect(['saved', 'discarded'], `${line.title} ends ${line.status}`).toContain(line.status);
  }
  const inSections = (l: HistoryEntry) => l.targetId === inbox.id;
  const sections = sectionsByTitle(world);
  for (const title of new Set([
    ...sections.keys(),
    ...lines.filter(inSections).map((l) => l.title),
  ])) {
    const ours = lines.filter((l) => inSections(l) && l.title === title);
    const saved = ours.filter((l) => l.status === 'saved');
    const found = sections.get(title) ?? [];
    expect(found.length, `sections titled ${title}`).toBeGreaterThanOrEqual(saved.length);
    expect(found.length, `sections titled ${title}`).toBeLessThanOrEqual(ours.length);
    if (saved.length === ours.length) {
      // Nothing discarded half-way: each section holds all of one capture's blocks.
      const expected = saved.map((l) => model.saves.find((m) => m.jobId === l.id)?.blocks);
      if (expected.every((n) => n !== undefined)) {
        expect([...found].sort(), `blocks under ${title}`).toEqual([...expected].sort());
      }
    }
  }
  const saved = lines.filter((l) => l.status === 'saved' && !inSections(l));
  const pageIds = saved.map((l) => l.pageId);
  expect(new Set(pageIds).size, 'each saved capture has a page of its own').toBe(saved.length);
  const pages = pagesByTitle(world);
  for (const line of saved) {
    expect(pages.get(line.title) ?? [], `${line.title} names its page`).toContain(line.pageId);
    const save = model.saves.find((s) => s.jobId === line.id);
    const tree = world.emulator.getPageTree(line.pageId!);
    const blocks = (tree?.blocks ?? []).filter((b) => b.type === 'paragraph');
    if (save) expect(blocks.length, `${line.title} has all its blocks, once`).toBe(save.blocks);
  }
  const ownPages = lines.filter((l) => !inSections(l));
  const titles = new Set([...pages.keys(), ...ownPages.map((l) => l.title)]);
  for (const title of titles) {
    const count = pages.get(title)?.length ?? 0;
    const savedCount = saved.filter((l) => l.title === title).length;
    const discarded = ownPages.filter((l) => l.title === title && l.status === 'discarded').length;
    expect(count, `pages titled ${title}`).toBeGreaterThanOrEqual(savedCount);
    expect(count, `pages titled ${title}`).toBeLessThanOrEqual(savedCount + discarded);
  }
  await Promise.all(real.following);
  expect(real.violations).toEqual([]);
}

async function runScenario(s: fc.Scheduler, cmds: Iterable<fc.AsyncCommand<Model, Real>>) {
  const began = Date.now();
  const world = await ScheduledWorld.create(s);
  worlds.push(world);
  const model: Model = { saves: [] };
  const real: Real = { world, calls: [], violations: [], following: [] };
  const scenario = (async () => {
    for (const command of cmds) {
      await s.schedule(Promise.resolve(), 'the person acts');
      if (await command.check(model)) await command.run(model, real);
    }
    await finishAndCheck(model, real);
  })();
  try {
    await s.waitFor(scenario);
    // What stopped workers left under way (their storage calls hold the store's lock)
    // runs to its end, so the next run starts from a quiet world.
    await s.waitIdle();
  } finally {
    if (process.env.QC_TRACE_RUNS && Date.now() - began > 300) {
      const steps = `${Date.now() - began} ms, ${lastRunSteps} steps`;
      console.log(`slow run (${steps}):`, [...cmds].map(String).join(', '));
    }
  }
}

const worlds: ScheduledWorld[] = [];

// A few seconds in every `npm test`; `QC_RUNS=20000` to hunt.
const RUNS = Number(process.env.QC_RUNS ?? 300);
afterEach(async () => {
  await Promise.all(worlds.splice(0).map((w) => w.close()));
});

describe('the queue under interleavings chosen by fast-check', () => {
  it(
    'keeps every capture once in Notion and once in the history, whatever the order',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.scheduler(), commands, async (s, cmds) => {
          try {
            await runScenario(s, cmds);
          } finally {
            await Promise.all(worlds.splice(0).map((w) => w.close()));
          }
        }),
        {
          numRuns: RUNS,
          ...(process.env.QC_SEED
            ? { seed: Number(process.env.QC_SEED), path: process.env.QC_PATH, endOnFailure: true }
            : {}),
        },
      );
    },
    Math.max(120_000, RUNS * 1_000),
  );
});
