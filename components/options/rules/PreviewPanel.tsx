import { useState } from 'react';
import { ErrorNotice } from '@/components/ErrorNotice';
import { currentLocale, t } from '@/lib/i18n';
import { describeMatch } from '@/lib/rules/describe';
import type { SiteRule } from '@/lib/rules/model';
import type { RulesPreview } from '@/lib/rules/preview/preview';
import { RuleOutcomeView } from './RuleOutcomeView';
import type { PreviewPageState } from './use-preview-page';

function SourceLine({ page }: { page: PreviewPageState }) {
  const { source } = page;
  switch (source.kind) {
    case 'loading':
      return <p className="muted">{t('rulesPreviewReading')}</p>;
    case 'tab':
      return (
        <>
          <p className="source">
            {t('rulesPreviewTab', {
              title: source.capture.metadata.title || source.capture.metadata.url,
            })}
            <br />
            <span className="muted small">{source.capture.metadata.url}</span>
          </p>
          {!source.pageRead && <p className="muted small">{t('rulesPreviewTabOnly')}</p>}
        </>
      );
    case 'typed':
      return (
        <>
          <p className="source">{t('rulesPreviewTyped', { url: source.capture.metadata.url })}</p>
          <p className="muted small">{t('rulesPreviewTypedNote')}</p>
        </>
      );
    case 'hidden':
      return <p>{t('rulesPreviewHidden')}</p>;
    case 'none':
      return <p>{t('rulesPreviewNone')}</p>;
    case 'failed':
      return <ErrorNotice failure={source.failure} />;
  }
}

/** The test page, how to change it, and which rule applies there with what it gives. */
export function PreviewPanel({
  page,
  preview,
  rules,
}: {
  page: PreviewPageState;
  preview: RulesPreview | null;
  rules: SiteRule[];
}) {
  const [address, setAddress] = useState('');
  const locale = currentLocale();
  return (
    <section className="box rule-preview" aria-labelledby="rules-preview-heading">
      <h3 id="rules-preview-heading">{t('rulesPreviewHeading')}</h3>
      <SourceLine page={page} />
      <div className="actions">
        <button type="button" onClick={page.readTab}>
          {t('rulesPreviewReadTab')}
        </button>
      </div>
      <form
        className="field"
        onSubmit={(e) => {
          e.preventDefault();
          if (address.trim()) page.testAddress(address);
        }}
      >
        <label htmlFor="rules-test-address">{t('rulesPreviewAddressLabel')}</label>
        <div className="row">
          <input
            id="rules-test-address"
            type="url"
            inputMode="url"
            placeholder="https://example.com/news/1"
            value={address}
            onChange={(e) => setAddress(e.target.value)}
          />
          <button type="submit">{t('rulesPreviewTest')}</button>
        </div>
      </form>
      {preview && (
        <>
          <p className="rule-match" role="status">
            {describeMatch(preview.match, rules, locale)}
          </p>
          {preview.applied && <RuleOutcomeView outcome={preview.applied} />}
        </>
      )}
    </section>
  );
}
