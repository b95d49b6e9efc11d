/**
 * The text of a .csv/.txt (or an HTML or XML export) in the encodings Chinese offices meet: UTF-8 with or without a
 * BOM, UTF-16 (Excel's "Unicode text", with or without a BOM) and GB18030, which covers GBK and GB2312 (Excel and
 * WPS on a Chinese Windows save CSV in it). Detected from the bytes, never from the name.
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

function bomOf(b: Uint8Array): { encoding: TextEncoding; length: number } | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** UTF-16 without a BOM: ASCII-range characters leave a zero in every other byte (odd ones for little-endian). */
function utf16WithoutBom(b: Uint8Array): TextEncoding | undefined {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZeros++;
    if (b[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function isUtf8(b: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}

/** A charset an HTML or XML export declares about itself (<meta charset=gbk>, <?xml encoding="GB2312"?>). */
function declaredCharset(b: Uint8Array): TextEncoding | undefined {
  const head = new TextDecoder('latin1').decode(b.subarray(0, 2048)).toLowerCase();
  const m = /(?:charset|encoding)\s*=\s*["']?\s*([a-z0-9_-]+)/.exec(head);
  if (!m) return undefined;
  if (/^(gb2312|gbk|gb18030|cp936|x-gbk|euc-cn)$/.test(m[1])) return 'gb18030';
  if (/^utf-?8$/.test(m[1])) return 'utf-8';
  return undefined;
}

export function detectEncoding(bytes: Uint8Array): { encoding: TextEncoding; bomLength: number } {
  const bom = bomOf(bytes);
  if (bom) return { encoding: bom.encoding, bomLength: bom.length };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { encoding: utf16, bomLength: 0 };
  const declared = declaredCharset(bytes);
  if (declared === 'gb18030' && !isUtf8(bytes)) return { encoding: 'gb18030', bomLength: 0 };
  return { encoding: isUtf8(bytes) ? 'utf-8' : 'gb18030', bomLength: 0 };
}

export function decodeText(bytes: Uint8Array): string {
  const { encoding, bomLength } = detectEncoding(bytes);
  return new TextDecoder(encoding).decode(bytes.subarray(bomLength));
}

/**
 * Whether decoded text is text a person wrote: no NUL, few control characters and undecodable bytes. Random or
 * binary bytes fail this and are "not a spreadsheet", not a one-column CSV of noise.
 */
export function looksLikeText(s: string): boolean {
  const n = Math.min(s.length, 65536);
  if (n === 0) return false;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0) return false;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) odd++;
  }
  return odd <= n * 0.01;
}
