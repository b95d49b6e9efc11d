/**
 * Limits of one round trip to Excel. Excel on the web rejects a request or a response over 5 MB and a single read of
 * more than 5,000,000 cells; the adapter keeps each block's JSON under 4 MB so that the envelope Office.js adds and
 * rows longer than those measured still fit.
 */
export const BLOCK_BYTES_BUDGET = 4_000_000;
export const CELL_READ_LIMIT = 5_000_000;
/** Rows of the first block of a sheet: enough to measure a row's weight, small enough to be safe blind. */
export const PROBE_ROWS = 500;
/** Worksheet.getRanges takes an address list; Excel refuses very long ones, so lists are cut well below 8,192 chars. */
export const ADDRESS_LIST_CHARS = 7_000;
/** Cells whose formats are read or restored per sync (each is one proxy with its own few hundred bytes). */
export const FORMAT_CELLS_PER_SYNC = 2_000;
