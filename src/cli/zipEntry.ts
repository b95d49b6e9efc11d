import { inflateRawSync } from 'zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const END_SEARCH = 22 + 0xffff;

function endOfDirectory(zip: Buffer): number | undefined {
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - END_SEARCH); i--) {
    if (zip.readUInt32LE(i) === END_OF_DIRECTORY) return i;
  }
  return undefined;
}

/**
 * One entry of a zip (an .xlsx) as text, read through the central directory; undefined when the bytes are no zip,
 * the entry is missing or it is stored in a way this reader does not know (only stored and deflated entries).
 * Enough to read a workbook's document properties without loading the workbook.
 */
export function zipEntryText(zip: Buffer, name: string): string | undefined {
  try {
    const end = endOfDirectory(zip);
    if (end === undefined) return undefined;
    const count = zip.readUInt16LE(end + 10);
    let at = zip.readUInt32LE(end + 16);
    for (let k = 0; k < count; k++) {
      if (zip.readUInt32LE(at) !== DIRECTORY_ENTRY) return undefined;
      const method = zip.readUInt16LE(at + 10);
      const compressed = zip.readUInt32LE(at + 20);
      const nameLength = zip.readUInt16LE(at + 28);
      const extraLength = zip.readUInt16LE(at + 30);
      const commentLength = zip.readUInt16LE(at + 32);
      const local = zip.readUInt32LE(at + 42);
      const entryName = zip.toString('utf8', at + 46, at + 46 + nameLength);
      if (entryName === name) {
        if (zip.readUInt32LE(local) !== LOCAL_HEADER) return undefined;
        const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
        const data = zip.subarray(start, start + compressed);
        if (method === 0) return data.toString('utf8');
        if (method === 8) return inflateRawSync(data).toString('utf8');
        return undefined;
      }
      at += 46 + nameLength + extraLength + commentLength;
    }
    return undefined;
  } catch {
    // Truncated or damaged: not a report of ours, whatever it is.
    return undefined;
  }
}
