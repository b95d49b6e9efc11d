import { promises as fs } from 'fs';
import type { FileRole, InputFile, ReadInputs } from '../check';
import { readInputs } from '../check';
import { NODE_LIBRARIES, readFileBytes } from '../xlsx';

export async function fileSize(path: string): Promise<number> {
  try {
    const s = await fs.stat(path);
    return s.isFile() ? s.size : 0;
  } catch {
    return 0;
  }
}

/** Files named on the command line, under the role their option gives them; each read from disk when its turn comes. */
export function filesOnDisk(names: ReadonlyArray<string>, role: FileRole): InputFile[] {
  return names.map((name) => ({ name, role, bytes: () => readFileBytes(name, name) }));
}

/** Reads the files named on the command line (one at a time, never written to), collecting every failure. */
export function loadInputs(files: ReadonlyArray<InputFile>, onReading: (file: string) => Promise<void>): Promise<ReadInputs> {
  return readInputs(files, { libraries: NODE_LIBRARIES, onReading: (f) => onReading(f.name) });
}
