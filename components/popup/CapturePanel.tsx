import { lazy, Suspense, useEffect, useMemo, type KeyboardEvent } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { findProperty } from '@/lib/notion/schema/schema-properties';
import { capturabilityOf } from './capturability';
import { needsPage } from './capture-choice';
import { CaptureSummary } from './CaptureSummary';
import { titlePropertyId } from '@/lib/notion/schema/schema-properties';
import { formFields } from './form-fields';
import {
  loadTabHighlights,
  showsHighlightsPanel,
  useTabHighlights,
} from './highlights/tab-highlights';
import { ModePicker } from './ModePicker';
import { PageHeader } from './PageHeader';
import { readOnOpen, readPage, takeScreenshot } from './page-reader';
import { NoteField, PropertyForm } from './PropertyForm';
import { RuleNotice } from './RuleNotice';
import { lookUpExisting, refreshSchema } from './remote';
import { SaveBar, useSaveStage } from './SaveBar';
import { saveNow } from './save-flow';
import { useSession } from './session';
import { loadTab } from './tab-info';
import { TargetNotices } from './TargetNotices';
import { TargetPicker } from './TargetPicker';
import { TabsEntry } from './batch/TabsEntry';
import { useModes, useTarget, useTargetSchema } from './use-popup-model';

// The page's highlights list loads after the form painted, in a chunk of its own, and
// only when there is something to list or a selection to highlight.
const HighlightsPanel = lazy(() =>
  import('./highlights/HighlightsPanel').then((m) => ({ default: m.HighlightsPanel })),
);

// The view of a saved capture is loaded as the save starts, so it is there when the save
// is; an open that never saves never loads it.
const loadSavedView = () => import('./SavedView').then((m) => ({ default: m.SavedView }));
const SavedView = lazy(loadSavedView);

/** Reads the tab once the popup painted; the page's own answers follow. */
function useTabOnOpen(): void {
  useEffect(() => {
    void (async () => {
      const tab = await loadTab(location.search);
      const capturability = capturabilityOf(tab?.url);
      useSession.setState({ tab, tabLoaded: true, capturability });
      if (tab && capturability !== 'none') void loadTabHighlights(tab.id);
      await readOnOpen();
    })();
  }, []);
}

/**
 * Enter saves from any field but a note (there Ctrl/⌘+Enter does), a button or a link.
 * Fields that use Enter themselves (a suggestion list) mark the event as handled.
 */
function onFormKey(event: KeyboardEvent<HTMLFormElement>): void {
  if (event.key !== 'Enter' || event.defaultPrevented || event.nativeEvent.isComposing) return;
  const element = event.target as HTMLElement;
  const withModifier = event.ctrlKey || event.metaKey;
  if (element.tagName === 'TEXTAREA' && !withModifier) return;
  if (!withModifier && (element.tagName === 'BUTTON' || element.tagName === 'A')) return;
  event.preventDefault();
  // The first Enter on a page saved before asks; the second saves the copy.
  void saveNow();
}

/** The popup for a connected profile: the page, how and where to save it, and the save. */
export function CapturePanel() {
  const target = useTarget();
  const { offered, mode } = useModes();
  const tabLoaded = useSession((s) => s.tabLoaded);
  const tab = useSession((s) => s.tab);
  const url = tab?.url;
  const capturability = useSession((s) => s.capturability);
  const fieldErrors = useSession((s) => s.fieldErrors);
  const { schema, mapping } = useTargetSchema(target);
  const hasSelection = useSession((s) => s.hasSelection);
  const showHighlights = showsHighlightsPanel(
    useTabHighlights(),
    mode === 'selection',
    hasSelection,
  );
  useTabOnOpen();

  useEffect(() => {
    if (!tabLoaded || !mode) return;
    if (needsPage(mode)) void readPage(mode);
    if (mode === 'screenshot') void takeScreenshot();
  }, [tabLoaded, mode]);

  const targetId = target?.id;
  const isDatabase = target?.kind === 'data_source';
  useEffect(() => {
    if (!targetId || !isDatabase) return;
    void refreshSchema(targetId);
    if (url && capturabilityOf(url) !== 'none') void lookUpExisting(targetId, url);
  }, [targetId, isDatabase, url]);

  const titleId = schema ? titlePropertyId(schema) : null;
  const offscreenErrors = useMemo(() => {
    if (!schema) return [];
    const shown = new Set(formFields(schema, mapping).map((f) => f.propertyId));
    return Object.entries(fieldErrors)
      .filter(([id]) => !shown.has(id) && id !== titleId)
      .map(([id, message]) =>
        t('popupFieldErrorOf', { property: findProperty(schema, id)?.name ?? id, message }),
      );
  }, [schema, mapping, fieldErrors, titleId]);

  const stage = useSaveStage();
  const handedOver = stage.stage !== 'ready';
  useEffect(() => {
    if (handedOver) void loadSavedView();
  }, [handedOver]);
  const footer = (
    <footer className="popup-footer">
      <TabsEntry windowId={tab?.windowId ?? null} />
      <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('popupOptions')}
      </button>
    </footer>
  );

  // Nothing to save here: the reason, not a form that cannot be used.
  if (tabLoaded && (!tab || capturability === 'none')) {
    return (
      <main className="capture" aria-label={t('popupHeading')}>
        <CaptureSummary mode={null} />
        {footer}
      </main>
    );
  }
  if (stage.stage === 'saved' || stage.stage === 'undone') {
    return (
      <main className="capture" aria-label={t('popupHeading')}>
        <Suspense fallback={null}>
          <SavedView view={stage.view} />
        </Suspense>
        {footer}
      </main>
    );
  }
  // Handed to the queue: what it carries can no longer change, so the form cannot.
  const locked = handedOver;
  return (
    <>
      <form
        className="capture"
        aria-label={t('popupHeading')}
        onSubmit={(e) => {
          e.preventDefault();
          // The button itself ("Save again" on a page saved before) needs no second ask.
          void saveNow({ duplicate: true });
        }}
        onKeyDown={onFormKey}
      >
        <fieldset className="capture-fields" disabled={locked}>
          <PageHeader titleError={titleId ? fieldErrors[titleId] : undefined} />
          <ModePicker offered={offered} mode={mode} />
          <CaptureSummary mode={mode} />
          <RuleNotice />
          <TargetPicker />
          {target && <TargetNotices target={target} />}
          {target?.kind === 'data_source' ? (
            <PropertyForm target={target} />
          ) : (
            target && <NoteField />
          )}
        </fieldset>
        <SaveBar
          target={target}
          canSave={Boolean(target && mode)}
          offscreenErrors={offscreenErrors}
        />
        {footer}
      </form>
      {showHighlights && (
        <Suspense fallback={null}>
          <HighlightsPanel selectionMode={mode === 'selection'} />
        </Suspense>
      )}
    </>
  );
}
