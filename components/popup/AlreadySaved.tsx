import { currentLocale, t } from '@/lib/i18n';
import { isNotionPageUrl } from '@/lib/notion/api/notion-url';
import type { Target } from '@/lib/notion/types';
import type { ExistingPage } from '@/lib/notion/workspace/find-existing';
import { existingKey, useRemote } from './remote';
import { useSession } from './session';

/** The earlier save of this page in the target, once the lookup found one. */
export function useExisting(target: Target | null): ExistingPage | null {
  const url = useSession((s) => s.tab?.url);
  const existing = useRemote((s) =>
    url && target ? s.existing[existingKey(target.id, url)] : undefined,
  );
  return existing?.state === 'done' ? existing.value : null;
}

/**
 * "Already saved": when, with the page to open. Saving again is the Save button's
 * ("Save again"); Enter asks once first, here. Updating the earlier page instead is not
 * offered: it would need the earlier capture's content, which the queue does not keep.
 */
export function AlreadySaved({ existing }: { existing: ExistingPage }) {
  const asked = useSession((s) => s.duplicateAsked);
  return (
    <div className="notice notice-info already-saved" role={asked ? 'alert' : 'status'}>
      <p className="notice-title">
        {t('popupAlreadySaved', {
          date: new Date(existing.createdTime).toLocaleDateString(currentLocale()),
        })}
      </p>
      {asked && <p className="notice-action">{t('popupDuplicateAsk')}</p>}
      {isNotionPageUrl(existing.url) && (
        <p>
          <a href={existing.url} target="_blank" rel="noreferrer">
            {t('popupOpenInNotion')}
          </a>
        </p>
      )}
    </div>
  );
}
