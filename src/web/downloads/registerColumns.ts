import type { SheetGrid, TableLayout } from '../../roster';
import { detectTable, fieldOfHeader, isTableProblem } from '../../roster';
import type { Lang, Text } from '../../policy';
import { pick, text } from '../../policy';
import { REGISTER_HEADERS } from '../../taskpane/register/registerPlan';

/** Where the rows planned in REGISTER_HEADERS order go in an existing register, and which headers it lacks. */
export interface RegisterColumns {
  /** 0-based grid row of the header (the lower row of a two-row header). */
  readonly headerRow: number;
  /** For each of REGISTER_HEADERS, the 0-based grid column it goes to. */
  readonly target: ReadonlyArray<number>;
  /** Columns added to the right of the register's own: grid column and header text. */
  readonly added: ReadonlyArray<{ readonly column: number; readonly header: string }>;
}

const normalised = (v: unknown) => String(v ?? '').replace(/\s+/g, '');

/** The register's column for one of REGISTER_HEADERS: the same header text, else the column the engine reads as that field. */
function columnFor(header: string, headerCells: ReadonlyArray<unknown>, layout: TableLayout): number | undefined {
  const same = headerCells.findIndex((h) => normalised(h) === header);
  if (same >= 0) return same;
  const field = fieldOfHeader(header);
  return field === undefined ? undefined : layout.columns[field];
}

/** An existing register that is not a table with an ID column: what to tell the clerk, in both languages. */
export class RegisterNotATable extends Error {
  constructor(
    readonly file: string,
    readonly sheet: string,
    readonly messageText: Text,
    lang: Lang,
  ) {
    super(pick(messageText, lang));
    this.name = 'RegisterNotATable';
  }
}

/**
 * Maps the register's own columns by header, as the engine reads them when the register comes back as history:
 * 身份证号 or 公民身份号码 take the ID, 批次 the batch; what the register has no column for is added at its right.
 */
export function registerColumns(register: SheetGrid, lang: Lang): RegisterColumns {
  const layout = detectTable(register);
  if (isTableProblem(layout) || layout.columns.id === undefined) {
    const why = isTableProblem(layout) ? layout.problem : text('没有身份证号码列', 'it has no ID number column');
    const { file, sheet } = register;
    const message = text(
      `已发放名册“${sheet}”（${file}）不是带身份证号码列的表格：${why.zh}。请选择正确的已发放名册，或不选名册以新建一个。`,
      `The paid register "${sheet}" (${file}) is not a table with an ID number column: ${why.en}. Choose the right register, or none to start a new one.`,
    );
    throw new RegisterNotATable(file, sheet, message, lang);
  }
  const headerCells = register.values[layout.headerEnd] ?? [];
  const width = Math.max(0, ...register.values.map((r) => r.length));
  const added: Array<{ column: number; header: string }> = [];
  const used = new Set<number>();
  const target = REGISTER_HEADERS.map((header) => {
    const own = columnFor(header, headerCells, layout);
    // One column takes one of the headers: a second header the engine reads as the same field gets its own column.
    if (own !== undefined && !used.has(own)) {
      used.add(own);
      return own;
    }
    const column = width + added.length;
    added.push({ column, header });
    return column;
  });
  return { headerRow: layout.headerEnd, target, added };
}
