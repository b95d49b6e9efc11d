import type { Inflate } from './inflate';
import { ReadLimitError } from './readError';
import { READ_LIMITS } from './readLimits';
import type { ZipEntry } from './zipDirectory';
import { entryData, findEntry } from './zipDirectory';

/** A part that is there but cannot be inflated as the directory says. */
export class DamagedPartError extends Error {}

/**
 * The parts of one zip package, inflated on demand with the limits of READ_LIMITS checked twice: against the sizes
 * the directory declares before inflating, and against the bytes actually inflated as they come (a directory may lie).
 */
export class ZipPackage {
  private inflatedTotal = 0;

  constructor(
    private readonly bytes: Uint8Array,
    readonly entries: ReadonlyArray<ZipEntry>,
    private readonly inflate: Inflate,
  ) {}

  has(name: string): boolean {
    return findEntry(this.entries, name) !== undefined;
  }

  private checkDeclared(entry: ZipEntry): void {
    if (entry.size > READ_LIMITS.partBytes) throw new ReadLimitError('zip_bomb', `${entry.name}: declares ${entry.size} bytes`);
    if (entry.size > READ_LIMITS.ratioFreeBytes && entry.size > READ_LIMITS.ratio * Math.max(1, entry.compressedSize)) {
      throw new ReadLimitError('zip_bomb', `${entry.name}: ratio ${Math.round(entry.size / Math.max(1, entry.compressedSize))}`);
    }
    if (this.inflatedTotal + entry.size > READ_LIMITS.packageBytes) throw new ReadLimitError('zip_bomb', 'package too large');
  }

  /** Each inflated chunk of the part in turn; false when there is no such part. */
  async stream(name: string, onChunk: (chunk: Uint8Array) => void): Promise<boolean> {
    const entry = findEntry(this.entries, name);
    if (!entry) return false;
    if (entry.flags & 1) throw new ReadLimitError('zip_bomb', `${entry.name}: encrypted entry`);
    this.checkDeclared(entry);
    const data = entryData(this.bytes, entry);
    if (!data) throw new DamagedPartError(`${entry.name}: no local header`);
    // The directory's own size is the most a part may inflate to (and never more than the limit).
    const cap = Math.min(entry.size, READ_LIMITS.partBytes);
    let inflated = 0;
    const take = (chunk: Uint8Array) => {
      inflated += chunk.length;
      this.inflatedTotal += chunk.length;
      if (inflated > cap) throw new ReadLimitError('zip_bomb', `${entry.name}: inflates past its declared ${entry.size} bytes`);
      if (this.inflatedTotal > READ_LIMITS.packageBytes) throw new ReadLimitError('zip_bomb', 'package inflates too far');
      onChunk(chunk);
    };
    if (entry.method === 0) take(data);
    else if (entry.method === 8) {
      try {
        await this.inflate(data, take);
      } catch (error) {
        if (error instanceof ReadLimitError) throw error;
        throw new DamagedPartError(`${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    } else throw new DamagedPartError(`${entry.name}: method ${entry.method}`);
    return true;
  }

  /** The part's text as pieces, decoded as UTF-8 across chunk boundaries. */
  async streamText(name: string, onText: (piece: string) => void): Promise<boolean> {
    const decoder = new TextDecoder('utf-8');
    const found = await this.stream(name, (chunk) => onText(decoder.decode(chunk, { stream: true })));
    if (found) onText(decoder.decode());
    return found;
  }

  /** A small part (workbook, relationships, styles) as one string; undefined when absent. */
  async text(name: string): Promise<string | undefined> {
    const pieces: string[] = [];
    const found = await this.streamText(name, (p) => pieces.push(p));
    return found ? pieces.join('') : undefined;
  }
}
