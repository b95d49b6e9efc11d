/** Served over http(s), the page registers its service worker so it opens offline and can be installed as an app. */
export function registerOfflineCopy(): void {
  if ((location.protocol !== 'http:' && location.protocol !== 'https:') || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('sw.js').catch(() => undefined);
}
