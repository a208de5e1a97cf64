import { t } from '@/lib/i18n';

/** How to get a secret and share a page, in our own words, beside the secret field. */
export function ConnectSteps({ id }: { id: string }) {
  return (
    <ol id={id} className="steps">
      <li>
        {t('optStepCreate')}{' '}
        <a href="https://www.notion.so/profile/integrations" target="_blank" rel="noreferrer">
          notion.so/profile/integrations
        </a>
      </li>
      <li>{t('optStepCapabilities')}</li>
      <li>{t('optStepCopy')}</li>
      <li>{t('optStepShare')}</li>
      <li>{t('optStepPaste')}</li>
    </ol>
  );
}
