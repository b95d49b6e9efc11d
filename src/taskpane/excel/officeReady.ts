/**
 * Runs `start` once office.js says the host is ready (it also sets the display language then). Outside Office
 * (office.js not loaded) nothing runs: the pane needs Excel, and the preview mounts the pane itself.
 */
export function whenOfficeReady(start: () => void): void {
  if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
    void Office.onReady(start);
  }
}
