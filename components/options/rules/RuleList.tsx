import { useState } from 'react';
import { ErrorNotice } from '@/components/ErrorNotice';
import { Status } from '@/components/options/Status';
import { useAction } from '@/components/use-action';
import { currentLocale, t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { Target } from '@/lib/notion/types';
import { describeVerdict, ruleName } from '@/lib/rules/describe';
import type { RuleMatch } from '@/lib/rules/match';
import type { SiteRule } from '@/lib/rules/model';
import { RuleItem } from './RuleItem';
import { useMoveFocus } from '../use-move-focus';

export interface RuleListProps {
  rules: SiteRule[];
  targets: readonly Target[];
  defaultTarget: Target | null;
  /** How the rules judged the test page; null without one. */
  match: RuleMatch | null;
  onEdit: (rule: SiteRule) => void;
}

/** The rules in order — the first that matches applies — with moving and removing. */
export function RuleList({ rules, targets, defaultTarget, match, onEdit }: RuleListProps) {
  const locale = currentLocale();
  const action = useAction((run: () => Promise<SiteRule[]>) => run());
  const [said, setSaid] = useState<string | null>(null);
  const { listRef, willMove } = useMoveFocus(rules);

  if (rules.length === 0) return <p className="muted">{t('rulesNone')}</p>;

  const name = (rule: SiteRule, index: number) => ruleName(rule, index, locale);
  const move = (index: number, direction: -1 | 1) => {
    const rule = rules[index]!;
    willMove(rule.id, direction);
    setSaid(null);
    void action
      .perform(() => sendMessage('moveRule', { ruleId: rule.id, to: index + direction }))
      .then((after) => {
        if (after) {
          const at = after.findIndex((r) => r.id === rule.id);
          setSaid(t('rulesMoved', { name: name(rule, index), n: at + 1, count: after.length }));
        }
      });
  };
  const remove = (rule: SiteRule, index: number) => {
    setSaid(null);
    void action
      .perform(() => sendMessage('deleteRule', { ruleId: rule.id }))
      .then((after) => after && setSaid(t('rulesDeleted', { name: name(rule, index) })));
  };
  const targetTitle = (rule: SiteRule) => {
    const own = targets.find((x) => x.id === rule.set.targetId);
    if (own) return own.title;
    return defaultTarget
      ? t('rulesDefaultTargetNamed', { name: defaultTarget.title })
      : t('rulesNoTarget');
  };

  return (
    <>
      <ol className="cards" ref={listRef} aria-label={t('rulesListLabel')}>
        {rules.map((rule, index) => {
          const verdict = match?.verdicts.find((v) => v.ruleId === rule.id);
          return (
            <RuleItem
              key={rule.id}
              rule={rule}
              name={name(rule, index)}
              verdict={verdict && match ? describeVerdict(verdict, match, rules, locale) : null}
              targetTitle={targetTitle(rule)}
              first={index === 0}
              last={index === rules.length - 1}
              onMove={(direction) => move(index, direction)}
              onEdit={() => onEdit(rule)}
              onDelete={() => remove(rule, index)}
            />
          );
        })}
      </ol>
      <Status text={said} />
      {action.failure && <ErrorNotice failure={action.failure} onDismiss={action.clearFailure} />}
    </>
  );
}
