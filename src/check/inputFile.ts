/**
 * What a file is to a check: a roster to check, a paid register (已发放名单, history), a poverty-monitoring registry
 * export, or a death list. The command line says it by option (--history, --registry, --deceased); the web page
 * recognises it from the file's sheets and lets the clerk change it.
 */
export type FileRole = 'roster' | 'paid' | 'registry' | 'deceased';

export const FILE_ROLES: ReadonlyArray<FileRole> = ['roster', 'paid', 'registry', 'deceased'];

/**
 * One file of a check: its name (what findings carry) and its bytes, or how to get them when they are needed (the
 * command line reads one file at a time from disk, so no more than one file's bytes are held at once).
 */
export interface InputFile {
  readonly name: string;
  readonly role: FileRole;
  readonly bytes: Uint8Array | (() => Promise<Uint8Array>);
}
