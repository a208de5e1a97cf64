import { t } from '@/lib/i18n';
import type { RuleOutcome } from '@/lib/rules/preview/preview';
import { FieldList } from './FieldList';
import { modeName } from './labels';

/** Where a rule's capture goes, in which mode, and what each of its values gives. */
export function RuleOutcomeView({ outcome }: { outcome: RuleOutcome }) {
  return (
    <>
      <dl className="facts">
        <dt>{t('rulesTargetLabel')}</dt>
        <dd>{outcome.target ? outcome.target.title : t('rulesNoTarget')}</dd>
        <dt>{t('rulesModeLabel')}</dt>
        <dd>{modeName(outcome.mode)}</dd>
      </dl>
      {outcome.targetGone && <p className="field-error small">{t('ruleCheckMissingTarget')}</p>}
      {outcome.values ? (
        <FieldList fields={outcome.values.fields} />
      ) : (
        <p className="muted">{t('rulesWaitingForSchema')}</p>
      )}
    </>
  );
}
