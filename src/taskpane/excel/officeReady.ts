/** Calls start once office.js says Excel is ready (it also sets the display language); never outside Office. */
export function whenOfficeReady(start: () => void): void {
  if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') void Office.onReady(start);
}
