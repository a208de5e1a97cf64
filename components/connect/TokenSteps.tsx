import { t } from '@/lib/i18n';
import type { ConnectionKind } from '@/lib/notion/types';

/** Where Notion makes each kind of token. */
export const TOKEN_PAGES: Record<ConnectionKind, string> = {
  personal: 'https://www.notion.so/developers/tokens',
  integration: 'https://www.notion.so/profile/integrations',
};

function Link({ kind }: { kind: ConnectionKind }) {
  const href = TOKEN_PAGES[kind];
  return (
    <a href={href} target="_blank" rel="noreferrer">
      {href.replace('https://www.', '')}
    </a>
  );
}

/** How to get a token of the chosen kind, in our own words, beside the token field. */
export function TokenSteps({ id, kind }: { id: string; kind: ConnectionKind }) {
  if (kind === 'personal') {
    return (
      <div id={id}>
        <ol className="steps">
          <li>
            {t('connPatStepCreate')} <Link kind="personal" />
          </li>
          <li>{t('connPatStepTick')}</li>
          <li>{t('connPatStepCopy')}</li>
        </ol>
        <p className="muted small">{t('connPatBusiness')}</p>
      </div>
    );
  }
  return (
    <ol id={id} className="steps">
      <li>
        {t('optStepCreate')} <Link kind="integration" />
      </li>
      <li>{t('optStepCapabilities')}</li>
      <li>{t('optStepCopy')}</li>
      <li>{t('optStepShare')}</li>
      <li>{t('optStepPaste')}</li>
    </ol>
  );
}
