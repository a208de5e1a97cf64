import { useRef, useState, type KeyboardEvent } from 'react';
import { ErrorNotice } from '@/components/ErrorNotice';
import { ColorPicker, ColorTag } from '@/components/highlights/colors';
import { useAction } from '@/components/use-action';
import type { Highlight, HighlightColor } from '@/lib/highlights';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';

/** A passage short enough to name a button by ("Delete “…”"). */
function shortPassage(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

type Open = 'none' | 'note' | 'color' | 'delete';

/**
 * One highlight of the page: its colour (swatch and name), the passage in two lines,
 * the note, and what can be done with it — jump to it, edit the note, change the
 * colour, delete it (after asking).
 */
export function HighlightItem({
  highlight,
  pageUrl,
  tabId,
  placed,
  onChanged,
  onDeleted,
  onStatus,
}: {
  highlight: Highlight;
  pageUrl: string;
  tabId: number;
  /** False when the page as it is now has no place for it (listed, never dropped). */
  placed: boolean;
  onChanged: (highlights: Highlight[]) => void;
  onDeleted: (highlights: Highlight[]) => void;
  onStatus: (text: string) => void;
}) {
  const [open, setOpen] = useState<Open>('none');
  const [note, setNote] = useState(highlight.note ?? '');
  const noteButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const passage = shortPassage(highlight.target.quote.exact);
  const id = `hl-${highlight.id}`;

  const edit = useAction((change: { color?: HighlightColor; note?: string | null }) =>
    sendMessage('editHighlight', { pageUrl, id: highlight.id, edit: change }),
  );
  const remove = useAction(() => sendMessage('deleteHighlight', { pageUrl, id: highlight.id }));
  const jump = useAction(() => sendMessage('showHighlight', { tabId, id: highlight.id }));

  const saveNote = async () => {
    const highlights = await edit.perform({ note: note.trim() ? note : null });
    if (!highlights) return;
    setOpen('none');
    onChanged(highlights);
    onStatus(t('hlSaved'));
    noteButton.current?.focus();
  };

  const changeColor = async (color: HighlightColor) => {
    const highlights = await edit.perform({ color });
    if (!highlights) return;
    onChanged(highlights);
    onStatus(t('hlSaved'));
  };

  const confirmDelete = async () => {
    const highlights = await remove.perform();
    if (highlights) onDeleted(highlights);
  };

  const noteKeys = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      setOpen('none');
      setNote(highlight.note ?? '');
      noteButton.current?.focus();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void saveNote();
    }
  };

  const failure = edit.failure ?? remove.failure ?? jump.failure;
  return (
    <li className="hl-item" aria-labelledby={`${id}-passage`}>
      <div className="hl-item-head">
        <ColorTag color={highlight.color} />
        {!placed && <span className="hl-not-placed">{t('hlNotPlaced')}</span>}
      </div>
      <p className="hl-passage" id={`${id}-passage`} title={highlight.target.quote.exact}>
        {highlight.target.quote.exact}
      </p>
      {highlight.note && open !== 'note' && <p className="hl-note">{highlight.note}</p>}
      {open === 'note' && (
        <div className="field">
          <label htmlFor={`${id}-note`} className="field-label">
            {t('hlNoteLabel')}
          </label>
          <textarea
            id={`${id}-note`}
            rows={3}
            maxLength={2000}
            value={note}
            autoFocus
            onChange={(e) => setNote(e.target.value)}
            onKeyDown={noteKeys}
          />
          <div className="hl-actions">
            <button
              type="button"
              className="primary"
              disabled={edit.pending}
              onClick={() => void saveNote()}
            >
              {t('hlSaveNote')}
            </button>
            <button
              type="button"
              onClick={() => {
                setOpen('none');
                setNote(highlight.note ?? '');
                noteButton.current?.focus();
              }}
            >
              {t('hlCancel')}
            </button>
          </div>
        </div>
      )}
      {open === 'color' && (
        <ColorPicker
          name={`${id}-color`}
          legend={t('hlColorLegend')}
          value={highlight.color}
          disabled={edit.pending}
          onChange={(color) => void changeColor(color)}
        />
      )}
      {open === 'delete' ? (
        <p className="hl-confirm" role="group" aria-label={t('hlDeleteAsk')}>
          <span>{t('hlDeleteAsk')}</span>
          <button
            type="button"
            className="hl-danger"
            autoFocus
            disabled={remove.pending}
            onClick={() => void confirmDelete()}
          >
            {t('hlDeleteYes')}
          </button>
          <button
            type="button"
            onClick={() => {
              setOpen('none');
              deleteButton.current?.focus();
            }}
          >
            {t('hlDeleteNo')}
          </button>
        </p>
      ) : (
        <div className="hl-actions">
          <button
            type="button"
            aria-label={t('hlJumpLabel', { passage })}
            disabled={!placed || jump.pending}
            onClick={() =>
              void jump.perform().then((shown) => {
                if (shown === false) onStatus(t('hlJumpFailed'));
              })
            }
          >
            {t('hlJump')}
          </button>
          <button
            type="button"
            ref={noteButton}
            aria-expanded={open === 'note'}
            onClick={() => {
              setNote(highlight.note ?? '');
              setOpen(open === 'note' ? 'none' : 'note');
            }}
          >
            {highlight.note ? t('hlEditNote') : t('hlAddNote')}
          </button>
          <button
            type="button"
            aria-expanded={open === 'color'}
            onClick={() => setOpen(open === 'color' ? 'none' : 'color')}
          >
            {t('hlColorLegend')}
          </button>
          <button
            type="button"
            ref={deleteButton}
            className="hl-danger"
            aria-label={t('hlDeleteLabel', { passage })}
            onClick={() => setOpen('delete')}
          >
            {t('hlDelete')}
          </button>
        </div>
      )}
      {failure && (
        <ErrorNotice
          failure={failure}
          onDismiss={() => {
            edit.clearFailure();
            remove.clearFailure();
            jump.clearFailure();
          }}
        />
      )}
    </li>
  );
}
