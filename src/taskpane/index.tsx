import { createRoot } from 'react-dom/client';
import { displayLanguage } from '../functions/displayLanguage';
import { App } from './App';
import { createOfficeAdapter } from './excel/officeAdapter';
import { whenOfficeReady } from './excel/officeReady';

function render(): void {
  const container = document.getElementById('root');
  if (container) createRoot(container).render(<App adapter={createOfficeAdapter()} lang={displayLanguage()} />);
}

// The pane needs Excel: wait for office.js to say it is ready (it also sets the display language).
whenOfficeReady(render);
