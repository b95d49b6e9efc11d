import type { Lang, Text } from '../../policy';
import { pick, text } from '../../policy';
import type { ReportCell, ReportTable, ReportTableRow, ValidationSummary } from '../../roster/types';
import { S, fill } from '../i18n/strings';
import { measureWords } from '../i18n/measureWords';
import type { RunSources } from '../state/validateState';

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Local date and time of the run, as a clerk writes it: 2022-06-30 14:05. */
export function formatRunTime(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** 已发放记录 and 花名册 as one line each: 「已发放登记、paid.xlsx / Sheet1」; the warning when no register was used. */
export function sourceLines(sources: RunSources, lang: Lang): { registers: string; rosters: string; registries: string; deathLists: string } {
  const sep = lang === 'zh' ? '、' : ', ';
  const listed = (names: ReadonlyArray<string> | undefined) => (names && names.length > 0 ? names.join(sep) : pick(S.noneUsed, lang));
  return {
    registers: sources.registers.length > 0 ? sources.registers.join(sep) : pick(S.noRegisterUsed, lang),
    rosters: sources.rosters.join(sep),
    registries: listed(sources.registries),
    deathLists: listed(sources.deathLists),
  };
}

/** 10 个错误 · 1 个警告 · 已核对 44 行 · 已对照已发放记录 2 份 (or 未使用已发放记录 ...). */
export function summaryText(summary: ValidationSummary, sources: RunSources): Text {
  const line = (lang: Lang) => {
    const part = (m: Text, count: number) => fill(pick(m, lang), { count: count.toLocaleString('en-US') });
    return [
      part(S.summaryErrors, summary.errors),
      part(S.summaryWarnings, summary.warnings),
      part(S.summaryRows, summary.rows),
      sources.registers.length > 0 ? part(S.summaryRegisters, sources.registers.length) : pick(S.noRegisterShort, lang),
    ].join(' · ');
  };
  return text(line('zh'), line('en'));
}

export interface RunFacts {
  /** When the check ran (ms since epoch): the engine does not know the clock, the pane does. */
  readonly at: number;
  /** The day checked as of, yyyy-mm-dd. */
  readonly asOf: string;
  readonly sources: RunSources;
}

function measureColumn(header: ReadonlyArray<string>, lang: Lang): number {
  return header.indexOf(lang === 'zh' ? '措施' : 'Measure');
}

function withMeasureWords(rows: ReadonlyArray<ReportTableRow>, column: number, lang: Lang): ReportTableRow[] {
  if (column < 0) return [...rows];
  return rows.map((row) => {
    const n = row.cells[column];
    if (typeof n !== 'number') return row;
    const cells: ReportCell[] = [...row.cells];
    cells[column] = pick(measureWords(n), lang);
    return { ...row, cells };
  });
}

/**
 * The report as the pane writes it: the engine's table with the run's facts first (校验日期, 校验时间, the
 * registers and rosters used, or the warning that no register was), and measures in words (第七条).
 */
export function withRunFacts(table: ReportTable, facts: RunFacts, lang: Lang): ReportTable {
  const lines = sourceLines(facts.sources, lang);
  return {
    ...table,
    // The sheet the pane writes is named in the display language.
    sheetName: pick(S.reportSheet, lang),
    facts: [
      [pick(S.asOf, lang), facts.asOf],
      [pick(S.runTime, lang), formatRunTime(facts.at)],
      [pick(S.registersUsed, lang), lines.registers],
      [pick(S.rostersUsed, lang), lines.rosters],
      [pick(S.registriesUsed, lang), lines.registries],
      [pick(S.deathListsUsed, lang), lines.deathLists],
      ...table.facts,
    ],
    summaryRows: withMeasureWords(table.summaryRows, measureColumn(table.summaryHeader, lang), lang),
    findingRows: withMeasureWords(table.findingRows, measureColumn(table.findingsHeader, lang), lang),
  };
}
