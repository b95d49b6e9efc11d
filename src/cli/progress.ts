import type { Lang } from '../policy';
import type { ValidateProgress } from '../roster';
import type { TextOut } from './clerkOutput';

/** Files this big take long enough (seconds) to deserve a progress line even when stderr is a log file. */
export const LARGE_INPUT_BYTES = 5 * 1024 * 1024;
/** In a terminal, anything past a moment's work gets one. */
export const TERMINAL_PROGRESS_BYTES = 256 * 1024;

export interface Progress {
  reading(file: string, bytes: number): void;
  checking(p: ValidateProgress): void;
  done(): void;
}

const SILENT: Progress = { reading() {}, checking() {}, done() {} };

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

/**
 * A progress line on stderr (never stdout, which may carry --json). In a terminal it is rewritten in place; in a
 * log it is a line per quarter, so the log stays short.
 */
export function progressOn(stream: TextOut, lang: Lang, inputBytes: number): Progress {
  const tty = Boolean(stream.isTTY);
  if (inputBytes < (tty ? TERMINAL_PROGRESS_BYTES : LARGE_INPUT_BYTES)) return SILENT;
  let lastQuarter = '';
  let open = false;
  const show = (line: string) => {
    if (tty) {
      stream.write(`\r\x1b[K${line}`);
      open = true;
    } else stream.write(`${line}\n`);
  };
  return {
    reading(file, bytes) {
      show(lang === 'zh' ? `正在读取 ${file}（${megabytes(bytes)} MB）…` : `reading ${file} (${megabytes(bytes)} MB)…`);
    },
    checking({ phase, done, total }) {
      if (total <= 0) return;
      const percent = Math.floor((done / total) * 100);
      if (!tty) {
        const quarter = `${phase}${Math.floor(percent / 25)}`;
        if (quarter === lastQuarter) return;
        lastQuarter = quarter;
      }
      const what = phase === 'read' ? (lang === 'zh' ? '正在整理' : 'reading rows') : lang === 'zh' ? '正在校验' : 'checking';
      show(lang === 'zh' ? `${what} ${done}/${total} 行（${percent}%）` : `${what} ${done}/${total} (${percent}%)`);
    },
    done() {
      if (open) stream.write('\r\x1b[K');
      open = false;
    },
  };
}
