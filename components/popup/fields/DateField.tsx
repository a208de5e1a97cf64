import { t } from '@/lib/i18n';
import { valueAs, type FieldProps } from './field-props';

function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function nowTime(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/**
 * A day, or a day and a time. A time is wall-clock time in the browser's zone, sent with
 * that zone, so Notion shows it as the person saw it.
 */
export function DateField({ input, inputId, errorId, onChange }: FieldProps) {
  const value = valueAs(input, 'date');
  const start = value?.start ?? '';
  const withTime = start.includes('T');
  const zone = withTime ? (value?.timeZone ?? localZone()) : null;
  const set = (next: string) =>
    onChange({ type: 'date', start: next || null, timeZone: next.includes('T') ? zone : null });
  const toggle = () => {
    const day = start.slice(0, 10) || new Date().toLocaleDateString('sv');
    if (withTime) onChange({ type: 'date', start: day, timeZone: null });
    else onChange({ type: 'date', start: `${day}T${nowTime()}`, timeZone: localZone() });
  };
  return (
    <div className="date-field">
      <input
        id={inputId}
        type={withTime ? 'datetime-local' : 'date'}
        step={withTime ? 1 : undefined}
        value={withTime ? start.slice(0, 19) : start.slice(0, 10)}
        aria-describedby={errorId}
        aria-invalid={errorId ? true : undefined}
        onChange={(e) => set(e.target.value)}
      />
      <button type="button" className="link" onClick={toggle}>
        {withTime ? t('popupDateRemoveTime') : t('popupDateAddTime')}
      </button>
    </div>
  );
}
