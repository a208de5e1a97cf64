import { t } from '@/lib/i18n';
import type { DraftField, RuleDraft } from './rule-draft';
import { LabelledInput } from './LabelledInput';

/** One template per tag; a rendered tag with commas gives several tags. */
export function TagTemplates({
  draft,
  problemOf,
  change,
}: {
  draft: RuleDraft;
  problemOf: (field: DraftField) => string | null;
  change: (patch: Partial<RuleDraft>) => void;
}) {
  const set = (index: number, value: string) =>
    change({ tags: draft.tags.map((tag, i) => (i === index ? value : tag)) });
  const add = () => {
    change({ tags: [...draft.tags, ''] });
    const index = draft.tags.length;
    requestAnimationFrame(() => document.getElementById(`rule-tag-${index}`)?.focus());
  };
  return (
    <fieldset>
      <legend>{t('rulesTagsLegend')}</legend>
      <p className="muted small">{t('rulesTagsHint')}</p>
      {draft.tags.map((tag, index) => (
        <LabelledInput
          key={index}
          id={`rule-tag-${index}`}
          label={t('rulesFieldTag', { n: index + 1 })}
          value={tag}
          problem={problemOf(`tag:${index}`)}
          onChange={(value) => set(index, value)}
          extra={
            <button
              type="button"
              aria-label={t('rulesRemoveTagNamed', { n: index + 1 })}
              onClick={() => change({ tags: draft.tags.filter((_, i) => i !== index) })}
            >
              {t('optRemove')}
            </button>
          }
        />
      ))}
      <button type="button" onClick={add}>
        {t('rulesAddTag')}
      </button>
    </fieldset>
  );
}
