import { useState } from 'react';
import { ErrorNotice } from '@/components/ErrorNotice';
import { TargetIcon } from '@/components/TargetIcon';
import { useAction } from '@/components/use-action';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { PageMode, Target } from '@/lib/notion/types';
import { MappingEditor } from './MappingEditor';

export interface TargetItemProps {
  target: Target;
  isDefault: boolean;
  connectionName: string;
  integration: string;
  first: boolean;
  last: boolean;
  onMove: (direction: -1 | 1) => void;
}

/** One target: what it is, and its actions (default, order, page mode, mapping, remove). */
export function TargetItem(props: TargetItemProps) {
  const { target, isDefault, first, last, onMove } = props;
  const [mappingOpen, setMappingOpen] = useState(false);
  const action = useAction((run: () => Promise<unknown>) => run());
  const headingId = `target-${target.id}`;
  const name = target.title;

  const setMode = (pageMode: PageMode) =>
    void action.perform(() =>
      sendMessage('updateTarget', { targetId: target.id, patch: { pageMode } }),
    );

  return (
    <li className="card target" aria-labelledby={headingId} data-target-id={target.id}>
      <div className="card-head">
        <TargetIcon icon={target.icon} />
        <h3 id={headingId} className="card-title">
          {name}
        </h3>
        {isDefault && <span className="badge">{t('optDefaultBadge')}</span>}
      </div>
      <p className="muted small">
        {target.kind === 'data_source'
          ? target.databaseTitle && target.databaseTitle !== target.title
            ? t('optKindDataSourceOf', { database: target.databaseTitle })
            : t('optKindDatabase')
          : t('optKindPage')}
        {' · '}
        {props.connectionName}
      </p>
      {target.kind === 'page' && (
        <div className="field">
          <label htmlFor={`mode-${target.id}`}>{t('optPageModeLabel')}</label>
          <select
            id={`mode-${target.id}`}
            value={target.pageMode}
            onChange={(e) => setMode(e.target.value === 'append' ? 'append' : 'child')}
          >
            <option value="child">{t('optPageModeChild')}</option>
            <option value="append">{t('optPageModeAppend')}</option>
          </select>
        </div>
      )}
      <div className="actions">
        {!isDefault && (
          <button
            type="button"
            aria-label={t('optMakeDefaultNamed', { name })}
            onClick={() =>
              void action.perform(() => sendMessage('setDefaultTarget', { targetId: target.id }))
            }
          >
            {t('optMakeDefault')}
          </button>
        )}
        <button
          type="button"
          data-move={`${target.id}:-1`}
          aria-label={t('optMoveUpNamed', { name })}
          disabled={first}
          onClick={() => onMove(-1)}
        >
          ↑ {t('optMoveUp')}
        </button>
        <button
          type="button"
          data-move={`${target.id}:1`}
          aria-label={t('optMoveDownNamed', { name })}
          disabled={last}
          onClick={() => onMove(1)}
        >
          ↓ {t('optMoveDown')}
        </button>
        {target.kind === 'data_source' && (
          <button
            type="button"
            aria-expanded={mappingOpen}
            aria-controls={`mapping-${target.id}`}
            onClick={() => setMappingOpen(!mappingOpen)}
          >
            {mappingOpen ? t('optHideProperties') : t('optEditProperties')}
          </button>
        )}
        <button
          type="button"
          aria-label={t('optRemoveNamed', { name })}
          onClick={() =>
            void action.perform(() => sendMessage('removeTarget', { targetId: target.id }))
          }
        >
          {t('optRemove')}
        </button>
      </div>
      {action.failure && <ErrorNotice failure={action.failure} onDismiss={action.clearFailure} />}
      {target.kind === 'data_source' && mappingOpen && (
        <div id={`mapping-${target.id}`} className="mapping-panel">
          <MappingEditor target={target} integration={props.integration} />
        </div>
      )}
    </li>
  );
}
