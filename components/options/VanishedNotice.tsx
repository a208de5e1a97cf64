import { ErrorNotice } from '@/components/ErrorNotice';
import { useAction } from '@/components/use-action';
import { t } from '@/lib/i18n';
import { sendMessage, type DescribedFailure } from '@/lib/messaging';
import { isNotionPageUrl } from '@/lib/notion/api/notion-url';
import type { Target } from '@/lib/notion/types';

/**
 * True when Notion answered "not found": the database was deleted, trashed, or no longer
 * shared with the integration. The raw detail starts with Notion's code.
 */
export function isVanished(failure: DescribedFailure): boolean {
  return /^object_not_found\b/.test(failure.raw ?? '');
}

/** A target Notion no longer shows: say so, and offer to remove it. */
export function VanishedNotice({
  target,
  integration,
  failure,
}: {
  target: Target;
  integration: string;
  failure: DescribedFailure;
}) {
  const remove = useAction(() => sendMessage('removeTarget', { targetId: target.id }));
  return (
    <div className="vanished">
      <p className="warn" role="alert">
        {t('optTargetVanished', { title: target.title, integration })}
      </p>
      <div className="actions">
        <button type="button" className="danger" onClick={() => void remove.perform()}>
          {t('optRemoveNamed', { name: target.title })}
        </button>
        {isNotionPageUrl(target.url) && (
          <a href={target.url} target="_blank" rel="noreferrer">
            {t('optOpenInNotion')}
          </a>
        )}
      </div>
      {failure.raw && (
        <details>
          <summary>{t('uiDetails')}</summary>
          <code className="notice-raw">{failure.raw}</code>
        </details>
      )}
      {remove.failure && <ErrorNotice failure={remove.failure} />}
    </div>
  );
}
