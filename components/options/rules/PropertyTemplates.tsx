import { useState } from 'react';
import { t } from '@/lib/i18n';
import { findProperty, propertiesOf, type CachedSchema } from '@/lib/rules/notion-checks';
import type { Target } from '@/lib/notion/types';
import type { DraftField, RuleDraft } from './rule-draft';
import { LabelledInput } from './LabelledInput';

/** The property types a template can fill (computed ones Notion keeps to itself). */
const FILLABLE = new Set([
  'rich_text',
  'number',
  'url',
  'email',
  'phone_number',
  'select',
  'status',
  'multi_select',
  'date',
  'checkbox',
  'people',
  'relation',
  'files',
]);

/** A template per property of the target's database: pick the property, type the template. */
export function PropertyTemplates({
  draft,
  target,
  schema,
  problemOf,
  change,
}: {
  draft: RuleDraft;
  target: Target | null;
  schema: CachedSchema | null;
  problemOf: (field: DraftField) => string | null;
  change: (patch: Partial<RuleDraft>) => void;
}) {
  const [picked, setPicked] = useState('');
  const database = target?.kind === 'data_source';
  const taken = new Set(draft.properties.map((p) => p.key));
  const offered = schema
    ? propertiesOf(schema).filter((p) => FILLABLE.has(p.type) && !taken.has(p.id))
    : [];
  const setTemplate = (key: string, template: string) =>
    change({ properties: draft.properties.map((p) => (p.key === key ? { key, template } : p)) });
  const remove = (key: string) =>
    change({ properties: draft.properties.filter((p) => p.key !== key) });
  const add = () => {
    const key = picked || offered[0]?.id;
    if (!key) return;
    change({ properties: [...draft.properties, { key, template: '' }] });
    setPicked('');
    // The new template's input, once it is drawn.
    requestAnimationFrame(() => document.getElementById(`rule-property-${key}`)?.focus());
  };
  return (
    <fieldset>
      <legend>{t('rulesPropertiesLegend')}</legend>
      {!database && <p className="muted small">{t('rulesPropertiesPageTarget')}</p>}
      {database && !schema && <p className="muted small">{t('rulesWaitingForSchema')}</p>}
      {draft.properties.map(({ key, template }) => {
        const property = schema ? findProperty(schema, key) : null;
        const name = property?.name ?? key;
        return (
          <LabelledInput
            key={key}
            id={`rule-property-${key}`}
            label={property ? `${name} (${property.type})` : name}
            value={template}
            problem={
              problemOf(`property:${key}`) ??
              (schema && !property ? t('ruleValuePropertyGone', { property: key }) : null)
            }
            onChange={(value) => setTemplate(key, value)}
            extra={
              <button
                type="button"
                aria-label={t('rulesRemovePropertyNamed', { name })}
                onClick={() => remove(key)}
              >
                {t('optRemove')}
              </button>
            }
          />
        );
      })}
      {offered.length > 0 && (
        <div className="field">
          <label htmlFor="rule-add-property">{t('rulesAddPropertyLabel')}</label>
          <div className="row">
            <select
              id="rule-add-property"
              value={picked || offered[0]!.id}
              onChange={(e) => setPicked(e.target.value)}
            >
              {offered.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({p.type})
                </option>
              ))}
            </select>
            <button type="button" onClick={add}>
              {t('rulesAddProperty')}
            </button>
          </div>
        </div>
      )}
    </fieldset>
  );
}
