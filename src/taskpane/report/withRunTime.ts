import type { Lang } from '../../policy';
import { pick } from '../../policy';
import type { ReportTable } from '../../roster/types';
import { S } from '../i18n/strings';

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Local date and time of the run, as a clerk writes it: 2022-06-30 14:05. */
export function formatRunTime(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The report's facts start with when the check ran: the engine does not know the clock, the pane does. */
export function withRunTime(table: ReportTable, at: number, lang: Lang): ReportTable {
  return { ...table, facts: [[pick(S.runTime, lang), formatRunTime(at)], ...table.facts] };
}
