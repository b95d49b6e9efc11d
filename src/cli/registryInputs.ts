import type { Text } from '../policy';
import { text } from '../policy';
import { sameFile } from './outputGuard';

/**
 * A roster given again as a registry export or a death list would check every person against themselves: refused,
 * naming the file and the option.
 */
export function registryInputProblem(rosters: ReadonlyArray<string>, registry: ReadonlyArray<string>, deceased: ReadonlyArray<string>): Text | undefined {
  for (const [option, files] of [['--registry', registry], ['--deceased', deceased]] as const) {
    for (const f of files) {
      const roster = rosters.find((r) => sameFile(r, f));
      if (roster !== undefined) {
        return text(`${f} 既作为花名册又作为 ${option} 给出；请只给一次`, `${f} is given both as a roster and as ${option}; give it once`);
      }
    }
  }
  return undefined;
}
