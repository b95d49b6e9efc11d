/**
 * The central directory of a zip package (.xlsx, .xlsm, .xlsb, .ods): each part's name, method, declared sizes and
 * where its data starts. Read from the bytes alone, so a part can be inflated (and its declared size checked) without
 * a zip library, in Node and in the browser alike.
 */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  /** The inflated size the directory declares. */
  readonly size: number;
  readonly localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;

class Reader {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  fits(at: number, length: number): boolean {
    return at >= 0 && at + length <= this.bytes.length;
  }
  u16(at: number): number {
    return this.view.getUint16(at, true);
  }
  u32(at: number): number {
    return this.view.getUint32(at, true);
  }
  u64(at: number): number {
    return this.u32(at) + this.u32(at + 4) * 2 ** 32;
  }
}

function findEndRecord(r: Reader): number {
  const last = r.bytes.length - 22;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) if (r.u32(at) === EOCD) return at;
  return -1;
}

/** Sizes and offset stored as 0xFFFFFFFF are in the entry's zip64 extra field (id 1), in this order. */
function zip64Extra(r: Reader, at: number, length: number, wanted: { size: boolean; compressed: boolean; offset: boolean }): number[] {
  const out: number[] = [];
  for (let p = at; p + 4 <= at + length; ) {
    const id = r.u16(p);
    const size = r.u16(p + 2);
    if (id === 1) {
      let q = p + 4;
      for (const want of [wanted.size, wanted.compressed, wanted.offset]) {
        if (want && q + 8 <= p + 4 + size) {
          out.push(r.u64(q));
          q += 8;
        } else out.push(-1);
      }
      return out;
    }
    p += 4 + size;
  }
  return out;
}

const utf8 = new TextDecoder('utf-8');

/** Every entry of the package, or undefined when the bytes hold no readable directory (not a zip, or cut short). */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  const r = new Reader(bytes);
  const end = findEndRecord(r);
  if (end < 0) return undefined;
  let count = r.u16(end + 10);
  let offset = r.u32(end + 16);
  if ((offset === 0xffffffff || count === 0xffff) && end >= 20 && r.u32(end - 20) === ZIP64_LOCATOR) {
    const at = r.u64(end - 12);
    if (!r.fits(at, 56) || r.u32(at) !== ZIP64_EOCD) return undefined;
    count = r.u64(at + 32);
    offset = r.u64(at + 48);
  }
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (!r.fits(p, 46) || r.u32(p) !== CENTRAL) return undefined;
    const nameLength = r.u16(p + 28);
    const extraLength = r.u16(p + 30);
    const commentLength = r.u16(p + 32);
    if (!r.fits(p + 46, nameLength + extraLength)) return undefined;
    let compressedSize = r.u32(p + 20);
    let size = r.u32(p + 24);
    let localHeaderOffset = r.u32(p + 42);
    if (size === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      const [s, c, o] = zip64Extra(r, p + 46 + nameLength, extraLength, {
        size: size === 0xffffffff,
        compressed: compressedSize === 0xffffffff,
        offset: localHeaderOffset === 0xffffffff,
      });
      if (s !== undefined && s >= 0) size = s;
      if (c !== undefined && c >= 0) compressedSize = c;
      if (o !== undefined && o >= 0) localHeaderOffset = o;
    }
    entries.push({
      name: utf8.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      method: r.u16(p + 10),
      flags: r.u16(p + 8),
      compressedSize,
      size,
      localHeaderOffset,
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entry's stored (compressed) bytes, or undefined when its local header is not where the directory says. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | undefined {
  const r = new Reader(bytes);
  const at = entry.localHeaderOffset;
  if (!r.fits(at, 30) || r.u32(at) !== LOCAL) return undefined;
  const start = at + 30 + r.u16(at + 26) + r.u16(at + 28);
  if (!r.fits(start, entry.compressedSize)) return undefined;
  return bytes.subarray(start, start + entry.compressedSize);
}

/** Part names are compared as Excel does: without case, and without a leading slash. */
export function findEntry(entries: ReadonlyArray<ZipEntry>, name: string): ZipEntry | undefined {
  const wanted = name.replace(/^\//, '').toLowerCase();
  return entries.find((e) => e.name.replace(/^\//, '').toLowerCase() === wanted);
}
