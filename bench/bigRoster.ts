import type { CellValue, SheetGrid } from '../src/roster/sheetGrid';
import { allCounties, ymdToSerial } from '../src/policy';
import type { Employer, Hire } from '../tools/samples/employment';
import { EMPLOY_COLUMNS, employRecord, makeEmployer, makeHire } from '../tools/samples/employment';
import type { Person } from '../tools/samples/people';
import { makePerson } from '../tools/samples/people';
import { Rng } from '../tools/samples/random';
import { GridAssembler } from '../tools/samples/sheetModel';

/** The problems a big roster carries, about 1% of rows, in turn: what clerks get wrong most. */
const PROBLEMS: ReadonlyArray<(cells: CellValue[], hire: Hire) => void> = [
  (c, h) => (c[3] = h.person.id.slice(0, 17) + (h.person.id[17] === '1' ? '2' : '1')), // check character
  (c, h) => (c[3] = Number(h.person.id.replace('X', '0'))), // typed as a number
  (c) => (c[8] = ymdToSerial(2019, 10, 8)), // hired before 2020
  (c) => (c[9] = 2), // months
  (c) => (c[10] = 1200), // wage
  (c) => (c[11] = 2000), // amount
  (c) => (c[8] = '2022-02-30'), // impossible date
  (c) => (c[1] = ''), // name missing
];

/**
 * A reader hands over flat strings; concatenation leaves V8 rope strings several times their size. Decoding bytes
 * gives the flat string a reader would, so the roster's memory is what a read file's would be.
 */
function flat(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf8').toString('utf8');
}

export const ID_COLUMN = EMPLOY_COLUMNS.findIndex((c) => c.header === '身份证号码');

export interface BigRoster {
  readonly grid: SheetGrid;
  readonly rows: number;
  readonly problems: number;
  readonly duplicates: number;
  /** 0-based index of the first person row in grid.values. */
  readonly firstDataRow: number;
}

/**
 * A measure-7 roster of `rows` persons from the samples' generator: Jilin counties' IDs, 20 hires per employer,
 * about 1% planted problems and 0.5% persons claimed a second time.
 */
export function bigEmploymentRoster(rows: number, seed = 20220407): BigRoster {
  const rng = new Rng(seed);
  const counties = allCounties().filter((c) => c.code !== '');
  const usedIds = new Set<string>();
  const assembler = new GridAssembler(EMPLOY_COLUMNS);
  const title: CellValue[] = [`吉林省2022年一次性吸纳就业补贴花名册（${rows}人）`];
  assembler.add('title', title);
  assembler.add('header', EMPLOY_COLUMNS.map((c) => c.header));
  const firstDataRow = 2;
  const earlier: Person[] = [];
  let employer: Employer | undefined;
  let problems = 0;
  let duplicates = 0;
  let total = 0;
  for (let i = 0; i < rows; i++) {
    const county = counties[i % counties.length];
    if (i % 20 === 0 || !employer) employer = makeEmployer(rng, county.name, county.code);
    const again = earlier.length > 0 && rng.chance(0.005);
    const person = again ? rng.pick(earlier) : makePerson(rng, county.code, usedIds);
    if (again) duplicates++;
    else if (earlier.length < 100_000) earlier.push(person);
    const hire = makeHire(rng, person, employer);
    const record = employRecord(i + 1, hire);
    const cells = EMPLOY_COLUMNS.map((c) => record[c.header] ?? '');
    if (rng.chance(0.01)) {
      rng.pick(PROBLEMS)(cells, hire);
      problems++;
    }
    for (let c = 0; c < cells.length; c++) if (typeof cells[c] === 'string') cells[c] = flat(cells[c] as string);
    total += typeof cells[11] === 'number' ? cells[11] : 0;
    assembler.add('person', cells);
  }
  const totalRow: CellValue[] = new Array(EMPLOY_COLUMNS.length).fill('');
  totalRow[0] = '合计';
  totalRow[11] = total;
  assembler.add('total', totalRow);
  assembler.add('blank', []);
  assembler.add('signoff', ['填表人：王丽华', '', '', '', '审核人：金成哲', '', '', '', '日期：2022年7月15日']);
  return { grid: assembler.grid('bench.xlsx', '花名册'), rows, problems, duplicates, firstDataRow };
}
