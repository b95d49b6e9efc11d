import { maskPersonal } from '../policy';

/** What the command writes its text to: the terminal, a pipe or a file behind stdout or stderr. */
export interface TextOut {
  readonly isTTY: boolean;
  write(s: string): void;
}

export interface ClerkOutput extends TextOut {
  /** The error code that ended output other than a closed pipe (ENOSPC when stdout is a file on a full disk). */
  failure(): string | undefined;
}

interface Stream {
  readonly isTTY?: boolean;
  write(s: string): unknown;
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
}

/**
 * stdout or stderr as the clerk gets it: every text passes maskPersonal on its way out (the last guard, whatever
 * file or sheet name or message it holds), and once the reader has gone (`| head -1`: EPIPE) or the stream failed,
 * further text is dropped and the run goes on to finish its report and exit with its own code, with no stack trace.
 */
export function clerkOutput(stream: Stream): ClerkOutput {
  let open = true;
  let failed: string | undefined;
  const close = (error: NodeJS.ErrnoException) => {
    open = false;
    if (error.code !== 'EPIPE' && failed === undefined) failed = error.code ?? 'EIO';
  };
  stream.on('error', close);
  return {
    isTTY: Boolean(stream.isTTY),
    write(s: string) {
      if (!open) return;
      try {
        stream.write(maskPersonal(s));
      } catch (error) {
        close(error as NodeJS.ErrnoException);
      }
    },
    failure: () => failed,
  };
}
