// A small employment roster (measure 7) written by hand, as a clerk's sheet arrives from the reader: the IDs' check
// characters and the credit code's were worked out by hand from the weights in MEASURES.md.
import type { CellValue, SheetGrid } from '../../src/roster';

/** Valid: the weighted sum of the first 17 digits is 225, 225 mod 11 = 5, which maps to check character 7. */
export const ID_ZHANG = '222424199001013337';
/** The same first 17 characters with a wrong check character (8 instead of 7): an ID_CHECKSUM error. */
export const ID_BAD = '222424199001013338';
export const ID_LI = '222424198503153335';
export const ID_WANG = '222424198001010019';
/** 汪清县's region code, check character J. */
export const EMPLOYER_CODE = '91222424000000001J';

export const HEADER = ['序号', '姓名', '身份证号码', '人员类别', '用工单位', '统一社会信用代码', '入职日期', '工作月数', '月工资', '县（市、区）', '补贴金额', '银行账号'];

/** 2022-03-01 and 2022-06-30 as Excel serials: 44621 = 2022-03-01 (44562 is 2022-01-01, plus 59 days). */
export const HIRED = 44621;
export const AS_OF = 44742;

function row(n: number, name: string, id: string): CellValue[] {
  // Hired 2022-03-01 in 汪清县 (minimum wage 1,540 yuan), 4 months at 2,000 yuan: eligible for 1,600 yuan.
  return [n, name, id, '脱贫人口', '汪清县某食品有限公司', EMPLOYER_CODE, HIRED, 4, 2000, '汪清县', 1600, `62170000000000${1000 + n}`];
}

/** Three persons; the second is named "=1+1" and has an ID with a wrong check character. */
export function roster(file = '汪清县花名册.xlsx'): SheetGrid {
  const values: CellValue[][] = [['汪清县2022年一次性吸纳就业补贴花名册'], HEADER, row(1, '张三', ID_ZHANG), row(2, '=1+1', ID_BAD), row(3, '李四', ID_LI)];
  const width = HEADER.length;
  const padded = values.map((r) => [...r, ...Array<CellValue>(width - r.length).fill('')]);
  return { file, sheet: '花名册', values: padded };
}

/** A clean roster of two, for registering. */
export function cleanRoster(file = '汪清县花名册.xlsx'): SheetGrid {
  return { file, sheet: '花名册', values: [HEADER, row(1, '张三', ID_ZHANG), row(2, '王五', ID_WANG)] };
}
