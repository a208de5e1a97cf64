import { t } from '@/lib/i18n';
import type { Target } from '@/lib/notion/types';

/** What kind of place a target is, as the target line says it ("Database · Reading"). */
export function targetKindLabel(target: Target): string {
  if (target.kind === 'data_source')
    return t('popupTargetDatabase', { database: target.databaseTitle || target.title });
  return t(target.pageMode === 'append' ? 'popupTargetAppend' : 'popupTargetChild');
}
