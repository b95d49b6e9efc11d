import { createRoot } from 'react-dom/client';
import { App } from './App';

function render(): void {
  const container = document.getElementById('root');
  if (container) createRoot(container).render(<App />);
}

// Inside Office wait for office.js; in a plain browser (the preview page) render at once.
if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  void Office.onReady(render);
} else {
  render();
}
