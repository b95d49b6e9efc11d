import { createRoot } from 'react-dom/client';
import { WebApp } from './WebApp';
import { pageLanguage } from './pageLanguage';
import { registerOfflineCopy } from './installable';

function savedLanguage(): string | null {
  try {
    return localStorage.getItem('jl-web-lang');
  } catch {
    return null;
  }
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<WebApp initialLang={pageLanguage(location.search, savedLanguage(), navigator.languages ?? [navigator.language])} />);
registerOfflineCopy();
