/**
 * Saving: waits for the page if its capture is still being read, checks the form
 * (`buildProperties`, so a capture Notion would refuse never enters the queue), hands
 * the capture to the queue and follows it until Notion has it — or says why not.
 */
import { toFailure } from '@/components/use-action';
import { currentLocale } from '@/lib/i18n';
import { sendMessage, type DescribedFailure } from '@/lib/messaging';
import { followCapture } from './follow-capture';
import { buildProperties } from '@/lib/notion/properties/build-properties';
import { Problem, describeProblem } from '@/lib/problems';
import { availableModes, captureFor, effectiveMode, needsPage } from './capture-choice';
import { popupFeatures } from './features';
import { orderTargets } from '../../lib/save/target-order';
import { readPage, takeScreenshot } from './page-reader';
import { existingKey, useRemote } from './remote';
import { pageModeFor, ruleForAddress, targetFor } from '@/lib/save/rule-defaults';
import { popupSaveRequest } from './save-input';
import { useSession } from './session';
import {
  useDefaultTargetStore,
  useRecentTargetsStore,
  useRulesStore,
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

/** The site rule for the tab, as `useRule` gives it. */
function currentRule() {
  return ruleForAddress(useRulesStore.getState().value, useSession.getState().tab?.url);
}

function currentTarget() {
  const ordered = orderTargets(
    useTargetsStore.getState().value,
    useDefaultTargetStore.getState().value,
    useRecentTargetsStore.getState().value,
  );
  return targetFor(ordered, useSession.getState().targetId, currentRule());
}

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
  const session = useSession.getState();
  if (session.save.phase === 'sending' || session.save.phase === 'tracking') return;
  const target = currentTarget();
  if (target && !duplicate && !session.duplicateAsked && savedBefore(target.id)) {
    useSession.setState({ duplicateAsked: true });
    return;
  }
  const offered = availableModes(
    session.capturability,
    session.hasSelection,
    popupFeatures.screenshots,
  );
  const rule = currentRule();
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
  const { input, inputs } = popupSaveRequest({
    capture,
    target,
    schema,
    mode,
    rule,
    openedAt: now.openedAt,
    title: now.title,
    edits: now.edits,
    note: now.note,
    screenshot,
  });
  if (schema) {
    const built = buildProperties(schema, inputs, currentLocale());
    if ('errors' in built) return showFieldErrors(built.errors);
  }
  try {
    const answer = await sendMessage('saveCapture', input);
    if ('fieldErrors' in answer) return showFieldErrors(answer.fieldErrors);
    useSession.setState({ save: { phase: 'tracking', jobId: answer.jobId, view: null } });
    await track(answer.jobId);
  } catch (error) {
    fail(toFailure(error));
  }
}
