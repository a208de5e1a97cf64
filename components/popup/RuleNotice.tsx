import { useMemo } from 'react';
import { currentLocale } from '@/lib/i18n';
import { describeMatch } from '@/lib/rules/describe';
import { matchRule } from '@/lib/rules/match';
import { useSession } from './session';
import { useRulesStore } from './stores';

/**
 * Which site rule filled this save, when one did (and which others it came before): the
 * target, mode and form below start from its values, and every one can still be changed.
 */
export function RuleNotice() {
  const rules = useRulesStore((s) => s.value);
  const url = useSession((s) => s.tab?.url);
  const sentence = useMemo(() => {
    if (!url) return null;
    const match = matchRule(rules, url);
    return match.rule ? describeMatch(match, rules, currentLocale()) : null;
  }, [rules, url]);
  if (!sentence) return null;
  return (
    <p className="muted small" role="note">
      {sentence}
    </p>
  );
}
