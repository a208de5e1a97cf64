import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from './App';

/** Starts React on the popup's root (imported by `main.ts` once the shell is painted). */
export function mount(): void {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <PopupApp />
    </StrictMode>,
  );
}
