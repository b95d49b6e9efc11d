/** A cell of the grid by its index among the sheet's rows and columns (0-based). */
export interface GridPosition {
  readonly row: number;
  readonly column: number;
}

export interface GridKey {
  readonly key: string;
  /** Ctrl (⌘ on a Mac) held. */
  readonly ctrl: boolean;
}

export interface GridSize {
  readonly rows: number;
  readonly columns: number;
  /** Rows a PageUp / PageDown moves: those on screen. */
  readonly page: number;
}

const clamp = (n: number, max: number) => Math.min(max, Math.max(0, n));

/**
 * Where a key moves the active cell, as the WAI-ARIA grid pattern and Excel have it: arrows one cell, Home / End the
 * row's first / last cell, Ctrl+Home / Ctrl+End the sheet's first / last cell, PageUp / PageDown a screen of rows.
 * With no active cell any of them starts at the first. Null for a key that moves nothing.
 */
export function gridMove(at: GridPosition | null, key: GridKey, size: GridSize): GridPosition | null {
  const lastRow = size.rows - 1;
  const lastColumn = size.columns - 1;
  if (lastRow < 0 || lastColumn < 0) return null;
  const { row, column } = at ?? { row: 0, column: 0 };
  const to = (r: number, c: number) => ({ row: clamp(r, lastRow), column: clamp(c, lastColumn) });
  switch (key.key) {
    case 'ArrowUp':
      return to(row - 1, column);
    case 'ArrowDown':
      return to(row + 1, column);
    case 'ArrowLeft':
      return to(row, column - 1);
    case 'ArrowRight':
      return to(row, column + 1);
    case 'Home':
      return key.ctrl ? to(0, 0) : to(row, 0);
    case 'End':
      return key.ctrl ? to(lastRow, lastColumn) : to(row, lastColumn);
    case 'PageUp':
      return to(row - size.page, column);
    case 'PageDown':
      return to(row + size.page, column);
    default:
      return null;
  }
}
