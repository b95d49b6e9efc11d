import { text } from '../policy';
import type { SheetGrid } from './sheetGrid';
import type { FieldId, KindDetection, RosterKind, TableLayout } from './types';
import { KIND_NAMES } from './kinds';

/** Words of a roster's title (or sheet name) that say which subsidy it claims. */
const TITLE_WORDS: ReadonlyArray<readonly [RosterKind, RegExp]> = [
  ['travel', /交通补助|交通补贴|交通费补|往返交通|跨省务工|travel/i],
  ['welfare', /公益岗|公益性岗位|welfare/i],
  ['production', /生产补贴|联农带农|production/i],
  ['unsalable', /滞销|消费帮扶|采购奖补|unsalable/i],
  ['employ', /吸纳就业|就业补贴|吸纳.*补贴|employment/i],
];

/** Columns only one kind of roster has. */
const KIND_COLUMNS: Readonly<Record<RosterKind, ReadonlyArray<FieldId>>> = {
  employ: ['hireDate', 'wage', 'monthsWorked'],
  travel: ['fare', 'transportClass', 'province', 'contract', 'contractStart', 'contractEnd'],
  welfare: ['post', 'months'],
  production: ['personsDriven'],
  unsalable: ['purchase'],
};

const TITLE_WEIGHT = 3;

/**
 * The kind of a roster from its title and columns: a title word counts three, each column only that kind has counts
 * one. No kind when nothing points anywhere, or two kinds score the same.
 */
export function detectKind(grid: SheetGrid, layout: TableLayout): KindDetection {
  void grid;
  const scores = new Map<RosterKind, number>();
  const reasons: string[] = [];
  for (const [kind, words] of TITLE_WORDS) {
    const match = words.exec(layout.title);
    if (match) {
      scores.set(kind, (scores.get(kind) ?? 0) + TITLE_WEIGHT);
      reasons.push(`“${match[0]}”`);
    }
  }
  for (const [kind, fields] of Object.entries(KIND_COLUMNS) as Array<[RosterKind, ReadonlyArray<FieldId>]>) {
    for (const f of fields) {
      if (layout.columns[f] !== undefined) {
        scores.set(kind, (scores.get(kind) ?? 0) + 1);
        reasons.push(`[${layout.headers[f] ?? f}]`);
      }
    }
  }
  let best: RosterKind | null = null;
  let bestScore = 0;
  let tie = false;
  for (const [kind, score] of scores) {
    if (score > bestScore) {
      best = kind;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) {
      tie = true;
    }
  }
  if (best === null || tie) {
    return {
      kind: null,
      because: text(
        `标题和列名无法确定是哪一类补贴的花名册${reasons.length ? `（${reasons.join('、')}）` : ''}`,
        `the title and columns do not tell which subsidy the roster claims${reasons.length ? ` (${reasons.join(', ')})` : ''}`,
      ),
    };
  }
  return {
    kind: best,
    because: text(`按${reasons.join('、')}识别为${KIND_NAMES[best].zh}`, `recognised as ${KIND_NAMES[best].en} from ${reasons.join(', ')}`),
  };
}
