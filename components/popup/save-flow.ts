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
import type { PropertyInputs } from '@/lib/notion/types';
import { Problem, describeProblem } from '@/lib/problems';
import { availableModes, captureFor, effectiveMode, needsPage } from './capture-choice';
import { orderTargets } from '../../lib/save/target-order';
import { readPage, takeScreenshot } from './page-reader';
import { saveRequest, titleToSave } from '@/lib/save/request';
import { formInputs } from './save-input';
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

function currentTarget() {
  const ordered = orderTargets(
    useTargetsStore.getState().value,
    useDefaultTargetStore.getState().value,
    useRecentTargetsStore.getState().value,
  );
  const id = useSession.getState().targetId;
  return ordered.find((o) => o.target.id === id)?.target ?? ordered[0]?.target ?? null;
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

async function track(jobId: string): Promise<void> {
  const failure = await followCapture(
    jobId,
    {
      ask: (id) => sendMessage('getCaptureStatus', { jobId: id }),
      show: (view) => {
        const save = useSession.getState().save;
        if (save.phase !== 'tracking' || save.jobId !== jobId) return false;
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

/** Saves what the popup shows. Does nothing while a save is under way or done. */
export async function saveNow(): Promise<void> {
  const session = useSession.getState();
  if (session.save.phase === 'sending' || session.save.phase === 'tracking') return;
  const target = currentTarget();
  const offered = availableModes(session.capturability, session.hasSelection);
  const mode = effectiveMode(
    session.chosenMode,
    offered,
    useSettingsStore.getState().value.defaultMode,
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
  const title = titleToSave(now.title, capture);
  const locale = currentLocale();
  let inputs: PropertyInputs = {};
  if (target.kind === 'data_source') {
    const schema = useSchemasStore.getState().value[target.dataSourceId];
    if (schema) {
      inputs = formInputs({
        schema,
        mapping: target.mapping,
        capture,
        openedAt: now.openedAt,
        title,
        edits: now.edits,
      });
      const built = buildProperties(schema, inputs, locale);
      if ('errors' in built) return showFieldErrors(built.errors);
    }
  }

  const input = saveRequest(capture, {
    target,
    mode,
    title: now.title,
    inputs,
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
