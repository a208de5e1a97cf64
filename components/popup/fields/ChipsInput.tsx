import { useId, useState, type KeyboardEvent } from 'react';
import { t } from '@/lib/i18n';

export interface ChipOption {
  id: string;
  label: string;
  /** A second line in the list (an email, a database). */
  hint?: string;
}

interface Props {
  inputId: string;
  describedBy?: string;
  invalid: boolean;
  chips: ChipOption[];
  onAdd: (option: ChipOption) => void;
  onRemove: (id: string) => void;
  /** Options matching what is typed; chips already chosen are left out here. */
  suggestions: (query: string) => ChipOption[];
  /** A new option from typed text (tags), or absent when only existing ones fit. */
  create?: (text: string) => ChipOption | null;
  onQuery?: (query: string) => void;
  onFocus?: () => void;
  placeholder: string;
  /** "Searching…", "No page matches." — announced politely. */
  status?: string | null;
}

/**
 * Chosen values as chips, and a combobox to add more: arrows move through the
 * suggestions, Enter adds, Backspace on an empty input removes the last chip, Escape
 * closes the list. Enter with nothing to add is left to the form (it saves).
 */
export function ChipsInput(props: Props) {
  const { chips, suggestions, create } = props;
  const listId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Enter adds only what the person typed or moved to; otherwise it saves the form.
  const [moved, setMoved] = useState(false);

  const chosen = new Set(chips.map((c) => c.id.toLocaleLowerCase()));
  const matches = suggestions(query).filter((o) => !chosen.has(o.id.toLocaleLowerCase()));
  const typed = query.trim();
  const exact = matches.some((o) => o.label.toLocaleLowerCase() === typed.toLocaleLowerCase());
  const fresh =
    create && typed && !exact && !chosen.has(typed.toLocaleLowerCase()) ? create(typed) : null;
  const options = fresh ? [...matches, { ...fresh, hint: undefined }] : matches;
  const shown = open && options.length > 0;
  const activeIndex = Math.min(active, options.length - 1);
  const optionId = (i: number) => `${listId}-${i}`;

  const change = (value: string) => {
    setQuery(value);
    setActive(0);
    setMoved(false);
    setOpen(true);
    props.onQuery?.(value);
  };
  const add = (option: ChipOption) => {
    props.onAdd(option);
    change('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      setMoved(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (options.length === 0 ? 0 : (i + step + options.length) % options.length));
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && shown) {
      if (!typed && !moved) return;
      event.preventDefault();
      add(options[activeIndex]!);
    } else if (event.key === ',' && fresh) {
      event.preventDefault();
      add(fresh);
    } else if (event.key === 'Escape' && shown) {
      event.preventDefault();
      setOpen(false);
    } else if (event.key === 'Backspace' && query === '' && chips.length > 0) {
      props.onRemove(chips[chips.length - 1]!.id);
    }
  };

  return (
    <div className="chips">
      {chips.length > 0 && (
        <ul className="chip-list">
          {chips.map((chip) => (
            <li key={chip.id} className="chip">
              <span>{chip.label}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('popupChipRemove', { name: chip.label })}
                onClick={() => props.onRemove(chip.id)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={props.inputId}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown ? optionId(activeIndex) : undefined}
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid || undefined}
        placeholder={props.placeholder}
        value={query}
        onChange={(e) => change(e.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => {
          setOpen(true);
          props.onFocus?.();
        }}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" className="suggestions" hidden={!shown}>
        {shown &&
          options.map((option, i) => (
            <li
              key={option.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === activeIndex}
              className={i === activeIndex ? 'active' : undefined}
              // Keeps the focus in the input, so the list does not close first.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => add(option)}
            >
              {option === options[options.length - 1] && fresh
                ? t('popupChipCreate', { name: option.label })
                : option.label}
              {option.hint && <span className="muted"> · {option.hint}</span>}
            </li>
          ))}
      </ul>
      {props.status && (
        <p className="field-status muted" role="status">
          {props.status}
        </p>
      )}
    </div>
  );
}
