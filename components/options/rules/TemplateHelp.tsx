import { t, type MessageKey } from '@/lib/i18n';
import type { PageCapture } from '@/lib/capture/types';

const VARIABLES: [string, MessageKey][] = [
  ['{{title}}', 'rulesHelpTitle'],
  ['{{url}}', 'rulesHelpUrl'],
  ['{{site}}', 'rulesHelpSite'],
  ['{{domain}}', 'rulesHelpDomain'],
  ['{{author}}', 'rulesHelpAuthor'],
  ['{{published}}', 'rulesHelpPublished'],
  ['{{description}}', 'rulesHelpDescription'],
  ['{{selection}}', 'rulesHelpSelection'],
  ['{{date}}', 'rulesHelpDate'],
  ['{{meta:og:site_name}}', 'rulesHelpMeta'],
  ['{{schema:author}}', 'rulesHelpSchema'],
];

const FILTERS: [string, MessageKey][] = [
  ['lower, upper', 'rulesHelpFilterCase'],
  ['trim', 'rulesHelpFilterTrim'],
  ['slice:0,50', 'rulesHelpFilterSlice'],
  ['date:"YYYY-MM-DD"', 'rulesHelpFilterDate'],
  ['replace:"old","new"', 'rulesHelpFilterReplace'],
];

/** The JSON-LD `@type`s of the test page, to say which `schema:` fields it has. */
function jsonLdTypes(documents: readonly unknown[]): string[] {
  const out = new Set<string>();
  const visit = (value: unknown, depth: number) => {
    if (depth > 3 || out.size >= 12 || typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) return value.forEach((v) => visit(v, depth + 1));
    const node = value as Record<string, unknown>;
    for (const type of [node['@type']].flat()) if (typeof type === 'string') out.add(type);
    if (node['@graph'] !== undefined) visit(node['@graph'], depth + 1);
  };
  visit(documents, 0);
  return [...out];
}

/** How templates are written, and which meta and JSON-LD fields the test page has. */
export function TemplateHelp({ capture }: { capture: PageCapture | null }) {
  const meta = Object.entries(capture?.meta ?? {}).slice(0, 40);
  const types = jsonLdTypes(capture?.jsonLd ?? []);
  return (
    <details className="advanced template-help">
      <summary>{t('rulesHelpSummary')}</summary>
      <p className="small">{t('rulesHelpIntro')}</p>
      <table className="shortcuts small">
        <caption className="visually-hidden">{t('rulesHelpVariables')}</caption>
        <tbody>
          {VARIABLES.map(([code, key]) => (
            <tr key={code}>
              <td>
                <code>{code}</code>
              </td>
              <td>{t(key)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small">{t('rulesHelpFilters')}</p>
      <table className="shortcuts small">
        <caption className="visually-hidden">{t('rulesHelpFiltersCaption')}</caption>
        <tbody>
          {FILTERS.map(([code, key]) => (
            <tr key={code}>
              <td>
                <code>{code}</code>
              </td>
              <td>{t(key)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small">{t('rulesHelpExample')}</p>
      {capture && (
        <>
          <p className="small">
            {meta.length > 0 ? t('rulesHelpPageMeta') : t('rulesHelpPageNoMeta')}
          </p>
          {meta.length > 0 && (
            <ul className="small page-fields">
              {meta.map(([name, value]) => (
                <li key={name}>
                  <code>{`{{meta:${name}}}`}</code>{' '}
                  <span className="muted">{value.slice(0, 80)}</span>
                </li>
              ))}
            </ul>
          )}
          <p className="small">
            {types.length > 0
              ? t('rulesHelpPageSchema', { types: types.join(', ') })
              : t('rulesHelpPageNoSchema')}
          </p>
        </>
      )}
    </details>
  );
}
