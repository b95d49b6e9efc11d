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
/**
 * Request bytes of reading one cell's format (numberFormat, fill, font, six borders). Office.js sends every proxy a
 * statement touches as an object path plus an Instantiate action (OfficeExtension's ClientRequest body), so the
 * range, format, fill, font, borders and six border items cost about 3.4 KB a cell on the wire: 2,000 cells in one
 * sync came to 6-7 MB, which Excel on the web refuses. Rounded up for CJK sheet names and addresses.
 */
export const FORMAT_REQUEST_BYTES_PER_CELL = 4_000;
/** Cells whose formats are read or restored per sync. */
export const FORMAT_CELLS_PER_SYNC = Math.floor(BLOCK_BYTES_BUDGET / FORMAT_REQUEST_BYTES_PER_CELL);
