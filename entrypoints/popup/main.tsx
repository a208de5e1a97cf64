import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/base.css';
import './popup.css';
import { currentLocale } from '@/lib/i18n';
import { PopupApp } from './App';

// Screen readers pick their voice from the page's language.
document.documentElement.lang = currentLocale();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PopupApp />
  </StrictMode>,
);
