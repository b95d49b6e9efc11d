import type { Text } from '../policy';
import { text } from '../policy';

/** Why a file given to the command cannot be read: each reason has its own message for the clerk. */
export type XlsxReadProblem = 'missing' | 'directory' | 'unreadable' | 'empty' | 'encrypted' | 'legacy_xls' | 'not_xlsx' | 'corrupt';

const REASONS: Readonly<Record<XlsxReadProblem, Text>> = {
  missing: text('文件不存在', 'the file does not exist'),
  directory: text('这是一个文件夹，不是文件', 'it is a folder, not a file'),
  unreadable: text('无法读取该文件（没有权限或被占用）', 'the file cannot be read (no permission, or it is locked)'),
  empty: text('文件是空的（0字节）', 'the file is empty (0 bytes)'),
  encrypted: text(
    '文件已加密（设置了打开密码），请在 Excel 中取消密码后另存为 .xlsx',
    'the file is encrypted (it has an open password); remove the password in Excel and save it again as .xlsx',
  ),
  legacy_xls: text(
    '这是旧版 Excel 97-2003 (.xls) 文件，请在 Excel 中另存为 .xlsx 工作簿',
    'it is an old Excel 97-2003 (.xls) file; save it in Excel as an .xlsx workbook',
  ),
  not_xlsx: text('不是 Excel .xlsx 工作簿', 'it is not an Excel .xlsx workbook'),
  corrupt: text('.xlsx 文件已损坏，无法打开', 'the .xlsx file is damaged and cannot be opened'),
};

export class XlsxReadError extends Error {
  readonly file: string;
  readonly problem: XlsxReadProblem;
  readonly reason: Text;
  /** A technical detail (the library's own words) for a damaged file; never shown as a stack trace. */
  readonly detail?: string;

  constructor(file: string, problem: XlsxReadProblem, detail?: string) {
    const reason = REASONS[problem];
    super(`${file}: ${reason.en}${detail ? ` (${detail})` : ''}`);
    this.name = 'XlsxReadError';
    this.file = file;
    this.problem = problem;
    this.reason = reason;
    this.detail = detail;
  }

  /** 「无法读取 a.xlsx：文件不存在」 / "cannot read a.xlsx: the file does not exist" */
  get messageText(): Text {
    const tail = this.detail ? `（${this.detail}）` : '';
    const tailEn = this.detail ? ` (${this.detail})` : '';
    return text(`无法读取 ${this.file}：${this.reason.zh}${tail}`, `cannot read ${this.file}: ${this.reason.en}${tailEn}`);
  }
}
