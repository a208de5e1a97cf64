import { useRule } from './use-popup-model';

/**
 * Which site rule filled this save, when one did (and which others it came before): the
 * target, mode and form below start from its values, and every one can still be changed.
 * The sentence comes with the background's answer (`findRule`).
 */
export function RuleNotice() {
  const rule = useRule();
  if (!rule) return null;
  return (
    <p className="muted small" role="note">
      {rule.sentence}
    </p>
  );
}
