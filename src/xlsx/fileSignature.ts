/**
 * What a file is, from its first bytes. An .xlsx is a zip (PK 03 04). An OLE compound file (D0 CF 11 E0) is either
 * an encrypted .xlsx (Excel wraps the encrypted package in one, with an "EncryptionInfo" stream) or an old .xls.
 */
export type FileSignature = 'zip' | 'ole_encrypted' | 'ole_other' | 'empty' | 'other';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Directory entry names in an OLE file are UTF-16LE. */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

function startsWith(bytes: Uint8Array, prefix: ReadonlyArray<number>): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

export function fileSignature(bytes: Buffer): FileSignature {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, ZIP)) return 'zip';
  if (startsWith(bytes, OLE)) return bytes.includes(ENCRYPTION_INFO) ? 'ole_encrypted' : 'ole_other';
  return 'other';
}
