/**
 * One page's re-anchoring trial, shared by the golden tests and the benchmark: passages
 * are highlighted on the original page (through `describe`, as a selection would be),
 * then found again on changed copies by each locator given, and every placement is
 * judged against where the markers say the passage went.
 *
 * A placement is right when it covers exactly the passage's new span, or — after the
 * passage itself was edited — when the two overlap by at least `EDITED_OVERLAP`
 * (intersection over union: an edit at the passage's edge may move an end by a word),
 * or when it lies inside the new span and covers at least `EDITED_WITHIN` of it (a word
 * added or changed at an edge left out: nothing but the passage is drawn).
 * So is a copy the stored selectors cannot tell from it (`identical`). Anything else
 * placed is misplaced.
 */
import { describe } from '../describe';
import type { HighlightTarget } from '../model';
import { indexText, type TextIndex } from '../text/text-index';
import { boundsOf, type TextBounds } from '../text/text-map';
import { markPassages, readMarkers } from './markers';
import { mutate, type MutationKind } from './mutations';
import { pickPassages, type Passage, type PassageKind } from './passages';
import { seededRandom, seedOf } from './random';

export const EDITED_OVERLAP = 0.8;
export const EDITED_WITHIN = 0.5;

export interface Span {
  start: number;
  end: number;
}

/** Finds a target in a page (ours through `locate`, or a peer for comparison). */
export type Locator = (doc: Document, index: TextIndex, target: HighlightTarget) => Span | null;

export type PlacementVerdict =
  /** Placed on the passage. */
  | 'placed'
  /** Placed on other text. */
  | 'misplaced'
  /** Not placed though the passage is there. */
  | 'missed'
  /** Not placed, rightly: the passage was removed. */
  | 'rejected';

export interface Outcome {
  page: string;
  passage: PassageKind;
  mutation: MutationKind;
  exact: string;
  expected: Span | null;
  found: Span | null;
  /** The changed page's text at `expected` and at `found`, for failure messages. */
  expectedText: string;
  foundText: string;
  verdict: PlacementVerdict;
  /** Milliseconds the locator took. */
  ms: number;
}

export interface PageTrial {
  /** Passages highlighted on the original (each one became a target). */
  targets: HighlightTarget[];
  /** Passages `describe` refused or described wrongly (should be none). */
  describeFailures: string[];
  /** Milliseconds to read the text of each changed copy. */
  indexMs: number[];
  outcomes: Record<string, Outcome[]>;
}

export interface TrialOptions {
  page: string;
  html: string;
  parse: (html: string) => Document;
  perKind: number;
  mutations: readonly MutationKind[];
  locators: Record<string, Locator>;
  seed?: number;
}

/** Sometimes express a boundary as a browser often does: a child index in an element. */
function asSelection(bounds: TextBounds, random: () => number): AbstractRange {
  const range = { ...bounds, collapsed: false };
  const childIndex = (node: Node) => [...node.parentNode!.childNodes].indexOf(node as ChildNode);
  if (random() < 0.5 && bounds.startOffset === 0) {
    range.startContainer = bounds.startContainer.parentNode!;
    range.startOffset = childIndex(bounds.startContainer);
  }
  const length = (bounds.endContainer as CharacterData).data.length;
  if (random() < 0.5 && bounds.endOffset === length) {
    range.endContainer = bounds.endContainer.parentNode!;
    range.endOffset = childIndex(bounds.endContainer) + 1;
  }
  return range;
}

function overlap(a: Span, b: Span): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

/**
 * True when nothing the selectors hold tells the two spans apart: the same words with
 * the same context on both sides, as far as the stored context reaches. A page can
 * repeat a passage word for word (a paragraph printed twice); swapping the copies
 * changes nothing any anchoring could see, so the other copy is the same text.
 */
function identical(text: string, a: Span, b: Span, target: HighlightTarget): boolean {
  const { prefix, suffix } = target.quote;
  const around = (span: Span) =>
    [
      text.slice(Math.max(0, span.start - prefix.length), span.start),
      text.slice(span.start, span.end),
      text.slice(span.end, span.end + suffix.length),
    ].join('\u0000');
  return around(a) === around(b);
}

/**
 * True when the span and its context read exactly what was highlighted: a copy of the
 * passage as it was (a menu printed twice, say, one copy edited since). The selectors
 * cannot tell it from the original, and it shows the reader the words they marked.
 */
function unchangedCopy(text: string, span: Span, target: HighlightTarget): boolean {
  const { exact, prefix, suffix } = target.quote;
  return (
    text.slice(span.start, span.end) === exact &&
    text.slice(Math.max(0, span.start - prefix.length), span.start) === prefix &&
    text.slice(span.end, span.end + suffix.length) === suffix
  );
}

function judge(
  mutation: MutationKind,
  text: string,
  target: HighlightTarget,
  expected: Span | null,
  found: Span | null,
): PlacementVerdict {
  if (mutation === 'removed') return found ? 'misplaced' : 'rejected';
  if (!found) return 'missed';
  if (!expected) return 'misplaced';
  if (found.start === expected.start && found.end === expected.end) return 'placed';
  if (identical(text, found, expected, target) || unchangedCopy(text, found, target))
    return 'placed';
  if (mutation !== 'edit_passage') return 'misplaced';
  // Inside the passage's new span and most of it (an edited word at an edge left out, or
  // one added there): nothing but the passage is drawn.
  const within = expected.start <= found.start && found.end <= expected.end;
  const covered = (found.end - found.start) / (expected.end - expected.start);
  if (within && covered >= EDITED_WITHIN) return 'placed';
  return overlap(found, expected) >= EDITED_OVERLAP ? 'placed' : 'misplaced';
}

/** Runs the trial of one page. */
export function runTrial(options: TrialOptions): PageTrial {
  const { page, html, parse, perKind, mutations, locators } = options;
  const seed = (options.seed ?? 1) ^ seedOf(page);
  const random = seededRandom(seed);
  const original = parse(html);
  const index = indexText(original);
  const passages = pickPassages(original, index, random, perKind);
  const targets: HighlightTarget[] = [];
  const kept: Passage[] = [];
  const describeFailures: string[] = [];
  for (const passage of passages) {
    const bounds = boundsOf(index, passage.start, passage.end)!;
    const described = describe(asSelection(bounds, random), index);
    const exact = index.text.slice(passage.start, passage.end);
    if (!described.ok) describeFailures.push(`${passage.kind}: refused (${described.reason})`);
    else if (described.target.quote.exact !== exact)
      describeFailures.push(
        `${passage.kind}: described ${JSON.stringify(described.target.quote.exact)}, selected ${JSON.stringify(exact)}`,
      );
    else {
      targets.push(described.target);
      kept.push(passage);
    }
  }
  const unique = targets.map(
    (t) => index.text.indexOf(t.quote.exact, index.text.indexOf(t.quote.exact) + 1) === -1,
  );

  const outcomes: Record<string, Outcome[]> = Object.fromEntries(
    Object.keys(locators).map((name) => [name, []]),
  );
  const indexMs: number[] = [];
  mutations.forEach((mutation, m) => {
    const doc = parse(html);
    markPassages(doc, kept);
    mutate(doc, mutation, kept.length, seededRandom(seed + 7919 * (m + 1)));
    const expected = readMarkers(doc, kept.length);
    const started = performance.now();
    const changed = indexText(doc);
    indexMs.push(performance.now() - started);
    targets.forEach((target, i) => {
      // The removal control only counts passages found once: a repeat is rightly found.
      if (mutation === 'removed' && !unique[i]) return;
      // A change that took a passage's text away is not a trial of it.
      if (mutation !== 'removed' && !expected[i]) return;
      for (const [name, locator] of Object.entries(locators)) {
        const t0 = performance.now();
        const found = locator(doc, changed, target);
        const ms = performance.now() - t0;
        outcomes[name]!.push({
          page,
          passage: kept[i]!.kind,
          mutation,
          exact: target.quote.exact,
          expected: expected[i] ?? null,
          found,
          expectedText: expected[i] ? changed.text.slice(expected[i].start, expected[i].end) : '',
          foundText: found ? changed.text.slice(found.start, found.end) : '',
          verdict: judge(mutation, changed.text, target, expected[i] ?? null, found),
          ms,
        });
      }
    });
  });
  return { targets, describeFailures, indexMs, outcomes };
}
