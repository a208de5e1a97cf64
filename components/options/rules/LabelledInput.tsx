import type { ReactNode } from 'react';

/**
 * One text input (a pattern, a template) with its label and, under it, the sentence of what is wrong with
 * it (tied to the input for screen readers); what was typed always stays.
 */
export function LabelledInput({
  id,
  label,
  value,
  problem,
  hint,
  onChange,
  extra,
}: {
  id: string;
  label: string;
  value: string;
  problem: string | null;
  hint?: string;
  onChange: (value: string) => void;
  extra?: ReactNode;
}) {
  const described = [hint ? `${id}-hint` : null, problem ? `${id}-problem` : null].filter(Boolean);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="row">
        <input
          id={id}
          type="text"
          spellCheck={false}
          autoComplete="off"
          value={value}
          aria-invalid={problem ? true : undefined}
          aria-describedby={described.length > 0 ? described.join(' ') : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
        {extra}
      </div>
      {hint && (
        <p id={`${id}-hint`} className="muted small">
          {hint}
        </p>
      )}
      {problem && (
        <p id={`${id}-problem`} className="field-error small">
          {problem}
        </p>
      )}
    </div>
  );
}
