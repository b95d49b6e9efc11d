import type { Text } from '../policy';
import { text } from '../policy';
import { sameFile } from './outputGuard';

export interface InputFiles {
  readonly files: ReadonlyArray<string>;
  readonly history: ReadonlyArray<string>;
  /** Names given again for a file already listed: checked once, said on stderr. */
  readonly repeated: ReadonlyArray<Text>;
  /** A file given both as a roster and as a paid list would find every person "already paid". */
  readonly problem?: Text;
}

function once(names: ReadonlyArray<string>, repeated: Text[]): string[] {
  const kept: string[] = [];
  for (const name of names) {
    const earlier = kept.find((k) => sameFile(k, name));
    if (earlier === undefined) kept.push(name);
    else repeated.push(text(`${name} 与 ${earlier} 是同一个文件，只校验一次`, `${name} is the same file as ${earlier}: checked once`));
  }
  return kept;
}

/** The rosters and paid lists as given, each file once, refusing a file that is both. */
export function inputFiles(files: ReadonlyArray<string>, history: ReadonlyArray<string>): InputFiles {
  const repeated: Text[] = [];
  const rosters = once(files, repeated);
  const paid = once(history, repeated);
  for (const h of paid) {
    const roster = rosters.find((f) => sameFile(f, h));
    if (roster !== undefined) {
      return {
        files: rosters,
        history: paid,
        repeated,
        problem: text(
          `${h} 既作为花名册又作为已发放名单（--history）给出，其中每个人都会被当作已发放；请只给一次`,
          `${h} is given both as a roster and as a paid list (--history), so everyone in it would count as already paid; give it once`,
        ),
      };
    }
  }
  return { files: rosters, history: paid, repeated };
}
