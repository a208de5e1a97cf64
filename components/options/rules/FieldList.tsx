import { currentLocale, t } from '@/lib/i18n';
import { describeRuleIssue, describeTemplateNote } from '@/lib/rules/describe';
import type { RuleFieldResult } from '@/lib/rules/values/issues';

function fieldLabel(result: RuleFieldResult): string {
  const { field, property } = result;
  if (field.kind === 'title') return t('rulesFieldTitle');
  if (field.kind === 'tag') return t('rulesFieldTag', { n: field.index + 1 });
  return property ? property.name : field.propertyId;
}

/**
 * What each of a rule's values gives on the test page and which property it fills — or,
 * in words, why it is left out (a property the target no longer has, a value Notion
 * would refuse) and why it looks as it does (nothing on this page for a field).
 */
export function FieldList({ fields }: { fields: RuleFieldResult[] }) {
  const locale = currentLocale();
  if (fields.length === 0) return <p className="muted">{t('rulesNoValues')}</p>;
  return (
    <ul className="rule-fields" aria-label={t('rulesValuesLabel')}>
      {fields.map((result, i) => {
        const used = result.issues.length === 0;
        return (
          <li key={i} className={used ? 'rule-field' : 'rule-field rule-field-unused'}>
            <span className="rule-field-name">
              {fieldLabel(result)}
              {result.property && result.field.kind !== 'title' && (
                <span className="muted small"> · {result.property.type}</span>
              )}
              {result.field.kind === 'title' && result.property && (
                <span className="muted small">
                  {' '}
                  · {t('rulesFills', { property: result.property.name })}
                </span>
              )}
            </span>
            <span className="rule-field-value">
              {result.rendered === '' ? (
                <span className="muted">{t('rulesEmptyValue')}</span>
              ) : (
                result.rendered
              )}
            </span>
            {result.issues.map((issue, j) => (
              <p key={`i${j}`} className="field-error small">
                {describeRuleIssue(issue, locale)}
              </p>
            ))}
            {result.notes.map((note, j) => (
              <p key={`n${j}`} className="muted small">
                {describeTemplateNote(note, locale)}
              </p>
            ))}
          </li>
        );
      })}
    </ul>
  );
}
