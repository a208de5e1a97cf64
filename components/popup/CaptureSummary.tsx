import { ErrorNotice } from '@/components/ErrorNotice';
import { describeLoss } from '@/lib/convert/describe-loss';
import { currentLocale, t } from '@/lib/i18n';
import { needsPage, type PopupMode } from './capture-choice';
import { useSession } from './session';

/**
 * What saving in this mode will keep, before saving: the page being read, the number of
 * blocks and what the conversion could not keep ("2 tables flattened"), the screenshot
 * — or why this page cannot be captured.
 */
export function CaptureSummary({ mode }: { mode: PopupMode | null }) {
  const tabLoaded = useSession((s) => s.tabLoaded);
  const tab = useSession((s) => s.tab);
  const capturability = useSession((s) => s.capturability);
  const readFailure = useSession((s) => s.readFailure);
  if (!tabLoaded) return null;
  if (!tab) return <Note title={t('popupNoTab')} />;
  if (capturability !== 'page') {
    return (
      <Note
        title={t('problemPageNotCapturableTitle')}
        text={t(capturability === 'none' ? 'popupNotWebPage' : 'popupNotCapturableBookmark')}
      />
    );
  }
  return (
    <div className="capture-summary" aria-live="polite">
      {mode && needsPage(mode) && <ContentSummary mode={mode} />}
      {mode === 'screenshot' && <ScreenshotPreview />}
      {readFailure && <ErrorNotice failure={readFailure} />}
    </div>
  );
}

function Note({ title, text }: { title: string; text?: string }) {
  return (
    <div className="notice notice-info" role="note">
      <p className="notice-title">{title}</p>
      {text && <p>{text}</p>}
    </div>
  );
}

function ContentSummary({ mode }: { mode: 'article' | 'selection' }) {
  const capture = useSession((s) => s.captures[mode]);
  const reading = useSession((s) => s.reading[mode]);
  // A long article takes a moment: the line says it is the article being read.
  const readingLine = mode === 'article' ? t('popupReadingArticle') : t('popupReading');
  if (!capture) return reading ? <p className="muted">{readingLine}</p> : null;
  const lost = capture.report.items.some((item) => item.count > 0);
  return (
    <p className="content-summary">
      <span className="muted">{t('popupBlocks', { count: capture.blocks.length })}</span>
      {lost && (
        <span className="loss">
          {' · '}
          {t('popupLossLabel')} {describeLoss(capture.report, currentLocale())}
        </span>
      )}
    </p>
  );
}

function ScreenshotPreview() {
  const screenshot = useSession((s) => s.screenshot);
  const taking = useSession((s) => s.takingScreenshot);
  const failure = useSession((s) => s.screenshotFailure);
  if (failure) return <ErrorNotice failure={failure} />;
  if (!screenshot) return taking ? <p className="muted">{t('popupScreenshotTaking')}</p> : null;
  return <img className="shot" src={screenshot} alt={t('popupScreenshotAlt')} />;
}
