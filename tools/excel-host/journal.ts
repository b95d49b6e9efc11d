/**
 * Undo record of one sync. Excel applies a batch in order and keeps what ran before a failing statement,
 * but a response too large to return is rejected whole here (the brief: "applies nothing"), so every
 * change made while executing a batch is recorded and can be rolled back.
 */
import type { HostCell, HostRow, HostSheet } from './model';

export class Journal {
  private readonly savedRows = new Map<HostSheet, Map<number, HostRow | undefined>>();
  private readonly undos: (() => void)[] = [];
  private dirty = false;

  /** Whether anything changed in the workbook during this batch. */
  get changed(): boolean {
    return this.dirty;
  }

  /** Records how to undo a change to anything other than cells (names, order, settings, charts...). */
  record(undo: () => void): void {
    this.undos.push(undo);
    this.dirty = true;
  }

  /** Replaces one cell; cells are immutable, so saving the row array once per batch is enough to undo. */
  putCell(sheet: HostSheet, row: number, col: number, cell: HostCell | undefined): void {
    let saved = this.savedRows.get(sheet);
    if (!saved) {
      saved = new Map();
      this.savedRows.set(sheet, saved);
    }
    const current = sheet.rows[row];
    if (!saved.has(row)) saved.set(row, current === undefined ? undefined : current.slice());
    this.dirty = true;
    if (cell === undefined) {
      if (current) delete current[col];
      return;
    }
    if (current) current[col] = cell;
    else {
      const fresh: HostRow = [];
      fresh[col] = cell;
      sheet.rows[row] = fresh;
    }
  }

  rollback(): void {
    for (let i = this.undos.length - 1; i >= 0; i--) this.undos[i]();
    for (const [sheet, rows] of this.savedRows) {
      for (const [row, copy] of rows) {
        if (copy === undefined) delete sheet.rows[row];
        else sheet.rows[row] = copy;
      }
    }
    this.undos.length = 0;
    this.savedRows.clear();
  }
}
