import { useMemo, useRef, useState } from 'react';
import { Status } from '@/components/options/Status';
import { currentLocale, t } from '@/lib/i18n';
import type { SiteRule } from '@/lib/rules/model';
import { ruleName } from '@/lib/rules/describe';
import { previewRules } from '@/lib/rules/preview/preview';
import { Section } from '../Section';
import { useRulesStore } from '../stores';
import { PreviewPanel } from './PreviewPanel';
import { draftOf, newDraft, type RuleDraft } from './rule-draft';
import { RuleForm } from './RuleForm';
import { RuleList } from './RuleList';
import { usePreviewEnvironment, useSchemaOf } from './use-preview-env';
import { previewCapture, usePreviewPage } from './use-preview-page';

/**
 * Site rules: the list in order (the first that matches applies), adding and editing
 * one, and a live preview of the rules on the page the person last looked at.
 */
export function RulesSection() {
  const rules = useRulesStore((s) => s.value);
  const env = usePreviewEnvironment();
  const page = usePreviewPage();
  const capture = previewCapture(page.source);
  const [editing, setEditing] = useState<{ draft: RuleDraft; adding: boolean } | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);

  const preview = useMemo(
    () => (capture ? previewRules(rules, capture, env) : null),
    [rules, capture, env],
  );
  // The applied rule's database schema, asked for once when it is not cached.
  useSchemaOf(preview?.applied?.target ?? null, env);

  const edit = (rule: SiteRule) => {
    setSaid(null);
    setEditing({ draft: draftOf(rule), adding: false });
  };
  const add = () => {
    setSaid(null);
    setEditing({ draft: newDraft(crypto.randomUUID(), capture?.metadata.url), adding: true });
  };
  const done = (saved: SiteRule | null) => {
    const index = saved ? rules.findIndex((r) => r.id === saved.id) : -1;
    if (saved) {
      setSaid(
        t('rulesSaved', {
          name: ruleName(saved, index < 0 ? rules.length : index, currentLocale()),
        }),
      );
    }
    setEditing(null);
    requestAnimationFrame(() => addRef.current?.focus());
  };

  return (
    <Section id="rules" title={t('rulesHeading')} intro={t('rulesIntro')}>
      <PreviewPanel page={page} preview={preview} rules={rules} />
      <RuleList
        rules={rules}
        targets={env.targets}
        defaultTarget={env.defaultTarget}
        match={preview?.match ?? null}
        onEdit={edit}
      />
      <Status text={said} />
      {editing ? (
        <RuleForm
          key={editing.draft.id}
          initial={editing.draft}
          adding={editing.adding}
          rules={rules}
          capture={capture}
          env={env}
          onDone={done}
        />
      ) : (
        <div className="actions">
          <button type="button" ref={addRef} onClick={add}>
            {t('rulesAdd')}
          </button>
        </div>
      )}
    </Section>
  );
}
