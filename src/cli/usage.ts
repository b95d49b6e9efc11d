import type { Lang } from '../policy';

const USAGE = {
  zh: `用法：jl-roster validate 文件.xlsx... [选项]

校验一个或多个花名册，一起查重：同一人在多个花名册中、或已在发放登记中，都会被发现。
按内容识别格式：.xlsx .xlsm .xlsb .xls .et .ods、Excel 2003 XML、网页导出的 .xls，以及 UTF-8/GBK/UTF-16 的 .csv .txt。

选项：
  --kind employ|travel|welfare|production|unsalable
                        指定花名册类型（默认按表头和标题自动识别）：
                        employ 一次性吸纳就业补贴（措施7）、travel 跨省务工交通补助（措施6）、
                        welfare 临时公益岗位（措施9）、production 生产补贴经营主体（措施3）、
                        unsalable 滞销农产品销售奖励（措施10）
  --history 文件.xlsx   已发放人员名单（可多次给出），如“已发放登记”
  --as-of YYYY-MM-DD    校验日期（默认今天）：晚于它的日期视为未来日期
  --json                在标准输出打印一个 JSON 对象
  --out 报告.xlsx       写出新的报告工作簿：标出有问题的单元格并加批注，另附“校验报告”表
  --lang zh|en          输出语言（默认中文）

退出码：0 没有错误；1 发现错误（所有文件都已读取）；2 有文件无法读取（其余文件照常校验）或命令用法错误。`,
  en: `Usage: jl-roster validate FILE.xlsx... [options]

Checks one or more rosters (花名册) together, so a person in two rosters or already in a paid register is found.
The format is told by the content: .xlsx .xlsm .xlsb .xls .et .ods, Excel 2003 XML, web exports named .xls, and
.csv/.txt in UTF-8, GBK or UTF-16.

Options:
  --kind employ|travel|welfare|production|unsalable
                        the kind of roster (default: recognised from the headers and title):
                        employ one-off employment subsidy (measure 7), travel cross-province travel (measure 6),
                        welfare temporary welfare posts (measure 9), production production subsidy entities
                        (measure 3), unsalable unsalable-product rewards (measure 10)
  --history FILE.xlsx   a list of persons already paid (may be repeated), e.g. the 已发放登记 register
  --as-of YYYY-MM-DD    the day of the check (default today): later dates are in the future
  --json                print one JSON object on standard output
  --out REPORT.xlsx     write a new report workbook: flagged cells marked with a comment, plus a 校验报告 sheet
  --lang zh|en          language of the output (default Chinese)

Exit codes: 0 no errors; 1 errors found (every file read); 2 a file could not be read (the others are still
checked), or the command is misused.`,
} as const;

export function usageText(lang: Lang): string {
  return USAGE[lang];
}
