/**
 * Inflates one deflated zip part in chunks, handing each chunk over as it comes: a part is never held inflated as a
 * whole (a million-row sheet is 540 MB of XML). The command line passes Node's zlib (nodeInflate.ts); the pane and
 * the preview the browser's DecompressionStream.
 */
export type Inflate = (compressed: Uint8Array, onChunk: (chunk: Uint8Array) => void) => Promise<void>;

/** The browser's (and Node's) DecompressionStream('deflate-raw'). */
export const inflateWithWebStreams: Inflate = async (compressed, onChunk) => {
  const stream = new Blob([compressed as unknown as ArrayBuffer]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      onChunk(value);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  }
};
