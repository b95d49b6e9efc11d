/**
 * Whether this browser can read .xlsx in the page: the reader inflates its parts with DecompressionStream('deflate-raw')
 * (Chromium 103, Firefox 113, Safari 16.4). An older domestic browser built on an old Chromium cannot, and is told so
 * before the clerk drops a file, instead of every .xlsx reading as damaged.
 */
export function canInflate(): boolean {
  try {
    new DecompressionStream('deflate-raw');
    return typeof Worker === 'function';
  } catch {
    return false;
  }
}
