import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '@/components/ErrorNotice';
import { useAction } from '@/components/use-action';
import { t } from '@/lib/i18n';
import { sendMessage, type HistoryView } from '@/lib/messaging';

/** A new title for a failed capture, then another try. */
export function EditRetryForm({
  entry,
  onDone,
  onCancel,
}: {
  entry: HistoryView;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [title, setTitle] = useState(entry.title);
  const [empty, setEmpty] = useState(false);
  const edit = useAction(async () => {
    await sendMessage('editCapture', { jobId: entry.id, edit: { title: title.trim() } });
    return true;
  });
  const id = `edit-title-${entry.id}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setEmpty(title.trim() === '');
    if (title.trim() === '') return;
    if (await edit.perform()) onDone();
  };

  return (
    <form className="inline-form" onSubmit={submit}>
      <label htmlFor={id}>{t('optEditTitleLabel')}</label>
      <div className="row">
        <input
          id={id}
          value={title}
          aria-invalid={empty}
          aria-describedby={empty ? `${id}-error` : undefined}
          onChange={(e) => setTitle(e.target.value)}
        />
        <button type="submit" className="primary" disabled={edit.pending}>
          {t('optSaveAndRetry')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('optCancel')}
        </button>
      </div>
      {empty && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {t('optEditTitleEmpty')}
        </p>
      )}
      {edit.failure && <ErrorNotice failure={edit.failure} onDismiss={edit.clearFailure} />}
    </form>
  );
}
