import type { DaySerial, Text } from '../../policy';
import { plainValidId18Ymd, readRequiredDate, serialToYmd, text, toHalfWidth } from '../../policy';
import { excelColumn, excelRow, isBlankCell } from '../cells';
import type { RunContext } from '../runContext';
import type { CellValue, SheetGrid } from '../sheetGrid';
import type { DeathField, RegistryField } from './fields';
import { deathFieldOfHeader, registryFieldOfHeader } from './fields';
import type { ListTable } from './listTable';
import { detectListTable } from './listTable';
import type { DeathEntry, RegistryEntry } from './registryEntry';
import { readRowId } from './rowId';

/** Row problems listed one by one per sheet; the rest are counted in one finding (an export of IDs stored as numbers). */
const MAX_ROW_PROBLEMS = 100;

export interface ListSource {
  readonly file: string;
  readonly sheet: string;
  readonly rows: number;
}

/**
 * What the registry exports and death lists say about the run's claimants: every row is read and its ID checked, but
 * only the rows of persons who claim are kept, so a province's export costs a pass, not a copy.
 */
export class RegistryBook {
  readonly entries = new Map<string, RegistryEntry[]>();
  readonly deaths = new Map<string, DeathEntry[]>();
  readonly registrySources: ListSource[] = [];
  readonly deathSources: ListSource[] = [];
}

interface SheetAt {
  readonly file: string;
  readonly sheet: string;
  readonly order: number;
}

function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'string' ? v.trim() : String(v);
}

const TIME_OF_DAY = /[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/** Dates as the system exports them: Excel dates, '2022-05-01', '2022/5/1', '20220501', with or without a time. */
function readListDate(v: CellValue | undefined): DaySerial | 'blank' | 'invalid' {
  if (v === undefined || isBlankCell(v)) return 'blank';
  if (typeof v === 'number') return v >= 1 && v < 2_958_466 ? Math.floor(v) : readDateText(String(v));
  return readDateText(toHalfWidth(String(v)).trim().replace(TIME_OF_DAY, ''));
}

function readDateText(s: string): DaySerial | 'invalid' {
  const r = readRequiredDate(s);
  return r.ok ? r.value : 'invalid';
}

function fieldText(cells: ReadonlyArray<CellValue>, c: Readonly<Partial<Record<RegistryField, number>>>, f: RegistryField): string {
  const j = c[f];
  return j === undefined ? '' : cellText(cells[j]);
}

function fieldDate(cells: ReadonlyArray<CellValue>, c: Readonly<Partial<Record<RegistryField, number>>>, f: RegistryField, unreadable: (j: number, shown: string) => void): DaySerial {
  const j = c[f];
  if (j === undefined) return NaN;
  const d = readListDate(cells[j]);
  if (d === 'invalid') unreadable(j, cellText(cells[j]));
  return typeof d === 'number' ? d : NaN;
}

class RowProblems {
  private count = 0;
  constructor(
    private readonly run: RunContext,
    private readonly grid: SheetGrid,
    private readonly at: SheetAt,
    private readonly what: Text,
  ) {}

  add(i: number, j: number, shown: string, message: Text): void {
    if (++this.count > MAX_ROW_PROBLEMS) return;
    this.run.sink.add('REGISTRY_ROW_PROBLEM', this.at, excelRow(this.grid, i), j < 0 ? '' : excelColumn(this.grid, j), j, '', shown, text(`${this.what.zh}：${message.zh}`, `${this.what.en}: ${message.en}`));
  }

  finish(headerRow: number): void {
    const more = this.count - MAX_ROW_PROBLEMS;
    if (more <= 0) return;
    this.run.sink.add(
      'REGISTRY_ROW_PROBLEM',
      this.at,
      excelRow(this.grid, headerRow),
      '',
      -1,
      '',
      '',
      text(`${this.what.zh}：另有${more}行有同类问题，未逐行列出`, `${this.what.en}: ${more} more rows have problems like these, not listed one by one`),
    );
  }
}

function tableOf<F extends string>(run: RunContext, grid: SheetGrid, at: SheetAt, what: Text, fieldOf: (v: unknown) => F | undefined, minFields: number): ListTable<F> | undefined {
  const found = detectListTable(grid, fieldOf, minFields);
  if ('headerRow' in found) return found;
  run.sink.add('HEADER_NOT_FOUND', at, 1, '', -1, '', '', text(`${what.zh}：${found.zh}`, `${what.en}: ${found.en}`));
  return undefined;
}

const REGISTRY = text('防返贫监测系统数据', 'poverty-monitoring registry');
const DEATHS = text('死亡名单', 'death list');

/** Reads one registry export: every ID checked (problems are the export's, never a claim's), claimants' rows kept. */
export function* readRegistrySheet(run: RunContext, book: RegistryBook, grid: SheetGrid, order: number, chunk: number): Generator<number, void> {
  const at = { file: grid.file, sheet: grid.sheet, order };
  const table = tableOf<RegistryField>(run, grid, at, REGISTRY, registryFieldOfHeader, 3);
  if (!table) return;
  const c = table.columns;
  const idCol = c.id!;
  const nameCol = c.name ?? -1;
  const idTypeCol = c.idType ?? -1;
  const today = serialToYmd(run.asOf);
  const asOfYmd = today.y * 10000 + today.m * 100 + today.d;
  const problems = new RowProblems(run, grid, at, REGISTRY);
  const rows = grid.values;
  let read = 0;
  let sinceYield = 0;
  // The loop every export row takes: most IDs are 18 plain characters and belong to nobody who claims.
  for (let i = table.headerRow + 1; i < rows.length; i++) {
    if (++sinceYield === chunk) {
      sinceYield = 0;
      yield chunk;
    }
    const cells = rows[i];
    if (cells === undefined || cells.length === 0) continue;
    const v = cells[idCol];
    let id: string | undefined;
    const birth = typeof v === 'string' ? plainValidId18Ymd(v) : -1;
    if (birth >= 0 && birth <= asOfYmd) id = v as string;
    else {
      if (isBlankCell(v) && (nameCol < 0 || isBlankCell(cells[nameCol]))) continue;
      const r = readRowId(v, grid.kinds?.[i]?.[idCol], idTypeCol < 0 ? '' : cellText(cells[idTypeCol]), run.idOptions);
      if (r.problem) problems.add(i, idCol, r.problem.shown, r.problem.message);
      id = r.id;
    }
    read++;
    if (id === undefined || !run.hasId(id)) continue;
    const idType = idTypeCol < 0 ? '' : cellText(cells[idTypeCol]);
    const text_ = (f: RegistryField) => fieldText(cells, c, f);
    const date = (f: RegistryField) => fieldDate(cells, c, f, (j, shown) => problems.add(i, j, shown, text(`日期“${shown}”无法识别`, `the date "${shown}" cannot be read`)));
    const entry: RegistryEntry = {
      ref: { file: grid.file, sheet: grid.sheet, row: excelRow(grid, i) },
      exportDate: table.exportDate,
      householdNo: text_('householdNo'),
      personNo: text_('personNo'),
      name: text_('name'),
      idType,
      relation: text_('relation'),
      householdType: text_('householdType'),
      povertyStatus: text_('povertyStatus'),
      liftedYear: text_('liftedYear'),
      statusDate: date('statusDate'),
      monitoringKind: text_('monitoringKind'),
      identified: date('identified'),
      riskEliminated: text_('riskEliminated'),
      eliminated: date('eliminated'),
      student: text_('student'),
      labour: text_('labour'),
      working: text_('working'),
      workPlace: text_('workPlace'),
      workEmployer: text_('workEmployer'),
    };
    const list = book.entries.get(id);
    if (list) list.push(entry);
    else book.entries.set(id, [entry]);
  }
  problems.finish(table.headerRow);
  book.registrySources.push({ file: grid.file, sheet: grid.sheet, rows: read });
}

/** Reads one death list: IDs checked as in a registry export; claimants' deaths kept with their dates. */
export function* readDeathSheet(run: RunContext, book: RegistryBook, grid: SheetGrid, order: number, chunk: number): Generator<number, void> {
  const at = { file: grid.file, sheet: grid.sheet, order };
  const table = tableOf<DeathField>(run, grid, at, DEATHS, deathFieldOfHeader, 2);
  if (!table) return;
  const c = table.columns;
  if (c.deathDate === undefined) {
    run.sink.add('HEADER_NOT_FOUND', at, excelRow(grid, table.headerRow), '', -1, '', '', text('死亡名单中没有“死亡日期”列，无法核对', 'the death list has no 死亡日期 column, so it cannot be used'));
    return;
  }
  const idCol = c.id!;
  const dateCol = c.deathDate;
  const problems = new RowProblems(run, grid, at, DEATHS);
  const rows = grid.values;
  let read = 0;
  for (let i = table.headerRow + 1; i < rows.length; i++) {
    if ((i - table.headerRow) % chunk === 0) yield chunk;
    const cells = rows[i];
    if (!cells || cells.length === 0) continue;
    const v = cells[idCol];
    if (isBlankCell(v) && (c.name === undefined || isBlankCell(cells[c.name]))) continue;
    read++;
    const r = readRowId(v, grid.kinds?.[i]?.[idCol], '', run.idOptions);
    if (r.problem) problems.add(i, idCol, r.problem.shown, r.problem.message);
    if (r.id === undefined || !run.hasId(r.id)) continue;
    const d = readListDate(cells[dateCol]);
    if (typeof d !== 'number') {
      problems.add(i, dateCol, cellText(cells[dateCol]), d === 'blank' ? text('死亡日期为空', 'the date of death is empty') : text(`死亡日期“${cellText(cells[dateCol])}”无法识别`, `the date of death "${cellText(cells[dateCol])}" cannot be read`));
      continue;
    }
    const entry: DeathEntry = {
      ref: { file: grid.file, sheet: grid.sheet, row: excelRow(grid, i) },
      name: c.name === undefined ? '' : cellText(cells[c.name]),
      deathDate: d,
      source: c.source === undefined ? '' : cellText(cells[c.source]),
    };
    const list = book.deaths.get(r.id);
    if (list) list.push(entry);
    else book.deaths.set(r.id, [entry]);
  }
  problems.finish(table.headerRow);
  book.deathSources.push({ file: grid.file, sheet: grid.sheet, rows: read });
}
