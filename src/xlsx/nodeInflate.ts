import { createInflateRaw } from 'zlib';
import type { Inflate } from './inflate';

/**
 * Node's zlib, in 1 MB chunks: faster than the web streams in Node. zlib inflates on a worker thread; each chunk is
 * handed on in a later turn of the event loop rather than inside zlib's callback, so that zlib is already inflating
 * the next chunk while the reader scans this one (on two cores the inflating costs almost nothing more). At most one
 * chunk is being inflated at a time, so the chunks waiting stay few. A throw from onChunk stops the inflating.
 */
export const nodeInflate: Inflate = (compressed, onChunk) =>
  new Promise<void>((resolve, reject) => {
    const z = createInflateRaw({ chunkSize: 1 << 20 });
    const waiting: Buffer[] = [];
    let scheduled = false;
    let ended = false;
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      waiting.length = 0;
      z.destroy();
      reject(error);
    };
    const handOn = () => {
      scheduled = false;
      try {
        for (let chunk = waiting.shift(); chunk && !failed; chunk = waiting.shift()) onChunk(chunk);
      } catch (error) {
        fail(error);
        return;
      }
      if (ended && !failed) resolve();
    };
    const schedule = () => {
      if (scheduled) return;
      scheduled = true;
      setImmediate(handOn);
    };
    z.on('data', (chunk: Buffer) => {
      if (failed) return;
      waiting.push(chunk);
      schedule();
    });
    z.on('error', fail);
    z.on('end', () => {
      ended = true;
      schedule();
    });
    z.end(compressed);
  });
