import type { Text } from '../policy';
import { text } from '../policy';
import type { Finding, FindingCode, RowRef } from './types';

/**
 * What the clerk does next about a finding, per code. Every step sends the clerk to the source (身份证原件, 营业执照,
 * 劳动合同, the payment records) or takes the person out of the batch; none says which value would pass a check,
 * because typing the value a check wants makes a valid-looking wrong record (a check digit "fixed" to pass is a
 * different person's number).
 */
const ADVICE: Readonly<Record<FindingCode, Text>> = {
  HEADER_NOT_FOUND: text(
    '确认此表是花名册：表头须有“姓名”“身份证号码”等列名。不是花名册的表请取消勾选。',
    'Make sure this sheet is a roster: its header needs columns such as name and ID number. Untick sheets that are not rosters.',
  ),
  COLUMN_MISSING: text(
    '补上缺少的列，或在“花名册”中为此表改选正确的类型，然后重新校验。',
    'Add the missing column, or choose the right kind for this sheet under Rosters, then validate again.',
  ),
  KIND_UNKNOWN: text('在“花名册”中为此表手动选择类型，然后重新校验。', 'Choose this sheet’s kind under Rosters, then validate again.'),
  ID_MISSING: text('对照身份证原件补录身份证号码；没有号码的人员不能发放。', 'Type the ID number from the ID card; nobody is paid without one.'),
  ID_FORMAT: text(
    '先把单元格设为文本，再对照身份证原件重新录入18位号码。',
    'Format the cell as text, then type the 18-character number again from the ID card.',
  ),
  ID_CHECKSUM: text('号码至少有一位录入有误，请对照身份证原件逐位核对。', 'At least one character of the number was mistyped: compare it with the ID card character by character.'),
  ID_BIRTHDATE: text('号码中的出生日期有误，请对照身份证原件逐位核对。', 'The birth date inside the number is wrong: compare it with the ID card character by character.'),
  ID_NUMERIC: text(
    '数字已丢失，无法恢复：把此列设为文本，再对照身份证原件重新录入完整号码。',
    'The lost digits cannot be recovered: format the column as text and type the whole number again from the ID card.',
  ),
  ID_OLD_15: text('核实本人是否已换领18位身份证；已换领的按新证号码录入。', 'Check whether the person has an 18-character ID card now; if so, type that number.'),
  SEX_MISMATCH: text(
    '性别和身份证号码至少有一项录入有误：以身份证原件为准逐项核对。',
    'The sex or the ID number was mistyped: check both against the ID card.',
  ),
  NAME_MISSING: text('对照身份证原件补录姓名。', 'Type the name from the ID card.'),
  NAME_ID_CONFLICT: text(
    '同一号码对应了不同的人：对照两人的身份证原件核实号码和姓名，改正录错的一方。',
    'One number is under two names: check both persons’ ID cards and correct the one that was mistyped.',
  ),
  UNDER_WORKING_AGE: text(
    '不符合条件：请从本批剔除，或对照身份证原件核实号码。',
    'Not eligible: take the person out of this batch, or check the number against the ID card.',
  ),
  DUPLICATE_IN_ROSTER: text(
    '一次性补贴每人只发一次：保留一行，其余行从本批剔除。',
    'A one-time subsidy is paid once per person: keep one row and take the others out of this batch.',
  ),
  DUPLICATE_PAID: text(
    '此人已领取过该项补贴，不得重复发放：请从本批剔除。如认为登记有误，请查对当时的发放凭证。',
    'Already paid this subsidy and must not be paid again: take the person out of this batch. If the register is wrong, check the payment vouchers of that time.',
  ),
  SHARED_BANK_ACCOUNT: text(
    '核实每人的账户是否为本人账户；补贴应发到本人的社保卡或银行卡。',
    'Check that each account is the person’s own: the subsidy goes to the person’s own social security or bank card.',
  ),
  CELL_ERROR: text('单元格是错误值（如 #N/A）：修正公式或它引用的数据，然后重新校验。', 'The cell holds an error (such as #N/A): fix the formula or the data it reads, then validate again.'),
  VALUE_MISSING: text('按原始材料补填此项，不要估填。', 'Fill this in from the source documents; do not estimate.'),
  NUMBER_INVALID: text('按原始材料改为数字（不带单位和文字），然后重新校验。', 'Type the number from the source documents (no units or words), then validate again.'),
  DATE_INVALID: text('按原始材料改为有效日期（如 2022-03-01），然后重新校验。', 'Type the date from the source documents (such as 2022-03-01), then validate again.'),
  DATE_FUTURE: text('核对日期是否录错；日期无误时检查“校验日期”是否选对。', 'Check whether the date was mistyped; if it is right, check the “Check as of” date.'),
  DATE_MONTH_ONLY: text(
    '按劳动合同或入职登记补上具体日期（如 2022-03-01）；只到月的日期按整月核对。',
    'Add the day from the labour contract or the hiring record (such as 2022-03-01); a month alone is checked as the whole month.',
  ),
  DATE_MONTH_AMBIGUOUS: text(
    '按劳动合同或入职登记填写具体日期后重新校验；该月内条件前后不同，只到月无法判断。',
    'Type the exact day from the labour contract or the hiring record, then validate again: the condition changes within that month.',
  ),
  CATEGORY_INVALID: text('核实人员类别；不属于帮扶对象的请从本批剔除。', 'Check the household category; persons outside the assisted groups are taken out of this batch.'),
  BANK_ACCOUNT_SUSPECT: text('对照存折或银行卡逐位核对账号。', 'Compare the account number with the bank book or card character by character.'),
  HIRE_BEFORE_CUTOFF: text('不符合条件，请从本批剔除或核实入职日期。', 'Not eligible: take the person out of this batch, or check the hire date.'),
  MONTHS_BELOW_MIN: text(
    '工作时间未满要求：本批暂不发放，满足后再申报；或按考勤、工资记录核实月数。',
    'Not long enough in work: leave the person out of this batch and claim once the time is reached, or check the months against attendance and pay records.',
  ),
  WAGE_BELOW_MIN: text(
    '工资低于当地最低工资标准，不符合条件：请从本批剔除，或按工资发放记录核实。',
    'The wage is below the local minimum wage, so the person is not eligible: take the person out of this batch, or check the pay records.',
  ),
  EMPLOYER_CODE_INVALID: text('代码至少有一位录入有误，请对照营业执照逐位核对。', 'At least one character of the code was mistyped: compare it with the business licence character by character.'),
  EMPLOYER_NOT_JILIN: text('查营业执照，核实用工单位是否在吉林省登记。', 'Check the business licence: is the employer registered in Jilin?'),
  EMPLOYER_CAP_EXCEEDED: text(
    '该单位已达补贴上限，超出部分不予发放：按计算金额核减申报金额。',
    'The employer has reached its cap; nothing beyond it is paid: reduce the claimed amounts to the computed ones.',
  ),
  CONTRACT_TOO_SHORT: text('不符合条件：请从本批剔除，或对照劳动合同核实期限。', 'Not eligible: take the person out of this batch, or check the term in the labour contract.'),
  NOT_CROSS_PROVINCE: text(
    '交通补助只发给跨省务工人员：请从本批剔除，或核实务工地点。',
    'The travel subsidy is only for jobs in another province: take the person out of this batch, or check the place of work.',
  ),
  TRANSPORT_CLASS_NOT_ALLOWED: text('对照车票核实交通方式和席别；超出规定席别的部分不予补助。', 'Check the class on the ticket; nothing beyond the allowed class is paid.'),
  WELFARE_MONTHS_OVER_LIMIT: text('超出上限的月数不予补贴：按上限核减月数和金额。', 'Months beyond the limit are not paid: reduce the months and the amount to the limit.'),
  ENTITY_CAP_EXCEEDED: text('超出上限部分不予补助：按计算金额核减申报金额。', 'Nothing beyond the cap is paid: reduce the claimed amount to the computed one.'),
  AMOUNT_MISMATCH: text(
    '核对申报金额：在“说明”中查看按政策计算的金额和依据，按原始材料改正录错的一方。',
    'Check the claimed amount: Explain shows the amount the policy gives and why; correct whichever was mistyped, from the source documents.',
  ),
  TOTAL_MISMATCH: text('检查合计公式的范围，以及是否有行漏计或重计。', 'Check the range of the total’s formula, and whether rows were left out or counted twice.'),
  // What the reader saw in the file.
  CELL_STRAY: text(
    '此值远离表格，未作为花名册的一部分核对：若属于花名册，请把它移入表格；若是误输入，请删除。',
    'This value is far from the table and was not checked as part of the roster: move it into the table if it belongs there, or delete it if it was typed by mistake.',
  ),
  FORMULA_NOT_CALCULATED: text(
    '公式未计算，请在 Excel 或 WPS 中打开此文件并保存后重新校验。',
    'The formula has no calculated value: open the file in Excel or WPS, save it, and validate again.',
  ),
  MERGED_NOT_EXPANDED: text(
    '此版本的 Excel 无法告知合并单元格：请取消合并并填满每一行，或在较新的 Excel 中校验。',
    'This Excel cannot report merged cells: unmerge and fill every row, or validate in a newer Excel.',
  ),
  ROW_WITHDRAWN: text(
    '此行已作废或被划去，按未申报处理；若仍要申报，请去掉删除线或备注中的作废字样。',
    'This row is withdrawn or struck through and is taken as not claimed; to claim it, remove the strike-through or the withdrawal note.',
  ),
  STRIKE_NOT_READ: text(
    '此版本的 Excel 无法告知删除线：划去的行仍按申报校验；请在备注中填写“作废”，或在较新的 Excel 中、或用 jl-roster 命令行校验。',
    'This Excel cannot report strike-through: struck rows are still checked as claims; write 作废 in their remark, or validate in a newer Excel or with the jl-roster command.',
  ),
  // The registry check (防返贫监测系统 exports and death lists).
  NOT_IN_REGISTRY: text('核实此人是否为脱贫人口或监测对象，或补充其所在县的系统导出数据。', 'Check whether the person is 脱贫人口 or a 监测对象, or add the export of their county.'),
  REGISTRY_NAME_MISMATCH: text('核对身份证原件，更正花名册或系统中的姓名。', 'Check the ID card and correct the name in the roster or the system.'),
  REGISTRY_NOT_ELIGIBLE: text('核实系统中的脱贫状态、识别监测时间和风险消除时间。', 'Check the status, the monitoring and risk-elimination dates in the system.'),
  REGISTRY_CATEGORY_MISMATCH: text('按系统中的户类型、监测对象类别更正人员类别。', 'Correct the category from the system’s household type and monitoring category.'),
  REGISTRY_NO_LABOUR: text('核实此人是否确实务工或在岗。', 'Check that the person really works or holds the post.'),
  REGISTRY_WORK_MISMATCH: text('核实务工地点和用工单位（劳动合同、工资流水）。', 'Check the place of work and the employer (contract, wage records).'),
  DECEASED: text('核实死亡信息，停止发放。', 'Check the death record and stop the payment.'),
  HOUSEHOLD_MANY_CLAIMS: text('核实同户人员，按政策只保留允许的人数。', 'Check the household members and keep only as many as allowed.'),
  REGISTRY_ROW_PROBLEM: text('请在系统或名单中更正此行（不影响花名册的核对结论）。', 'Correct the row in the system or the list (the roster is not at fault).'),
};

/** 第 5 行 / row 5, with the sheet (and file) when the row is elsewhere. */
function place(ref: RowRef, from: Finding): Text {
  if (ref.file === from.file && ref.sheet === from.sheet) return text(`第 ${ref.row} 行`, `row ${ref.row}`);
  const where = ref.file === from.file ? ref.sheet : `${ref.file} / ${ref.sheet}`;
  return text(`${where} 第 ${ref.row} 行`, `${where} row ${ref.row}`);
}

function joinPlaces(places: ReadonlyArray<Text>): Text {
  const en = places.map((p) => p.en);
  return text(places.map((p) => p.zh).join('、'), en.length <= 1 ? en.join('') : `${en.slice(0, -1).join(', ')} and ${en[en.length - 1]}`);
}

export interface AdviceContext {
  /** For a duplicate: the row that keeps the subsidy (the first eligible claim), as the engine decided. */
  readonly keeper?: RowRef;
}

/** The next step for one finding; a duplicate names its other rows and which one to keep. */
export function findingAdvice(finding: Finding, context: AdviceContext = {}): Text {
  const base = ADVICE[finding.code];
  if (finding.code !== 'DUPLICATE_IN_ROSTER' || finding.related.length === 0) return base;
  const others = joinPlaces(finding.related.map((r) => place(r, finding)));
  const keeper = context.keeper;
  if (!keeper) return text(`与${others.zh}为同一人。${base.zh}`, `The same person as ${others.en}. ${base.en}`);
  const isThis = keeper.file === finding.file && keeper.sheet === finding.sheet && keeper.row === finding.row;
  const kept = isThis ? text('本行', 'this row') : place(keeper, finding);
  return text(
    `与${others.zh}为同一人。一次性补贴每人只发一次：保留${kept.zh}（第一条符合条件的申报），其余行从本批剔除。`,
    `The same person as ${others.en}. A one-time subsidy is paid once per person: keep ${kept.en} (the first eligible claim) and take the others out of this batch.`,
  );
}
