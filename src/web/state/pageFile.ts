import type { Text } from '../../policy';
import type { FileRole } from '../../check';
import type { SheetSummary } from '../worker/protocol';

/** A file on the page: its bytes (kept here, read in the worker), what it is, and what reading it found. */
export interface PageFile {
  readonly id: number;
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly role: FileRole;
  /** The role recognised from its sheets; null until read (or when unreadable). */
  readonly recognised: FileRole | null;
  readonly status: 'reading' | 'read' | 'unreadable' | 'waiting';
  readonly sheets?: ReadonlyArray<SheetSummary>;
  readonly reason?: Text;
}

/** "花名册.xlsx" given twice from two folders: the second is "花名册 (2).xlsx", as findings name files by name. */
export function freeName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  const dot = name.lastIndexOf('.');
  const [base, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})${ext}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
