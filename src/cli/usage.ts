import type { Lang } from '../policy';
import { SHIPPED_KIND_SPECS } from '../roster';

/** The --kind choices, one line each, from the roster kind specs. */
const KIND_LINES = {
  zh: SHIPPED_KIND_SPECS.map((s) => `                        ${s.id} ${s.name.zh}（措施${s.measure}）`).join('\n'),
  en: SHIPPED_KIND_SPECS.map((s) => `                        ${s.id} ${s.name.en} (measure ${s.measure})`).join('\n'),
};
const KIND_IDS = SHIPPED_KIND_SPECS.map((s) => s.id).join('|');

const USAGE = {
  zh: `用法：jl-roster validate 文件.xlsx... [选项]
      jl-roster readings    列出各条款的解读及可选项

校验一个或多个花名册，一起查重：同一人在多个花名册中、或已在发放登记中，都会被发现。
按内容识别格式：.xlsx .xlsm .xlsb .xls .et .ods、Excel 2003 XML、网页导出的 .xls，以及 UTF-8/GBK/UTF-16 的 .csv .txt。

选项：
  --kind ${KIND_IDS}
                        指定花名册类型（默认按表头和标题自动识别）：
${KIND_LINES.zh}
  --history 文件.xlsx   已发放人员名单（可多次给出），如“已发放登记”
  --registry 文件.xlsx  全国防返贫监测信息系统导出的人员信息（可多次给出，可多个县）：
                        核对每个申报人是否为享受政策的脱贫人口或监测对象、姓名、类别、劳动能力、务工信息、同户人数
  --deceased 文件.xlsx  死亡人员名单（姓名、身份证号码、死亡日期；可多次给出）
  --as-of YYYY-MM-DD    校验日期（默认今天）：晚于它的日期视为未来日期
  --json                在标准输出打印一个 JSON 对象
  --out 报告.xlsx       写出新的报告工作簿：标出有问题的单元格并加批注，另附“校验报告”表；
                        只替换本命令以前写出的报告，从不覆盖输入文件
  --force               允许 --out 替换一个已有的、不是本命令写出的文件（输入文件仍然不行）
  --reading 解读=选项   更改一项解读（可多次给出），如 once_scope=calendar-year；
                        全部解读及选项见 jl-roster readings；采用的解读写入每份报告
  --lang zh|en          输出语言（默认中文）

退出码：0 没有错误；1 发现错误（所有文件都已读取）；2 有文件无法读取（其余文件照常校验）或命令用法错误。`,
  en: `Usage: jl-roster validate FILE.xlsx... [options]
       jl-roster readings    list the readings of the ambiguous clauses and their options

Checks one or more rosters (花名册) together, so a person in two rosters or already in a paid register is found.
The format is told by the content: .xlsx .xlsm .xlsb .xls .et .ods, Excel 2003 XML, web exports named .xls, and
.csv/.txt in UTF-8, GBK or UTF-16.

Options:
  --kind ${KIND_IDS}
                        the kind of roster (default: recognised from the headers and title):
${KIND_LINES.en}
  --history FILE.xlsx   a list of persons already paid (may be repeated), e.g. the 已发放登记 register
  --registry FILE.xlsx  a person export of the national poverty-monitoring system (may be repeated, any counties):
                        each claimant's status, name, category, labour, work record and household are checked
  --deceased FILE.xlsx  a death list (姓名, 身份证号码, 死亡日期; may be repeated)
  --as-of YYYY-MM-DD    the day of the check (default today): later dates are in the future
  --json                print one JSON object on standard output
  --out REPORT.xlsx     write a new report workbook: flagged cells marked with a comment, plus a 校验报告 sheet;
                        it replaces only a report this command wrote before, never an input
  --force               let --out replace an existing file this command did not write (never an input)
  --reading ID=OPTION   change one reading (may be repeated), e.g. once_scope=calendar-year; every reading and
                        its options: jl-roster readings; the readings taken are stated in every report
  --lang zh|en          language of the output (default Chinese)

Exit codes: 0 no errors; 1 errors found (every file read); 2 a file could not be read (the others are still
checked), or the command is misused.`,
} as const;

export function usageText(lang: Lang): string {
  return USAGE[lang];
}
