import { t } from '@/lib/i18n';
import type { ConnectionKind } from '@/lib/notion/types';

// A PAT first: it is the path with nothing to share, and the one most people can take.
const KINDS: { kind: ConnectionKind; name: 'connKindPersonal' | 'connKindIntegration' }[] = [
  { kind: 'personal', name: 'connKindPersonal' },
  { kind: 'integration', name: 'connKindIntegration' },
];

/** The two kinds of token, each with the one sentence that tells them apart. */
export function TokenKindPicker({
  name,
  value,
  onChange,
}: {
  /** The radio group's name: unique on the page. */
  name: string;
  value: ConnectionKind;
  onChange: (kind: ConnectionKind) => void;
}) {
  return (
    <fieldset className="kind-picker">
      <legend>{t('connKindLegend')}</legend>
      {KINDS.map(({ kind, name: label }) => (
        <label key={kind} className="kind-option">
          <input
            type="radio"
            name={name}
            value={kind}
            checked={value === kind}
            onChange={() => onChange(kind)}
          />
          <span>
            <strong>{t(label)}</strong>
            <span className="muted small kind-pitch">
              {t(kind === 'personal' ? 'connKindPersonalPitch' : 'connKindIntegrationPitch')}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
