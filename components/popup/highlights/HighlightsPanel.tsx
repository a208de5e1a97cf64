import { useEffect, useMemo, useRef, useState } from 'react';
import { ErrorNotice } from '@/components/ErrorNotice';
import { ColorPicker, colorName } from '@/components/highlights/colors';
import { useAction } from '@/components/use-action';
import type { Highlight, HighlightColor } from '@/lib/highlights';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import { notionPageUrlOrNull } from '@/lib/notion/api/notion-url';
import { MIRRORED, readMirrored } from '@/lib/storage/mirror';
import { useSession } from '../session';
import { HighlightItem } from './HighlightItem';
import { replaceHighlights, useTabHighlights } from './tab-highlights';

/** In reading order: where each passage starts on the page. */
const byPosition = (a: Highlight, b: Highlight) =>
  a.target.position.start - b.target.position.start;

/**
 * The page's highlights in the popup: drawn again on the page as the popup opens (the
 * background does it with `highlightsOfTab`), listed with what can be done with each,
 * and — in the Selection mode, with text selected — a way to highlight the selection.
 * Highlights the page as it is now has no place for are counted and listed as not
 * placed; none is ever left out.
 */
export function HighlightsPanel({ selectionMode }: { selectionMode: boolean }) {
  const tab = useSession((s) => s.tab);
  const hasSelection = useSession((s) => s.hasSelection);
  const { view, failure } = useTabHighlights();
  const [status, setStatus] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const highlights = useMemo(() => [...(view?.highlights ?? [])].sort(byPosition), [view]);
  const unplaced = useMemo(() => new Set(view?.unplaced.map((u) => u.id)), [view]);
  const notPlaced = highlights.filter((h) => unplaced.has(h.id)).length;

  if (!tab) return null;
  const sync = view?.sync;
  // Opened in a tab: only an address of Notion's own.
  const notionPage = notionPageUrlOrNull(sync?.notionPageUrl);

  return (
    <section className="hl-panel" aria-labelledby="hl-heading">
      <h2 id="hl-heading" className="hl-heading" ref={heading} tabIndex={-1}>
        {t('hlListHeading')}
      </h2>
      {selectionMode && hasSelection && (
        <HighlightSelection
          tabId={tab.id}
          onMade={(color) => setStatus(t('hlHighlighted', { color: colorName(color) }))}
        />
      )}
      {failure && <ErrorNotice failure={failure} />}
      {view && highlights.length === 0 && <p className="hl-hint">{t('hlNone')}</p>}
      {view && highlights.length > 0 && view.drawing === 'closed' && (
        <p className="hl-hint">{t('hlClosedPage')}</p>
      )}
      {view && highlights.length > 0 && view.drawing === 'unsupported' && (
        <p className="hl-hint">{t('highlightsUnsupported')}</p>
      )}
      {notPlaced > 0 && (
        <p className="hl-warn" role="note">
          {t('hlUnplaced', { count: notPlaced })}
        </p>
      )}
      {sync?.failure && <ErrorNotice failure={sync.failure} />}
      {highlights.length > 0 && sync && (sync.pending > 0 || notionPage) && (
        <p className="hl-hint">
          {sync.pending > 0 && t('highlightsSyncPending', { count: sync.pending })}{' '}
          {notionPage && (
            <a href={notionPage} target="_blank" rel="noreferrer">
              {t('hlOpenInNotion')}
            </a>
          )}
        </p>
      )}
      {view?.pageUrl && highlights.length > 0 && (
        <ul className="hl-list">
          {highlights.map((highlight) => (
            <HighlightItem
              key={highlight.id}
              highlight={highlight}
              pageUrl={view.pageUrl!}
              tabId={tab.id}
              placed={!unplaced.has(highlight.id) && view.drawing !== 'closed'}
              onChanged={replaceHighlights}
              onDeleted={(next) => {
                replaceHighlights(next);
                setStatus(t('hlDeleted'));
                // Its buttons are gone: the list's heading keeps the keyboard's place.
                heading.current?.focus();
              }}
              onStatus={setStatus}
            />
          ))}
        </ul>
      )}
      <p className="hl-status" role="status">
        {status}
      </p>
    </section>
  );
}

/** "Highlight" for the selected text, in a colour chosen here (the last one used first). */
function HighlightSelection({
  tabId,
  onMade,
}: {
  tabId: number;
  onMade: (color: HighlightColor) => void;
}) {
  const [color, setColor] = useState<HighlightColor>('yellow');
  useEffect(() => {
    void readMirrored([MIRRORED.lastHighlightColor]).then(([last]) => setColor(last));
  }, []);
  const make = useAction(() => sendMessage('highlightSelection', { tabId, color }));
  return (
    <div className="hl-make">
      <ColorPicker
        name="hl-new-color"
        legend={t('hlHighlightLegend')}
        value={color}
        onChange={setColor}
        disabled={make.pending}
      />
      <button
        type="button"
        className="primary"
        disabled={make.pending}
        onClick={() => void make.perform().then((made) => made && onMade(made.color))}
      >
        {t('hlHighlightButton')}
      </button>
      {make.failure && <ErrorNotice failure={make.failure} onDismiss={make.clearFailure} />}
    </div>
  );
}
