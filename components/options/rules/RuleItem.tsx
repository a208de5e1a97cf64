import { useState } from 'react';
import { t } from '@/lib/i18n';
import type { SiteRule } from '@/lib/rules/model';
import { modeName, patternText } from './labels';

export interface RuleItemProps {
  rule: SiteRule;
  /** The rule's name for people (its own, or "Rule 2"). */
  name: string;
  /** What the rule made of the test page, in words; null without a test page. */
  verdict: string | null;
  targetTitle: string;
  first: boolean;
  last: boolean;
  onMove: (direction: -1 | 1) => void;
  onEdit: () => void;
  onDelete: () => void;
}

/** One rule in the list: its pattern, what it sets, how it judged the test page. */
export function RuleItem(props: RuleItemProps) {
  const { rule, name, first, last } = props;
  const [confirming, setConfirming] = useState(false);
  const headingId = `rule-${rule.id}`;
  return (
    <li className="card" aria-labelledby={headingId} data-rule-id={rule.id}>
      <div className="card-head">
        <h3 id={headingId} className="card-title">
          {name}
        </h3>
        {!rule.enabled && <span className="badge">{t('rulesOffBadge')}</span>}
      </div>
      <p className="muted small rule-summary">
        <code>{patternText(rule.match)}</code> → {props.targetTitle} · {modeName(rule.set.mode)}
      </p>
      {props.verdict && <p className="small">{props.verdict}</p>}
      <div className="actions">
        <button type="button" aria-label={t('rulesEditNamed', { name })} onClick={props.onEdit}>
          {t('rulesEdit')}
        </button>
        <button
          type="button"
          data-move={`${rule.id}:-1`}
          aria-label={t('optMoveUpNamed', { name })}
          disabled={first}
          onClick={() => props.onMove(-1)}
        >
          ↑ {t('optMoveUp')}
        </button>
        <button
          type="button"
          data-move={`${rule.id}:1`}
          aria-label={t('optMoveDownNamed', { name })}
          disabled={last}
          onClick={() => props.onMove(1)}
        >
          ↓ {t('optMoveDown')}
        </button>
        {confirming ? (
          <span className="confirm">
            <span>{t('rulesDeleteConfirm', { name })}</span>
            <button type="button" className="danger" onClick={props.onDelete}>
              {t('optRemove')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('optCancel')}
            </button>
          </span>
        ) : (
          <button
            type="button"
            aria-label={t('optRemoveNamed', { name })}
            onClick={() => setConfirming(true)}
          >
            {t('optRemove')}
          </button>
        )}
      </div>
    </li>
  );
}
