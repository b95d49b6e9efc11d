import type { DaySerial } from '../../src/policy';
import { addMonths, ymdToSerial } from '../../src/policy';
import { bankCard, residentId, sequenceFor } from './identity';
import { personName } from './names';
import type { Rng } from './random';

export interface Person {
  readonly name: string;
  readonly sex: 'male' | 'female';
  readonly birth: DaySerial;
  readonly regionCode: string;
  readonly sequence: number;
  /** 18 characters, valid check character. */
  readonly id: string;
  readonly category: string;
  readonly bankAccount: string;
}

export const BORN_FROM = ymdToSerial(1960, 1, 1);
export const BORN_TO = ymdToSerial(2004, 12, 31);

const CATEGORIES: ReadonlyArray<readonly [string, number]> = [
  ['脱贫人口', 0.8],
  ['脱贫不稳定户', 0.08],
  ['边缘易致贫户', 0.08],
  ['突发严重困难户', 0.04],
];

function category(rng: Rng): string {
  let p = rng.next();
  for (const [name, weight] of CATEGORIES) {
    if (p < weight) return name;
    p -= weight;
  }
  return CATEGORIES[0][0];
}

/** A synthetic person of a Jilin county, never a real one: random name, birth 1960-2004, a unique checksummed ID. */
export function makePerson(rng: Rng, regionCode: string, usedIds: Set<string>): Person {
  for (;;) {
    const sex = rng.chance(0.5) ? 'male' : 'female';
    const birth = rng.int(BORN_FROM, BORN_TO);
    const sequence = sequenceFor(rng, sex);
    const id = residentId(regionCode, birth, sequence);
    if (usedIds.has(id)) continue;
    usedIds.add(id);
    return { name: personName(rng, sex), sex, birth, regionCode, sequence, id, category: category(rng), bankAccount: bankCard(rng) };
  }
}

/** The first day a person may be hired: the 16th birthday (Labour Law art. 15), or `from` when later. */
export function earliestHire(person: Person, from: DaySerial): DaySerial {
  return Math.max(from, addMonths(person.birth, 16 * 12));
}

export function sexWord(person: Person): string {
  return person.sex === 'male' ? '男' : '女';
}
