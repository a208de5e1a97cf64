/**
 * What one opening of the popup knows and what the person changed: the tab, what the
 * page answered, the chosen mode and target, the form's edits and the save. It lives
 * as long as the popup; nothing in it is stored.
 */
import { create } from 'zustand';
import type { CaptureStatusView, DescribedFailure } from '@/lib/messaging';
import type { PropertyInputs } from '@/lib/notion/types';
import type { Capturability } from './capturability';
import type { Captures, PopupMode } from './capture-choice';
import type { TabInfo } from './tab-info';

/** Where the save stands: not yet, handing it to the queue, followed, or refused. */
export type SaveState =
  | { phase: 'idle' }
  | { phase: 'sending' }
  | { phase: 'tracking'; jobId: string; view: CaptureStatusView | null }
  | { phase: 'failed'; failure: DescribedFailure };

export type ReadableMode = keyof Captures;

export interface Session {
  openedAt: Date;
  tab: TabInfo | null;
  tabLoaded: boolean;
  capturability: Capturability;
  captures: Captures;
  reading: Partial<Record<ReadableMode, boolean>>;
  /** Why the page could not be read (other than "closed to extensions"). */
  readFailure: DescribedFailure | null;
  hasSelection: boolean;
  chosenMode: PopupMode | null;
  screenshot: string | null;
  takingScreenshot: boolean;
  screenshotFailure: DescribedFailure | null;
  /** Null: the first target of the picker (the default). */
  targetId: string | null;
  /** Null: the page's own title. */
  title: string | null;
  /** Field values the person changed, by property id. */
  edits: PropertyInputs;
  note: string;
  fieldErrors: Record<string, string>;
  save: SaveState;
  /** The page was saved to the target before and Enter was pressed once: asked, not saved. */
  duplicateAsked: boolean;
  /** A Retry or Undo under way, and why the last one failed (the capture stays as it was). */
  followUp: { busy: boolean; failure: DescribedFailure | null };
}

/** This opening's session; components select from it, the flows write to it. */
export const useSession = create<Session>(() => ({
  openedAt: new Date(),
  tab: null,
  tabLoaded: false,
  capturability: 'none',
  captures: {},
  reading: {},
  readFailure: null,
  hasSelection: false,
  chosenMode: null,
  screenshot: null,
  takingScreenshot: false,
  screenshotFailure: null,
  targetId: null,
  title: null,
  edits: {},
  note: '',
  fieldErrors: {},
  save: { phase: 'idle' },
  duplicateAsked: false,
  followUp: { busy: false, failure: null },
}));

/** Records an edit of one field and clears that field's error. */
export function editField(propertyId: string, input: PropertyInputs[string]): void {
  useSession.setState((s) => {
    const { [propertyId]: _cleared, ...fieldErrors } = s.fieldErrors;
    return { edits: { ...s.edits, [propertyId]: input }, fieldErrors };
  });
}

/** Switches target: edits belong to the old target's properties, so they go. */
export function chooseTarget(targetId: string): void {
  useSession.setState((s) =>
    s.targetId === targetId
      ? s
      : { targetId, edits: {}, fieldErrors: {}, save: { phase: 'idle' }, duplicateAsked: false },
  );
}
