/** Timing and memory helpers for the benchmark's child processes. */

export function median(xs: ReadonlyArray<number>): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}

/** The most memory the process ever held (the kernel's high-water mark), in bytes. */
export function peakRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}

/** Samples the heap whenever asked (the engine's progress callback runs inside the synchronous validation). */
export class HeapSampler {
  peakHeapUsed = 0;
  peakRss = 0;

  sample(): void {
    const m = process.memoryUsage();
    if (m.heapUsed > this.peakHeapUsed) this.peakHeapUsed = m.heapUsed;
    if (m.rss > this.peakRss) this.peakRss = m.rss;
  }
}

export function millisSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}
