import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/base.css';
import '@/components/connect/connect.css';
import '@/components/options/options.css';
import '@/components/options/rules/rules.css';
import { currentLocale, t } from '@/lib/i18n';
import { OptionsApp } from './App';

// The page follows the browser's language; the HTML file can only name one.
document.documentElement.lang = currentLocale();
document.title = t('optDocumentTitle');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OptionsApp />
  </StrictMode>,
);
