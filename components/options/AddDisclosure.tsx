import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { t } from '@/lib/i18n';

// What can take the focus when the form opens: its first field, else its first button.
const FIRST_FIELD = 'input:not([type="hidden"]), textarea, select';
const FIRST_CONTROL = `${FIRST_FIELD}, button, a[href]`;

/**
 * An "Add…" form that stays out of the way once something of its kind exists: a button
 * opens it and moves the focus into it; Cancel, Escape or the button again close it and
 * give the focus back to the button. While nothing of its kind exists the form is simply
 * open, with no button in front of it: the first steps stay one step each.
 */
export function AddDisclosure({
  label,
  collapsible,
  children,
}: {
  /** The button's words ("Add a connection…"); without the ellipsis, they name Cancel too. */
  label: string;
  /** True once something of the form's kind exists. */
  collapsible: boolean;
  children: ReactNode;
}) {
  // Open from the start when nothing exists; it stays open when the first thing is added in it.
  const [open, setOpen] = useState(!collapsible);
  const button = useRef<HTMLButtonElement>(null);
  const region = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<'form' | 'button' | null>(null);
  const regionId = useId();
  const shown = open || !collapsible;

  useEffect(() => {
    const where = pendingFocus.current;
    pendingFocus.current = null;
    if (where === 'button') button.current?.focus();
    if (where === 'form') {
      const first =
        region.current?.querySelector<HTMLElement>(FIRST_FIELD) ??
        region.current?.querySelector<HTMLElement>(FIRST_CONTROL);
      first?.focus();
    }
  }, [open]);

  const toggle = (next: boolean) => {
    pendingFocus.current = next ? 'form' : 'button';
    setOpen(next);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape' || !collapsible || event.defaultPrevented) return;
    event.preventDefault();
    toggle(false);
  };

  return (
    <div className="add-disclosure">
      {collapsible && (
        <button
          ref={button}
          type="button"
          className="add-toggle"
          aria-expanded={shown}
          aria-controls={regionId}
          onClick={() => toggle(!shown)}
        >
          {label}
        </button>
      )}
      {shown && (
        <div id={regionId} ref={region} onKeyDown={onKeyDown}>
          {children}
          {collapsible && (
            <div className="actions">
              <button
                type="button"
                aria-label={t('optCancelAdding', { what: label.replace(/…$/, '') })}
                onClick={() => toggle(false)}
              >
                {t('optCancel')}
              </button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
