import { useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { TargetIcon } from '@/components/TargetIcon';
import { t, type MessageKey } from '@/lib/i18n';
import { filterTargets, type OrderedTarget, type TargetGroup } from '../../lib/save/target-order';
import { chooseTarget } from './session';
import { useOrderedTargets, useTarget } from './use-popup-model';
import { focusIfLost } from './focus';
import { targetKindLabel } from './target-kind';
import { markTargetsPainted } from './targets-painted';

const GROUP_KEYS: Record<TargetGroup, MessageKey> = {
  default: 'popupTargetDefault',
  recent: 'popupTargetRecent',
  other: 'popupTargetOther',
};

/**
 * Where to save: a button naming the target, which opens a filter box over every
 * target — the default first, the recent ones next. Arrows move, Enter picks, Escape
 * goes back without a change.
 */
export function TargetPicker() {
  const ordered = useOrderedTargets();
  const target = useTarget();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const shown = useMemo(() => filterTargets(ordered, query), [ordered, query]);

  useLayoutEffect(() => {
    // The benchmark's mark: the frame that first paints the targets read from storage.
    // A layout effect runs before that frame is painted, so its frame callback belongs
    // to it (a passive effect may run after the paint and mark the frame after).
    // The static shell's script may have set it already; it is set once either way.
    if (target) markTargetsPainted();
  }, [target]);

  if (!target) return null;

  const close = (focusButton: boolean) => {
    setOpen(false);
    setQuery('');
    // Next frame, once the button is back; a person already in the title keeps the focus,
    // and their Enter is not taken by the button, which would open the list again.
    if (focusButton) requestAnimationFrame(() => focusIfLost(button.current));
  };
  const pick = (entry: OrderedTarget | undefined) => {
    if (entry) chooseTarget(entry.target.id);
    close(true);
  };
  const openWith = (text: string) => {
    setQuery(text);
    setActive(0);
    setOpen(true);
  };

  const onButtonKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    // Typing on the closed picker starts filtering at once.
    if (
      event.key.length === 1 &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.altKey &&
      event.key !== ' '
    ) {
      event.preventDefault();
      openWith(event.key);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      openWith('');
    }
  };
  const onFilterKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (shown.length > 0) setActive((i) => (i + step + shown.length) % shown.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(shown[Math.min(active, shown.length - 1)]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    }
  };

  const optionId = (i: number) => `${listId}-${i}`;
  const activeIndex = Math.min(active, shown.length - 1);
  // Group headings help only while the whole list is shown.
  const grouped = query.trim() === '';

  return (
    <div className="target-picker">
      <span className="field-label" id={`${listId}-label`}>
        {t('popupTargetLabel')}
      </span>
      {!open ? (
        <button
          ref={button}
          type="button"
          className="target-current"
          aria-haspopup="listbox"
          aria-expanded="false"
          aria-label={t('popupTargetChange', { target: target.title })}
          onClick={() => openWith('')}
          onKeyDown={onButtonKey}
        >
          <TargetIcon icon={target.icon} />
          <span className="target-title">{target.title}</span>
          <span className="target-kind muted">{targetKindLabel(target)}</span>
          <span aria-hidden="true">▾</span>
        </button>
      ) : (
        <div
          className="target-panel"
          onBlur={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) close(false);
          }}
        >
          <input
            type="text"
            role="combobox"
            autoFocus
            autoComplete="off"
            aria-label={t('popupTargetFilter')}
            placeholder={t('popupTargetFilter')}
            aria-autocomplete="list"
            aria-expanded="true"
            aria-controls={listId}
            aria-activedescendant={shown.length > 0 ? optionId(activeIndex) : undefined}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
            }}
            onKeyDown={onFilterKey}
          />
          <ul
            id={listId}
            role="listbox"
            aria-labelledby={`${listId}-label`}
            className="target-list"
          >
            {shown.map((entry, i) => (
              <TargetOption
                key={entry.target.id}
                id={optionId(i)}
                entry={entry}
                heading={grouped && entry.group !== shown[i - 1]?.group}
                active={i === activeIndex}
                chosen={entry.target.id === target.id}
                onPick={() => pick(entry)}
              />
            ))}
          </ul>
          {shown.length === 0 && (
            <p className="muted" role="status">
              {t('popupTargetNoMatch', { query })}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

function TargetOption(props: {
  id: string;
  entry: OrderedTarget;
  heading: boolean;
  active: boolean;
  chosen: boolean;
  onPick: () => void;
}) {
  const { target, group } = props.entry;
  return (
    <>
      {props.heading && (
        <li role="presentation" className="group-label">
          {t(GROUP_KEYS[group])}
        </li>
      )}
      <li
        id={props.id}
        role="option"
        aria-selected={props.active}
        aria-current={props.chosen || undefined}
        className={props.active ? 'active' : undefined}
        onMouseDown={(e) => e.preventDefault()}
        onClick={props.onPick}
      >
        <TargetIcon icon={target.icon} />
        <span className="target-title">{target.title}</span>
        <span className="target-kind muted">{targetKindLabel(target)}</span>
      </li>
    </>
  );
}
