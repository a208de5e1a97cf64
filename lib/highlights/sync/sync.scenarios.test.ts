/**
 * The highlight sync's promise under interleavings fast-check chooses: the person adds,
 * recolours, annotates and deletes highlights while syncs run (two at once, too), Notion
 * fails in its documented ways (429, a 503 after the write, a connection dropped before
 * or after the write, a 500), and the worker is stopped at any await. After every run,
 * once Notion answers again, the page holds exactly the person's highlights, once each,
 * each in its colour with its note — and a last sync sends nothing.
 *
 * `QC_RUNS=5000` to hunt; a failure prints its seed and path for `QC_SEED` / `QC_PATH`.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { FaultAction } from '../../../tests/notion-emulator/index';
import { createHighlight, HIGHLIGHT_COLORS, type Highlight, type HighlightColor } from '../index';
import { blockColor, blockMarker } from './blocks';
import { NOTION_PAGE, SYNC_POLICY, SyncWorld } from './testing/sync-world';

interface Model {
  count: number;
}

let made = 0;

function highlightFor(n: number, color: HighlightColor, note: string | null): Highlight {
  const exact = `Passage number ${n} of the article`;
  return createHighlight({
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    now: new Date(Date.UTC(2026, 11, 1)),
    color,
    ...(note ? { note } : {}),
    target: {
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: n * 40, end: n * 40 + exact.length },
    },
  });
}

type Command = fc.AsyncCommand<Model, SyncWorld>;
const kicks: Promise<unknown>[] = [];

/** A sync asked for and not awaited: the person goes on meanwhile. */
function kick(world: SyncWorld): void {
  kicks.push(world.current.engine.sync('https://example.com/article').catch(() => undefined));
}

class Add implements Command {
  constructor(
    readonly color: HighlightColor,
    readonly note: string | null,
  ) {}
  check = () => true;
  async run(model: Model, world: SyncWorld) {
    model.count += 1;
    const highlight = highlightFor((made += 1), this.color, this.note);
    await world.change((list) => [...list, highlight]);
    kick(world);
  }
  toString = () => `add(${this.color}, ${JSON.stringify(this.note)})`;
}

class Edit implements Command {
  constructor(
    readonly pick: number,
    readonly color: HighlightColor | null,
    readonly note: string | null,
  ) {}
  check = (model: Model) => model.count > 0;
  async run(_model: Model, world: SyncWorld) {
    await world.change((list) => {
      if (list.length === 0) return list;
      const i = this.pick % list.length;
      const { note: _old, ...rest } = list[i]!;
      const next: Highlight = {
        ...rest,
        color: this.color ?? rest.color,
        ...(this.note ? { note: this.note } : {}),
      };
      return list.map((h, k) => (k === i ? next : h));
    });
    kick(world);
  }
  toString = () => `edit(${this.pick}, ${this.color}, ${JSON.stringify(this.note)})`;
}

class Delete implements Command {
  constructor(readonly pick: number) {}
  check = (model: Model) => model.count > 0;
  async run(model: Model, world: SyncWorld) {
    await world.change((list) => {
      if (list.length === 0) return list;
      model.count = list.length - 1;
      return list.filter((_h, k) => k !== this.pick % list.length);
    });
    kick(world);
  }
  toString = () => `delete(${this.pick})`;
}

class Sync implements Command {
  check = () => true;
  async run(_model: Model, world: SyncWorld) {
    kick(world);
  }
  toString = () => 'sync';
}

class Fault implements Command {
  constructor(
    readonly method: 'PATCH' | 'DELETE' | 'GET' | '*',
    readonly action: FaultAction,
  ) {}
  check = () => true;
  async run(_model: Model, world: SyncWorld) {
    world.emulator.injectFault({ method: this.method, path: '/v1/blocks/**', action: this.action });
  }
  toString = () => `fault(${this.method} ${JSON.stringify(this.action)})`;
}

class Restart implements Command {
  check = () => true;
  async run(_model: Model, world: SyncWorld) {
    world.restart();
    kick(world);
  }
  toString = () => 'restart';
}

class Later implements Command {
  constructor(readonly ms: number) {}
  check = () => true;
  async run(_model: Model, world: SyncWorld) {
    world.time += this.ms;
    kick(world);
  }
  toString = () => `later(${this.ms} ms)`;
}

const colors = fc.constantFrom(...HIGHLIGHT_COLORS);
const notes = fc.option(fc.constantFrom('why this matters', 'see chapter 2', 'quote in talk'), {
  nil: null,
});
const faults: fc.Arbitrary<FaultAction> = fc.constantFrom<FaultAction>(
  { type: 'status', status: 429, retryAfterSeconds: 1 },
  { type: '503-after-commit' },
  { type: 'drop' },
  { type: 'drop', afterCommit: true },
  { type: 'status', status: 500 },
);

const commands = fc.commands(
  [
    fc.tuple(colors, notes).map(([c, n]) => new Add(c, n)),
    fc
      .tuple(fc.nat(20), fc.option(colors, { nil: null }), notes)
      .map(([p, c, n]) => new Edit(p, c, n)),
    fc.nat(20).map((p) => new Delete(p)),
    fc.constant(new Sync()),
    fc
      .tuple(fc.constantFrom('PATCH', 'DELETE', 'GET', '*') as fc.Arbitrary<'PATCH'>, faults)
      .map(([m, a]) => new Fault(m, a)),
    fc.constant(new Restart()),
    fc.constantFrom(100, 2_000, SYNC_POLICY.settleMs + 1).map((ms) => new Later(ms)),
  ],
  { maxCommands: 14 },
);

/** What Notion's page holds: one line per highlight block, by marker. */
function notionBlocks(world: SyncWorld) {
  const tree = world.emulator.getPageTree(NOTION_PAGE);
  return (tree?.blocks ?? [])
    .filter((b) => blockMarker(b) !== null)
    .map((b) => {
      const quote = b.quote as { color: string; rich_text: Array<{ plain_text: string }> };
      const text = quote.rich_text.map((t) => t.plain_text).join('');
      return { marker: blockMarker(b)!, color: quote.color, text };
    });
}

async function finishAndCheck(world: SyncWorld): Promise<void> {
  world.emulator.clearFaults();
  // Notion answers again: syncs (past every wait) until one ends with nothing left to do.
  let end = '';
  for (let round = 0; round < 12 && end !== 'synced'; round += 1) {
    world.time += 10 * 60_000;
    end = await world.current.engine.sync('https://example.com/article');
  }
  expect(end, 'the last sync ends synced').toBe('synced');
  const blocks = notionBlocks(world);
  const markers = blocks.map((b) => b.marker);
  expect(new Set(markers).size, 'each highlight once in Notion').toBe(markers.length);
  expect([...markers].sort()).toEqual(world.highlights.map((h) => h.id).sort());
  for (const highlight of world.highlights) {
    const block = blocks.find((b) => b.marker === highlight.id)!;
    expect(block.color).toBe(blockColor(highlight.color));
    const text = highlight.target.quote.exact + (highlight.note ? `\n${highlight.note}` : '');
    expect(block.text).toBe(text);
  }
  // Synced: a sync now sends nothing.
  const before = world.emulator.requestLog().length;
  expect(await world.current.engine.sync('https://example.com/article')).toBe('synced');
  expect(world.emulator.requestLog().length).toBe(before);
}

const worlds: SyncWorld[] = [];
afterEach(async () => {
  await Promise.all(worlds.splice(0).map((w) => w.close()));
});

const RUNS = Number(process.env.QC_RUNS ?? 150);

describe('the highlight sync under interleavings chosen by fast-check', () => {
  it('ends with exactly the person’s highlights in Notion, once each, whatever fails', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), commands, async (s, cmds) => {
        const world = await SyncWorld.create(s);
        worlds.push(world);
        made = 0;
        kicks.length = 0;
        try {
          const scenario = (async () => {
            const model: Model = { count: 0 };
            for (const command of cmds) {
              await s.schedule(Promise.resolve(), 'the person acts');
              if (command.check(model)) await command.run(model, world);
            }
            await finishAndCheck(world);
          })();
          await s.waitFor(scenario);
          await s.waitIdle();
        } finally {
          await Promise.all(worlds.splice(0).map((w) => w.close()));
        }
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
