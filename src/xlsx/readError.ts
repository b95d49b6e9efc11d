import type { Text } from '../policy';
import { text } from '../policy';

/** Why a file given to the command (or picked in the pane) cannot be read: each reason has its own message. */
export type XlsxReadProblem =
  | 'missing'
  | 'directory'
  | 'not_regular'
  | 'too_large'
  | 'unreadable'
  | 'empty'
  | 'encrypted'
  | 'not_spreadsheet'
  | 'corrupt'
  | 'zip_bomb'
  | 'too_many_cells';

const SAVE_AS = text('请在 Excel/WPS 中另存为 .xlsx 后重试', 'save it as .xlsx in Excel or WPS and try again');

const REASONS: Readonly<Record<XlsxReadProblem, Text>> = {
  missing: text('文件不存在', 'the file does not exist'),
  directory: text('这是一个文件夹，不是文件', 'it is a folder, not a file'),
  not_regular: text(
    '这不是普通文件（可能是管道或设备），只能读取磁盘上的表格文件',
    'it is not a regular file (a pipe or a device); only spreadsheet files on disk are read',
  ),
  too_large: text('文件过大（超过 512 MB），请拆分后重试', 'the file is too large (over 512 MB); split it and try again'),
  unreadable: text('无法读取该文件（没有权限或被占用）', 'the file cannot be read (no permission, or it is locked)'),
  empty: text('文件是空的（0字节）', 'the file is empty (0 bytes)'),
  encrypted: text(
    '文件已加密（设置了打开密码），请在 Excel/WPS 中取消密码，另存为 .xlsx 后重试',
    'the file is encrypted (it has an open password); remove the password in Excel or WPS, save it as .xlsx and try again',
  ),
  not_spreadsheet: text(
    `不是可识别的表格文件（支持 .xlsx .xlsm .xlsb .xls .et .ods .csv .txt 和 Excel 2003 XML），${SAVE_AS.zh}`,
    `it is not a spreadsheet this reads (.xlsx .xlsm .xlsb .xls .et .ods .csv .txt and Excel 2003 XML); ${SAVE_AS.en}`,
  ),
  corrupt: text(`文件已损坏，无法打开；${SAVE_AS.zh}`, `the file is damaged and cannot be opened; ${SAVE_AS.en}`),
  zip_bomb: text(
    '文件解压后过大（超过 1.5 GB 或压缩比异常），疑似损坏或恶意文件，未读取',
    'it inflates to too much (over 1.5 GB, or an abnormal compression ratio): damaged or hostile, not read',
  ),
  too_many_cells: text(
    '工作表的单元格过多（超过 3000 万个），请删除多余的行列或拆分后重试',
    'a sheet holds too many cells (over 30 million); delete the surplus rows and columns or split it, and try again',
  ),
};

export class XlsxReadError extends Error {
  readonly file: string;
  readonly problem: XlsxReadProblem;
  readonly reason: Text;
  /** What went wrong inside, for JL_ROSTER_DEBUG only: never shown to the clerk (it is a library's own words). */
  readonly detail?: string;

  constructor(file: string, problem: XlsxReadProblem, detail?: string) {
    const reason = REASONS[problem];
    super(`${file}: ${reason.en}`);
    this.name = 'XlsxReadError';
    this.file = file;
    this.problem = problem;
    this.reason = reason;
    this.detail = detail;
  }

  /** 「无法读取 a.xlsx：文件不存在」 / "cannot read a.xlsx: the file does not exist" */
  get messageText(): Text {
    return text(`无法读取 ${this.file}：${this.reason.zh}`, `cannot read ${this.file}: ${this.reason.en}`);
  }
}

/** A limit of READ_LIMITS was passed while reading; the reader turns it into an XlsxReadError naming the file. */
export class ReadLimitError extends Error {
  readonly problem: 'zip_bomb' | 'too_many_cells';

  constructor(problem: 'zip_bomb' | 'too_many_cells', detail: string) {
    super(detail);
    this.name = 'ReadLimitError';
    this.problem = problem;
  }
}
