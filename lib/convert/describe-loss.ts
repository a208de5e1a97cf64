import { translate, type Locale, type MessageKey } from '../i18n';
import { LOSS_KINDS, type LossKind, type LossReport } from './types';

const isLossKind = (kind: string): kind is LossKind =>
  (LOSS_KINDS as readonly string[]).includes(kind);

/**
 * The loss report as one sentence for people, e.g. "2 tables flattened, 1 inline SVG
 * dropped." ("표 2개 평탄화, 인라인 SVG 1개 제외."); "Everything was kept." when
 * nothing was lost. Kinds this version does not know are counted as other changes.
 */
export function describeLoss(report: LossReport, locale: Locale): string {
  const parts: string[] = [];
  let other = 0;
  for (const { kind, count } of report.items) {
    if (count <= 0) continue;
    if (isLossKind(kind))
      parts.push(translate(locale, `loss_${kind}` satisfies MessageKey, { count }));
    else other += count;
  }
  if (other > 0) parts.push(translate(locale, 'loss_other', { count: other }));
  if (parts.length === 0) return translate(locale, 'lossNone');
  return parts.join(translate(locale, 'lossSeparator')) + translate(locale, 'lossEnd');
}
