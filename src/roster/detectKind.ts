import { text } from '../policy';
import type { RosterKindFacts } from './kindFacts';
import { SHIPPED_KIND_SPECS } from './kindSpecs';
import type { SheetGrid } from './sheetGrid';
import type { KindDetection, RosterKind, TableLayout } from './types';

const TITLE_WEIGHT = 3;

/**
 * The kind of a roster from its title and columns: a title word counts three, each column only that kind has counts
 * one. No kind when nothing points anywhere, or two kinds score the same.
 */
export function detectKind(grid: SheetGrid, layout: TableLayout, specs: ReadonlyArray<RosterKindFacts> = SHIPPED_KIND_SPECS): KindDetection {
  void grid;
  const scores = new Map<RosterKind, number>();
  const reasons: string[] = [];
  for (const spec of specs) {
    const match = spec.titleWords.exec(layout.title);
    if (match) {
      scores.set(spec.id, (scores.get(spec.id) ?? 0) + TITLE_WEIGHT);
      reasons.push(`“${match[0]}”`);
    }
  }
  for (const spec of specs) {
    for (const f of spec.distinctiveColumns) {
      if (layout.columns[f] !== undefined) {
        scores.set(spec.id, (scores.get(spec.id) ?? 0) + 1);
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
  const name = specs.find((s) => s.id === best)!.name;
  return {
    kind: best,
    because: text(`按${reasons.join('、')}识别为${name.zh}`, `recognised as ${name.en} from ${reasons.join(', ')}`),
  };
}
