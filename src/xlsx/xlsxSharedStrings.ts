import type { ZipPackage } from './zipParts';
import { textRuns } from './xmlText';

/** The shared strings, streamed: one <si> after another, each the plain text of its runs. */
export async function sharedStrings(pkg: ZipPackage, path: string | undefined): Promise<string[]> {
  const strings: string[] = [];
  if (!path) return strings;
  let carry = '';
  const take = (text: string, last: boolean) => {
    let at = 0;
    for (;;) {
      const open = text.indexOf('<si', at);
      if (open < 0) break;
      const gt = text.indexOf('>', open);
      if (gt < 0) break;
      if (text.charCodeAt(gt - 1) === 47) {
        strings.push('');
        at = gt + 1;
        continue;
      }
      const close = text.indexOf('</si>', gt);
      if (close < 0) break;
      strings.push(textRuns(text.slice(gt + 1, close)));
      at = close + 5;
    }
    carry = last ? '' : text.slice(at);
  };
  await pkg.streamText(path, (piece) => take(carry + piece, false));
  take(carry, true);
  return strings;
}
