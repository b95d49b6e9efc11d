// Rosters made in the test, with IDs and credit codes whose check characters are computed here from the rules as
// MEASURES.md states them (an oracle independent of src/policy).
import ExcelJS from 'exceljs';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643-1999 as MEASURES.md words it: sum of digits × weights, mod 11, mapped to 1 0 X 9 8 7 6 5 4 3 2. */
export function idWithCheck(first17: string): string {
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * ID_WEIGHTS[i], 0);
  return first17 + ID_CHECK[sum % 11];
}

const CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100-2015 as MEASURES.md words it: check = 31 − (sum mod 31), 31 → 0. */
export function creditCodeWithCheck(first17: string): string {
  const sum = [...first17].reduce((s, c, i) => s + CODE_ALPHABET.indexOf(c) * CODE_WEIGHTS[i], 0);
  return first17 + CODE_ALPHABET[(31 - (sum % 31)) % 31];
}

/** The sheet's header row of a measure-7 roster; the letters are the columns A to L. */
export const EMPLOY_HEADER = ['序号', '姓名', '性别', '身份证号码', '人员类别', '用工单位', '统一社会信用代码', '县（市、区）', '入职日期', '工作月数', '月工资', '补贴金额'];
export const COL = { seq: 1, name: 2, sex: 3, id: 4, category: 5, employer: 6, code: 7, county: 8, hire: 9, months: 10, wage: 11, amount: 12 } as const;

export const EMPLOYER_CODE = creditCodeWithCheck('91222424MA0C8K3L9');

/** A valid person of 汪清县 (222424), born 1990-03-15 plus `n` days' worth of sequence: male when `n` is odd. */
export function validId(n: number): string {
  return idWithCheck(`22242419900315${String(n).padStart(3, '0')}`);
}

export type Cell = ExcelJS.CellValue | { readonly value: ExcelJS.CellValue; readonly numFmt: string };

/** A valid measure-7 row for person `n`: hired 2022-03-01 (a date cell), 6 months, 3,000 a month, 1,600 claimed. */
export function employRow(n: number, overrides: Partial<Record<keyof typeof COL, Cell>> = {}): Cell[] {
  const base: Record<keyof typeof COL, Cell> = {
    seq: n,
    name: `张${'伟芳娜敏静丽强磊军洋'[n % 10]}${'一二三四五六七八九十'[Math.floor(n / 10) % 10]}`,
    sex: n % 2 === 1 ? '男' : '女',
    id: { value: validId(n), numFmt: '@' },
    category: '脱贫人口',
    employer: '汪清县长白山黑木耳有限公司',
    code: { value: EMPLOYER_CODE, numFmt: '@' },
    county: '汪清县',
    hire: { value: new Date(Date.UTC(2022, 2, 1)), numFmt: 'yyyy-mm-dd' },
    months: 6,
    wage: 3000,
    amount: { value: 1600, numFmt: '#,##0.00' },
  };
  const row = { ...base, ...overrides };
  return (Object.keys(COL) as Array<keyof typeof COL>).map((k) => row[k]);
}

export function setRow(sheet: ExcelJS.Worksheet, rowNumber: number, cells: ReadonlyArray<Cell>): void {
  cells.forEach((c, i) => {
    const cell = sheet.getCell(rowNumber, i + 1);
    if (c !== null && typeof c === 'object' && 'numFmt' in c && 'value' in c && !(c instanceof Date)) {
      cell.value = c.value;
      cell.numFmt = c.numFmt;
    } else cell.value = c as ExcelJS.CellValue;
  });
}

export async function writeWorkbook(path: string, build: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  await wb.xlsx.writeFile(path);
}
