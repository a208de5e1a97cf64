import { useRef, useState, type ChangeEvent } from 'react';
import { ErrorNotice } from '@/components/ErrorNotice';
import { useAction } from '@/components/use-action';
import { t } from '@/lib/i18n';
import { sendMessage, type DescribedFailure, type ImportSummary } from '@/lib/messaging';
import { downloadText, exportFileName } from './download';
import { Section } from './Section';
import { Status } from './Status';

// Settings are a few kilobytes, highlights about a kilobyte each: a file this large,
// tens of thousands of highlights, was picked by mistake.
const MAX_BYTES = 64 * 1024 * 1024;

/** What the import did with the file's highlights, and what it left out, in sentences. */
function highlightSentences(summary: ImportSummary['highlights']): string[] {
  const parts: string[] = [];
  if (summary.imported > 0)
    parts.push(t('optImportedHighlights', { count: summary.imported, pages: summary.pages }));
  if (summary.skippedPages > 0)
    parts.push(t('optImportSkippedPages', { count: summary.skippedPages }));
  if (summary.skippedHighlights > 0)
    parts.push(t('optImportSkippedHighlights', { count: summary.skippedHighlights }));
  return parts;
}

/**
 * Settings to a JSON file and back. Secrets stay out of the file unless the person ticks
 * the box; only then does the background hand them to this page, to be written to disk.
 */
export function ExportImportSection() {
  const [includeSecrets, setIncludeSecrets] = useState(false);
  const [exported, setExported] = useState<string | null>(null);
  const [imported, setImported] = useState<string | null>(null);
  const [fileFailure, setFileFailure] = useState<DescribedFailure | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const exportAction = useAction(() => sendMessage('exportSettings', { includeSecrets }));
  const importAction = useAction((json: string) => sendMessage('importSettings', { json }));

  const doExport = async () => {
    setExported(null);
    const result = await exportAction.perform();
    if (!result) return;
    const name = exportFileName();
    downloadText(name, result.json);
    setExported(t(includeSecrets ? 'optExportedWithSecrets' : 'optExported', { file: name }));
  };

  const doImport = async (event: ChangeEvent<HTMLInputElement>) => {
    setImported(null);
    setFileFailure(null);
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setFileFailure({
        title: t('problemImportInvalidTitle'),
        detail: t('problemImportInvalidDetail', { reason: t('optImportReasonTooLarge') }),
        action: t('problemImportInvalidAction'),
      });
    } else {
      const summary = await importAction.perform(await file.text());
      if (summary) {
        const parts = [
          t('optImported', { connections: summary.connections, targets: summary.targets }),
        ];
        if (summary.rules > 0 || summary.skippedRules.length > 0)
          parts.push(t('ruleImported', { count: summary.rules }));
        if (summary.missingSecrets.length > 0)
          parts.push(t('optImportedNeedSecrets', { count: summary.missingSecrets.length }));
        // Each rule left out says why, after the counts.
        parts.push(...summary.skippedRules);
        parts.push(...highlightSentences(summary.highlights));
        setImported(parts.join(' '));
      }
    }
    // The same file can be chosen again after fixing it.
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <Section id="export" title={t('optExportHeading')} intro={t('optExportIntro')}>
      <div className="box">
        <h3>{t('optExportSubheading')}</h3>
        <label className="choice">
          <input
            type="checkbox"
            checked={includeSecrets}
            aria-describedby="include-secrets-help"
            onChange={(e) => setIncludeSecrets(e.target.checked)}
          />
          {t('optIncludeSecrets')}
        </label>
        <p id="include-secrets-help" className={includeSecrets ? 'warn' : 'muted small'}>
          {t('optIncludeSecretsHelp')}
        </p>
        <p className="muted small">{t('optExportHighlights')}</p>
        <div className="actions">
          <button type="button" onClick={() => void doExport()} disabled={exportAction.pending}>
            {t('optExportButton')}
          </button>
        </div>
        {exportAction.failure && (
          <ErrorNotice failure={exportAction.failure} onDismiss={exportAction.clearFailure} />
        )}
        <Status text={exported} />
      </div>
      <div className="box">
        <h3>{t('optImportSubheading')}</h3>
        <div className="field">
          <label htmlFor="import-file">{t('optImportLabel')}</label>
          <input
            id="import-file"
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            aria-describedby="import-help"
            disabled={importAction.pending}
            onChange={(e) => void doImport(e)}
          />
          <p id="import-help" className="muted small">
            {t('optImportHelp')}
          </p>
        </div>
        {fileFailure && (
          <ErrorNotice failure={fileFailure} onDismiss={() => setFileFailure(null)} />
        )}
        {importAction.failure && (
          <ErrorNotice failure={importAction.failure} onDismiss={importAction.clearFailure} />
        )}
        <Status text={imported} />
      </div>
    </Section>
  );
}
