import { useEffect, useMemo, useState } from 'react';
import { ErrorNotice } from '@/components/ErrorNotice';
import { ColorTag } from '@/components/highlights/colors';
import { toFailure } from '@/components/use-action';
import { t } from '@/lib/i18n';
import { sendMessage, type DescribedFailure, type HighlightPageView } from '@/lib/messaging';
import { notionPageUrlOrNull } from '@/lib/notion/api/notion-url';
import { watchAllPageHighlights } from '@/lib/storage';
import { searchHighlightPages, webPageUrl } from './highlight-search';
import { Section } from './Section';

/** Passages shown under a page before "and N more": the page itself has the rest. */
const PASSAGES_SHOWN = 3;

/** Every page with highlights, from the background, listed again whenever one changes. */
function useHighlightPages() {
  const [pages, setPages] = useState<HighlightPageView[] | null>(null);
  const [failure, setFailure] = useState<DescribedFailure | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      sendMessage('listHighlightPages', undefined).then(
        (list) => live && (setPages(list), setFailure(null)),
        (error: unknown) => live && setFailure(toFailure(error)),
      );
    void load();
    const unwatch = watchAllPageHighlights(() => void load());
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return { pages, failure };
}

/**
 * The Highlights view: every page with highlights, the most recently changed first,
 * searched as the person types (titles, addresses, passages, notes). Each page opens
 * in a tab — only a web page's address, checked here — and in Notion once it is kept
 * there.
 */
export function HighlightsSection() {
  const { pages, failure } = useHighlightPages();
  const [query, setQuery] = useState('');
  const matches = useMemo(() => (pages ? searchHighlightPages(pages, query) : []), [pages, query]);
  const searching = query.trim().length > 0;
  return (
    <Section id="highlights" title={t('optHighlightsHeading')} intro={t('optHighlightsIntro')}>
      {failure && <ErrorNotice failure={failure} />}
      {pages === null ? (
        !failure && <p className="muted">{t('optLoading')}</p>
      ) : pages.length === 0 ? (
        <p className="muted">{t('optHighlightsNone')}</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor="highlight-search">{t('optHighlightsSearch')}</label>
            <input
              id="highlight-search"
              type="search"
              value={query}
              aria-describedby="highlight-search-help"
              onChange={(e) => setQuery(e.target.value)}
            />
            <p id="highlight-search-help" className="muted small">
              {t('optHighlightsSearchHelp')}
            </p>
          </div>
          <p className="muted small" role="status">
            {matches.length === 0
              ? t('optHighlightsNoMatch', { query: query.trim() })
              : t('optHighlightsShown', { count: matches.length })}
          </p>
          <ul className="cards hl-pages">
            {matches.map(({ page, highlights }) => (
              <HighlightPage
                key={page.pageUrl}
                page={page}
                shown={highlights}
                searching={searching}
              />
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}

function HighlightPage({
  page,
  shown,
  searching,
}: {
  page: HighlightPageView;
  shown: HighlightPageView['highlights'];
  searching: boolean;
}) {
  const title = page.title ?? page.pageUrl;
  const open = webPageUrl(page.pageUrl);
  const notion = notionPageUrlOrNull(page.sync.notionPageUrl);
  // Newest first under the page too; a search shows what it found.
  const passages = [...shown].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
  const rest = passages.length - PASSAGES_SHOWN;
  const headingId = `hl-page-${encodeURIComponent(page.pageUrl).replace(/%/g, '_')}`;
  return (
    <li className="card" aria-labelledby={headingId}>
      <div className="card-head">
        <h3 className="card-title hl-page-title" id={headingId}>
          {title}
        </h3>
        <span className="badge">{t('optHighlightsCount', { count: page.highlights.length })}</span>
      </div>
      {page.title && <p className="muted small hl-page-address">{page.pageUrl}</p>}
      <ul className="hl-list">
        {passages.slice(0, PASSAGES_SHOWN).map((h) => (
          <li key={h.id} className="hl-item">
            <ColorTag color={h.color} />
            <p className="hl-passage">{h.target.quote.exact}</p>
            {h.note && <p className="hl-note">{h.note}</p>}
          </li>
        ))}
      </ul>
      {rest > 0 && (
        <p className="muted small">
          {t(searching ? 'optHighlightsMoreFound' : 'optHighlightsMore', { count: rest })}
        </p>
      )}
      <div className="actions">
        {open && (
          <a
            className="button"
            href={open}
            target="_blank"
            rel="noreferrer"
            aria-label={t('optHighlightsOpenLabel', { title })}
          >
            {t('optHighlightsOpen')}
          </a>
        )}
        {notion && (
          <a
            className="button"
            href={notion}
            target="_blank"
            rel="noreferrer"
            aria-label={t('optHighlightsOpenNotionLabel', { title })}
          >
            {t('hlOpenInNotion')}
          </a>
        )}
      </div>
    </li>
  );
}
