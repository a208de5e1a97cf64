import { useEffect, useMemo, useRef, useState } from 'react';
import { ErrorNotice } from '@/components/ErrorNotice';
import { useAction } from '@/components/use-action';
import type { PageCapture } from '@/lib/capture/types';
import { currentLocale, t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import { RULE_CAPTURE_MODES, type RuleCaptureMode, type SiteRule } from '@/lib/rules/model';
import { describeVerdict } from '@/lib/rules/describe';
import { matchRule } from '@/lib/rules/match';
import { previewRule, type PreviewEnvironment } from '@/lib/rules/preview/preview';
import { putRule } from '@/lib/rules/store/list';
import { modeName } from './labels';
import { PatternFields } from './PatternFields';
import { PropertyTemplates } from './PropertyTemplates';
import { draftProblems, ruleOfDraft, type DraftField, type RuleDraft } from './rule-draft';
import { RuleOutcomeView } from './RuleOutcomeView';
import { TagTemplates } from './TagTemplates';
import { TemplateHelp } from './TemplateHelp';
import { LabelledInput } from './LabelledInput';
import { useSchemaOf } from './use-preview-env';

export interface RuleFormProps {
  initial: RuleDraft;
  /** True when the rule is not stored yet. */
  adding: boolean;
  rules: SiteRule[];
  capture: PageCapture | null;
  env: PreviewEnvironment;
  onDone: (saved: SiteRule | null) => void;
}

/**
 * Adds or edits a rule, with a live preview of what it gives on the test page. A pattern
 * or template that cannot be used gets its sentence under its field as it is typed;
 * saving is refused until they are fixed, and nothing typed is lost either way.
 */
export function RuleForm({ initial, adding, rules, capture, env, onDone }: RuleFormProps) {
  const locale = currentLocale();
  const [draft, setDraft] = useState(initial);
  const [tried, setTried] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const change = (patch: Partial<RuleDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const save = useAction((rule: SiteRule) => sendMessage('saveRule', { rule }));
  // The form opens below the list: take the person there, to its first field.
  useEffect(() => {
    const name = formRef.current?.querySelector<HTMLInputElement>('#rule-name');
    name?.focus();
    name?.scrollIntoView({ block: 'center' });
  }, []);

  const problems = useMemo(() => draftProblems(draft, locale), [draft, locale]);
  const problemOf = (field: DraftField) => problems.find((p) => p.field === field)?.message ?? null;
  const rule = useMemo(() => ruleOfDraft(draft), [draft]);
  const target =
    env.targets.find((x) => x.id === draft.targetId) ?? (draft.targetId ? null : env.defaultTarget);
  const schema = useSchemaOf(target, env);

  // The draft in its place in the list: whether it would apply there, or an earlier rule.
  const verdict = useMemo(() => {
    if (!capture || problems.some((p) => ['host', 'path', 'pattern'].includes(p.field)))
      return null;
    const list = putRule(rules, rule);
    const match = matchRule(list, capture.metadata.url);
    const own = match.verdicts.find((v) => v.ruleId === rule.id);
    return own ? describeVerdict(own, match, list, locale) : null;
  }, [capture, problems, rules, rule, locale]);
  const outcome = useMemo(
    () => (capture ? previewRule(rule, capture, env) : null),
    // `schema` changes `env.schemaOf`'s answer: the store's update renews `env`.
    [capture, rule, env],
  );

  const submit = async () => {
    setTried(true);
    if (problems.length > 0) {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    const after = await save.perform(rule);
    if (after) onDone(rule);
  };

  const headingId = 'rule-form-heading';
  return (
    <form
      ref={formRef}
      className="box rule-form"
      aria-labelledby={headingId}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id={headingId}>{adding ? t('rulesAddHeading') : t('rulesEditHeading')}</h3>
      <LabelledInput
        id="rule-name"
        label={t('rulesNameLabel')}
        value={draft.name}
        problem={null}
        onChange={(name) => change({ name })}
      />
      <label className="choice">
        <input
          type="checkbox"
          checked={draft.enabled}
          onChange={(e) => change({ enabled: e.target.checked })}
        />
        {t('rulesEnabled')}
      </label>
      <PatternFields draft={draft} problemOf={problemOf} change={change} />
      <div className="field">
        <label htmlFor="rule-target">{t('rulesTargetLabel')}</label>
        <select
          id="rule-target"
          value={draft.targetId ?? ''}
          onChange={(e) => change({ targetId: e.target.value || null })}
        >
          <option value="">
            {env.defaultTarget
              ? t('rulesDefaultTargetNamed', { name: env.defaultTarget.title })
              : t('rulesNoTarget')}
          </option>
          {env.targets.map((x) => (
            <option key={x.id} value={x.id}>
              {x.title}
            </option>
          ))}
          {/* A rule whose target was removed shows it as such until another is picked. */}
          {draft.targetId !== null && !env.targets.some((x) => x.id === draft.targetId) && (
            <option value={draft.targetId}>{t('rulesRemovedTarget')}</option>
          )}
        </select>
        {draft.targetId !== null && !env.targets.some((x) => x.id === draft.targetId) && (
          <p className="field-error small">{t('ruleCheckMissingTarget')}</p>
        )}
      </div>
      <div className="field">
        <label htmlFor="rule-mode">{t('rulesModeLabel')}</label>
        <select
          id="rule-mode"
          value={draft.mode ?? ''}
          onChange={(e) => change({ mode: (e.target.value || null) as RuleCaptureMode | null })}
        >
          {[null, ...RULE_CAPTURE_MODES].map((mode) => (
            <option key={mode ?? ''} value={mode ?? ''}>
              {modeName(mode)}
            </option>
          ))}
        </select>
      </div>
      <LabelledInput
        id="rule-title"
        label={t('rulesTitleLabel')}
        hint={t('rulesTitleHint')}
        value={draft.title}
        problem={problemOf('title')}
        onChange={(title) => change({ title })}
      />
      <PropertyTemplates
        draft={draft}
        target={target}
        schema={schema}
        problemOf={problemOf}
        change={change}
      />
      <TagTemplates draft={draft} problemOf={problemOf} change={change} />
      <TemplateHelp capture={capture} />
      {outcome && (
        <section className="rule-draft-preview" aria-labelledby="rule-draft-preview-heading">
          <h4 id="rule-draft-preview-heading">{t('rulesDraftPreviewHeading')}</h4>
          {verdict && <p className="small">{verdict}</p>}
          <RuleOutcomeView outcome={outcome} />
        </section>
      )}
      {tried && problems.length > 0 && (
        <p className="field-error" role="alert">
          {t('rulesFixFirst', { count: problems.length })}
        </p>
      )}
      {save.failure && <ErrorNotice failure={save.failure} onDismiss={save.clearFailure} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={save.pending}>
          {t('rulesSave')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t('optCancel')}
        </button>
      </div>
    </form>
  );
}
