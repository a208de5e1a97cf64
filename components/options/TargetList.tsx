import { ErrorNotice } from '@/components/ErrorNotice';
import { useAction } from '@/components/use-action';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { Connection } from '@/lib/notion/types';
import { useDefaultTargetStore, useTargetsStore } from './stores';
import { TargetItem } from './TargetItem';
import { useMoveFocus } from './use-move-focus';

/** The targets in the person's order (the popup lists them the same way). */
export function TargetList({ connections }: { connections: Connection[] }) {
  const targets = useTargetsStore((s) => s.value);
  const defaultId = useDefaultTargetStore((s) => s.value);
  const reorder = useAction((ids: string[]) => sendMessage('reorderTargets', { targetIds: ids }));
  const { listRef, willMove } = useMoveFocus(targets);

  if (targets.length === 0) return <p className="muted">{t('optNoTargets')}</p>;

  const move = (index: number, direction: -1 | 1) => {
    const ids = targets.map((x) => x.id);
    const other = index + direction;
    if (other < 0 || other >= ids.length) return;
    [ids[index], ids[other]] = [ids[other]!, ids[index]!];
    willMove(targets[index]!.id, direction);
    void reorder.perform(ids);
  };

  return (
    <>
      <ol className="cards" ref={listRef} aria-label={t('optTargetListLabel')}>
        {targets.map((target, index) => {
          const connection = connections.find((c) => c.id === target.connectionId);
          return (
            <TargetItem
              key={target.id}
              target={target}
              isDefault={target.id === defaultId}
              connectionName={connection?.alias ?? '—'}
              integration={connection?.botName ?? ''}
              first={index === 0}
              last={index === targets.length - 1}
              onMove={(direction) => move(index, direction)}
            />
          );
        })}
      </ol>
      {reorder.failure && (
        <ErrorNotice failure={reorder.failure} onDismiss={reorder.clearFailure} />
      )}
    </>
  );
}
