// The progress line goes to stderr only for inputs big enough to take a while: in place in a terminal, a few whole
// lines in a log, and nothing at all for small files read by a script.
import { LARGE_INPUT_BYTES, progressOn, TERMINAL_PROGRESS_BYTES } from '../../src/cli/progress';

function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; written: string[] } {
  const written: string[] = [];
  const stream = { isTTY, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

function drive(isTTY: boolean, bytes: number): string[] {
  const { stream, written } = fakeStream(isTTY);
  const p = progressOn(stream, 'zh', bytes);
  p.reading('a.xlsx', bytes);
  for (let done = 0; done <= 100_000; done += 10_000) p.checking({ phase: 'check', done, total: 100_000 });
  p.done();
  return written;
}

describe('progressOn', () => {
  it('says nothing for a small file, in a terminal or not', () => {
    expect(drive(true, TERMINAL_PROGRESS_BYTES - 1)).toEqual([]);
    expect(drive(false, LARGE_INPUT_BYTES - 1)).toEqual([]);
  });

  it('writes whole lines in a log, one per quarter of the work', () => {
    const lines = drive(false, LARGE_INPUT_BYTES);
    expect(lines.every((l) => l.endsWith('\n') && !l.includes('\r'))).toBe(true);
    expect(lines[0]).toBe('正在读取 a.xlsx（5.0 MB）…\n');
    // 0%, 30% (first of the second quarter), 50%, 80%, 100%: a line when the quarter changes.
    expect(lines.slice(1).map((l) => /（(\d+)%）/.exec(l)?.[1])).toEqual(['0', '30', '50', '80', '100']);
  });

  it('rewrites one line in place in a terminal and clears it at the end', () => {
    const writes = drive(true, TERMINAL_PROGRESS_BYTES);
    expect(writes.slice(0, -1).every((w) => w.startsWith('\r\x1b[K') && !w.includes('\n'))).toBe(true);
    expect(writes).toHaveLength(1 + 11 + 1);
    expect(writes[writes.length - 1]).toBe('\r\x1b[K');
  });
});
