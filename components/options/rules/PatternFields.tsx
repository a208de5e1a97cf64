import { t } from '@/lib/i18n';
import type { DraftField, RuleDraft } from './rule-draft';
import { LabelledInput } from './LabelledInput';

/** Which addresses the rule is for: a site and a path glob, or a regular expression. */
export function PatternFields({
  draft,
  problemOf,
  change,
}: {
  draft: RuleDraft;
  problemOf: (field: DraftField) => string | null;
  change: (patch: Partial<RuleDraft>) => void;
}) {
  return (
    <fieldset>
      <legend>{t('rulesMatchLegend')}</legend>
      <label className="choice">
        <input
          type="radio"
          name="rule-match-kind"
          checked={draft.kind === 'site'}
          onChange={() => change({ kind: 'site' })}
        />
        {t('rulesMatchSite')}
      </label>
      <label className="choice">
        <input
          type="radio"
          name="rule-match-kind"
          checked={draft.kind === 'regex'}
          onChange={() => change({ kind: 'regex' })}
        />
        {t('rulesMatchRegex')}
      </label>
      {draft.kind === 'site' ? (
        <>
          <LabelledInput
            id="rule-host"
            label={t('rulesHostLabel')}
            hint={t('rulesHostHint')}
            value={draft.host}
            problem={problemOf('host')}
            onChange={(host) => change({ host })}
          />
          <LabelledInput
            id="rule-path"
            label={t('rulesPathLabel')}
            hint={t('rulesPathHint')}
            value={draft.path}
            problem={problemOf('path')}
            onChange={(path) => change({ path })}
          />
        </>
      ) : (
        <>
          <LabelledInput
            id="rule-pattern"
            label={t('rulesRegexLabel')}
            hint={t('rulesRegexHint')}
            value={draft.pattern}
            problem={problemOf('pattern')}
            onChange={(pattern) => change({ pattern })}
          />
          <label className="choice">
            <input
              type="checkbox"
              checked={draft.ignoreCase}
              onChange={(e) => change({ ignoreCase: e.target.checked })}
            />
            {t('rulesIgnoreCase')}
          </label>
        </>
      )}
    </fieldset>
  );
}
