/**
 * Saving: waits for the page if its capture is still being read, hands the capture to
 * the queue — which checks the form first (`saveCapture` answers with the fields Notion
 * would refuse, and queues nothing then) — and follows it until Notion has it, or says
 * why not.
 */
import { toFailure } from '@/components/use-action';
import { sendMessage, type DescribedFailure, type RuleMatchView } from '@/lib/messaging';
import { followCapture } from './follow-capture';
import { Problem, describeProblem } from '@/lib/problems';
import { availableModes, captureFor, effectiveMode, needsPage } from './capture-choice';
import { popupFeatures } from './features';
import { orderTargets } from '../../lib/save/target-order';
import { readPage, takeScreenshot } from './page-reader';
import { ruleFor, ruleValuesFor } from './page-rule';
import { existingKey, useRemote } from './remote';
import { pageModeFor, targetFor } from '@/lib/save/rule-choice';
import { popupSaveRequest } from './save-input';
import { useSession } from './session';
import {
  useDefaultTargetStore,
  useRecentTargetsStore,
  useSchemasStore,
  useSettingsStore,
  useTargetsStore,
} from './stores';

// Fast while the queue works on it; slower once it waits (offline, a revoked secret).
const POLL_MS = { busy: 250, waiting: 1000 };

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

function fail(failure: DescribedFailure): void {
  useSession.setState({ save: { phase: 'failed', failure } });
}

function showFieldErrors(errors: Record<string, string>): void {
  useSession.setState({ fieldErrors: errors, save: { phase: 'idle' } });
  // The first wrong field takes the focus, so a keyboard user lands where to fix it.
  requestAnimationFrame(() =>
    document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
  );
}

function currentTarget(rule: RuleMatchView | null) {
  const ordered = orderTargets(
    useTargetsStore.getState().value,
    useDefaultTargetStore.getState().value,
    useRecentTargetsStore.getState().value,
  );
  return targetFor(ordered, useSession.getState().targetId, rule);
}

const busy = () => {
  const { phase } = useSession.getState().save;
  return phase === 'sending' || phase === 'tracking';
};

/** Why the page gave no capture for a mode that needs one. */
function readProblem(mode: 'article' | 'selection'): DescribedFailure {
  const { readFailure, capturability } = useSession.getState();
  if (readFailure) return readFailure;
  if (mode === 'selection') return describeProblem(new Problem('NothingSelected'));
  return describeProblem(
    new Problem(capturability === 'page' ? 'Unexpected' : 'PageNotCapturable'),
  );
}

let following = 0;

/** Follows a capture in the queue until it is done, showing where it stands. */
export async function track(jobId: string): Promise<void> {
  // A Retry follows the capture anew: the earlier following stops showing it.
  const mine = ++following;
  const failure = await followCapture(
    jobId,
    {
      ask: (id) => sendMessage('getCaptureStatus', { jobId: id }),
      show: (view) => {
        const save = useSession.getState().save;
        if (mine !== following || save.phase !== 'tracking' || save.jobId !== jobId) return false;
        useSession.setState({ save: { phase: 'tracking', jobId, view } });
        return true;
      },
      pause: (status) =>
        sleep(status === 'waiting' || status === null ? POLL_MS.waiting : POLL_MS.busy),
    },
    toFailure,
  );
  if (failure) fail(failure);
}

/** True when this page was saved to the target before (the lookup answered). */
function savedBefore(targetId: string): boolean {
  const url = useSession.getState().tab?.url;
  const existing = url ? useRemote.getState().existing[existingKey(targetId, url)] : undefined;
  return existing?.state === 'done' && existing.value !== null;
}

/**
 * Saves what the popup shows. Does nothing while a save is under way or done. A page
 * saved to the target before is saved again only when `duplicate` says so (the
 * "Save again" button) or on the second Enter: the first one asks.
 */
export async function saveNow({ duplicate = false }: { duplicate?: boolean } = {}): Promise<void> {
  if (busy()) return;
  // The rule picks the target and the mode; the popup has its answer from painting.
  const rule = await ruleFor(useSession.getState().tab?.url);
  // Another save may have started while the answer came.
  if (busy()) return;
  const session = useSession.getState();
  const target = currentTarget(rule);
  if (target && !duplicate && !session.duplicateAsked && savedBefore(target.id)) {
    useSession.setState({ duplicateAsked: true });
    return;
  }
  const offered = availableModes(
    session.capturability,
    session.hasSelection,
    popupFeatures.screenshots,
  );
  const mode = effectiveMode(
    session.chosenMode,
    offered,
    pageModeFor(rule, useSettingsStore.getState().value.defaultMode),
  );
  if (!target || !mode) return;
  useSession.setState({ save: { phase: 'sending' }, fieldErrors: {} });

  if (needsPage(mode) && !(await readPage(mode))) return fail(readProblem(mode));
  const screenshot = mode === 'screenshot' ? await takeScreenshot() : null;
  if (mode === 'screenshot' && !screenshot) {
    const failure = useSession.getState().screenshotFailure;
    return fail(failure ?? describeProblem(new Problem('PageNotCapturable')));
  }

  const now = useSession.getState();
  const capture = captureFor(mode, now.captures, now.tab);
  const schema =
    target.kind === 'data_source'
      ? (useSchemasStore.getState().value[target.dataSourceId] ?? null)
      : null;
  const url = now.tab?.url;
  const ruleValues =
    rule && url
      ? await ruleValuesFor({ url, capture, targetId: target.id, schema, openedAt: now.openedAt })
      : null;
  const input = popupSaveRequest({
    capture,
    target,
    schema,
    mode,
    ruleValues,
    openedAt: now.openedAt,
    title: now.title,
    edits: now.edits,
    note: now.note,
    screenshot,
  });
  try {
    const answer = await sendMessage('saveCapture', input);
    if ('fieldErrors' in answer) return showFieldErrors(answer.fieldErrors);
    useSession.setState({ save: { phase: 'tracking', jobId: answer.jobId, view: null } });
    await track(answer.jobId);
  } catch (error) {
    fail(toFailure(error));
  }
}
