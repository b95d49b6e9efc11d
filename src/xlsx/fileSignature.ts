/**
 * What a file is, from its bytes. An .xlsx is a zip (PK 03 04). An OLE compound file (D0 CF 11 E0) is either an
 * encrypted .xlsx (Excel wraps the encrypted package in one, with an "EncryptionInfo" stream) or an old .xls.
 * Plain Uint8Array code, so the command line and the task pane (a file picked from disk) tell files apart alike.
 */
export type FileSignature = 'zip' | 'ole_encrypted' | 'ole_other' | 'empty' | 'other';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Directory entry names in an OLE file are UTF-16LE. */
export function utf16le(s: string): Uint8Array {
  const bytes = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    bytes[2 * i] = s.charCodeAt(i) & 0xff;
    bytes[2 * i + 1] = s.charCodeAt(i) >> 8;
  }
  return bytes;
}

const ENCRYPTION_INFO = utf16le('EncryptionInfo');

export function asciiBytes(s: string): Uint8Array {
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

function startsWith(bytes: Uint8Array, prefix: ReadonlyArray<number>): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

export function includesBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  const last = haystack.length - needle.length;
  for (let i = haystack.indexOf(first); i !== -1 && i <= last; i = haystack.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && haystack[i + j] === needle[j]) j++;
    if (j === needle.length) return true;
  }
  return false;
}

export function fileSignature(bytes: Uint8Array): FileSignature {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, ZIP)) return 'zip';
  if (startsWith(bytes, OLE)) return includesBytes(bytes, ENCRYPTION_INFO) ? 'ole_encrypted' : 'ole_other';
  return 'other';
}
