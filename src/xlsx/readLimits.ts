/**
 * How much a file may ask of the reader before it is refused as hostile or broken (exit 2 with a message, never an
 * out-of-memory crash). A real roster of a million rows is about 100 MB as .xlsx with 540 MB of sheet XML; the
 * limits leave room above that and stop far below what a 2-core, few-GB office PC can hold.
 */
export const READ_LIMITS = {
  /** Bytes of the file itself. */
  fileBytes: 512 * 1024 * 1024,
  /** Inflated bytes of one part of a zip package (declared in its directory, and counted as it inflates). */
  partBytes: 1536 * 1024 * 1024,
  /** Inflated bytes of all the parts read from one package. */
  packageBytes: 2048 * 1024 * 1024,
  /** Inflated / compressed size of one part beyond which it is a zip bomb (real sheet XML is 5x to 30x). */
  ratio: 1000,
  /** A part this small may have any ratio (a few KB of repeated empty cells compresses very well). */
  ratioFreeBytes: 16 * 1024 * 1024,
  /** Cells kept from one sheet (a million rows of 30 columns). */
  cells: 30_000_000,
  /** Characters of a cell value echoed in a finding or a message. */
  echoedChars: 200,
} as const;
