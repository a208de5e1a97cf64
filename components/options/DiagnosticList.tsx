import { t } from '@/lib/i18n';
import type { Diagnostic } from '@/lib/notion/targets/diagnostics';
import { isNotionPageUrl } from '@/lib/notion/api/notion-url';

/**
 * What resolving found, every sentence shown: blocking problems, warnings and hints,
 * each with a link to open the object concerned in Notion when there is one.
 */
export function DiagnosticList({ items }: { items: Diagnostic[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="diagnostics">
      {items.map((d, i) => (
        <li key={`${d.code}-${i}`} className={`diagnostic diagnostic-${d.severity}`}>
          <span className="visually-hidden">{t(SEVERITY_KEYS[d.severity])}: </span>
          {d.message}
          {isNotionPageUrl(d.url) && (
            <>
              {' '}
              <a href={d.url} target="_blank" rel="noreferrer">
                {t('optOpenInNotion')}
              </a>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

const SEVERITY_KEYS = {
  error: 'optSeverityError',
  warning: 'optSeverityWarning',
  info: 'optSeverityInfo',
} as const;
