import type { Text } from '../policy';
import { text } from '../policy';

export type Severity = 'error' | 'warning';

export interface FindingCodeInfo {
  readonly severity: Severity;
  /** The measure the check rests on; null for checks of the table or the cell itself. */
  readonly measure: number | null;
  readonly title: Text;
}

const error = (measure: number | null, zh: string, en: string): FindingCodeInfo => ({ severity: 'error', measure, title: text(zh, en) });
const warning = (measure: number | null, zh: string, en: string): FindingCodeInfo => ({ severity: 'warning', measure, title: text(zh, en) });

/** Every finding code with its severity, the measure it rests on and a short title (CLI summary, pane, report). */
export const FINDING_CODES = {
  HEADER_NOT_FOUND: error(null, '未找到表头', 'header row not found'),
  COLUMN_MISSING: error(null, '缺少必需的列', 'a required column is missing'),
  KIND_UNKNOWN: warning(null, '无法识别花名册类型', 'roster kind not recognised'),
  ID_MISSING: error(null, '身份证号码为空', 'ID number missing'),
  ID_FORMAT: error(null, '身份证号码格式错误', 'ID number malformed'),
  ID_CHECKSUM: error(null, '身份证号码校验位错误', 'ID number check character wrong'),
  ID_BIRTHDATE: error(null, '身份证号码出生日期不存在或晚于今天', 'impossible or future birth date in the ID number'),
  ID_NUMERIC: error(null, '身份证号码以数字存储（已丢失位数）', 'ID number stored as a number (digits lost)'),
  ID_OLD_15: warning(null, '15位旧身份证号码', 'old 15-digit ID number'),
  SEX_MISMATCH: error(null, '性别与身份证号码不符', 'sex does not match the ID number'),
  NAME_MISSING: error(null, '姓名为空', 'name missing'),
  NAME_ID_CONFLICT: error(null, '同一身份证号码对应不同姓名', 'one ID number with different names'),
  UNDER_WORKING_AGE: error(null, '未满最低就业年龄', 'under the minimum working age'),
  DUPLICATE_IN_ROSTER: error(7, '同一人重复申报一次性补贴', 'the same person claimed more than once'),
  DUPLICATE_PAID: error(7, '已发放过该项一次性补贴', 'already paid this one-time subsidy'),
  SHARED_BANK_ACCOUNT: warning(null, '多人共用同一银行账号', 'one bank account for several persons'),
  CELL_ERROR: error(null, '单元格为错误值', 'Excel error in a cell'),
  VALUE_MISSING: error(null, '必填项为空', 'a required value is empty'),
  NUMBER_INVALID: error(null, '数值无效', 'invalid number'),
  DATE_INVALID: error(null, '日期无效', 'invalid date'),
  DATE_FUTURE: error(null, '日期晚于校验日期', 'date in the future'),
  DATE_MONTH_ONLY: warning(null, '日期只到月', 'date given to the month only'),
  DATE_MONTH_AMBIGUOUS: error(null, '日期只到月，无法判断是否符合条件', 'date given to the month only: the condition cannot be decided'),
  CATEGORY_INVALID: error(1, '类别不在允许范围内', 'category not allowed'),
  BANK_ACCOUNT_SUSPECT: warning(null, '银行账号可疑', 'suspect bank account'),
  HIRE_BEFORE_CUTOFF: error(7, '入职日期早于起始日期', 'hired before the cut-off date'),
  MONTHS_BELOW_MIN: error(7, '工作月数不足', 'too few months worked'),
  WAGE_BELOW_MIN: error(7, '月工资低于最低工资标准', 'wage below the minimum wage'),
  EMPLOYER_CODE_INVALID: error(7, '统一社会信用代码无效', 'invalid unified social credit code'),
  EMPLOYER_NOT_JILIN: warning(7, '用工单位不在吉林省', 'employer not registered in Jilin'),
  EMPLOYER_CAP_EXCEEDED: error(7, '超过每家用工单位补贴上限', 'beyond the cap per employer'),
  CONTRACT_TOO_SHORT: error(6, '劳动合同期限不足', 'contract too short'),
  NOT_CROSS_PROVINCE: error(6, '不是跨省务工', 'not a cross-province job'),
  TRANSPORT_CLASS_NOT_ALLOWED: error(6, '交通方式或席别不在补助范围', 'class of transport not allowed'),
  WELFARE_MONTHS_OVER_LIMIT: error(9, '公益岗位累计月数超过上限', 'welfare-post months over the limit'),
  ENTITY_CAP_EXCEEDED: error(null, '超过每个主体的补助上限', 'beyond the cap per entity'),
  AMOUNT_MISMATCH: error(null, '申报金额与计算金额不符', 'claimed amount differs from the computed amount'),
  TOTAL_MISMATCH: error(null, '合计行与明细之和不符', 'total row differs from the sum above it'),
  // Checks against the poverty-monitoring registry exports and death lists (src/roster/registry).
  NOT_IN_REGISTRY: error(1, '防返贫监测系统中无此人', 'not in the poverty-monitoring registry'),
  REGISTRY_NAME_MISMATCH: error(null, '防返贫监测系统中该身份证号码的姓名不同', 'the registry has this ID under another name'),
  REGISTRY_NOT_ELIGIBLE: error(1, '按监测系统数据，规定日期不属于享受政策的脱贫人口或监测对象', 'not 脱贫人口 enjoying policies or a 监测对象 under monitoring on the rule’s date'),
  REGISTRY_CATEGORY_MISMATCH: warning(1, '人员类别与监测系统不一致', 'household category differs from the registry'),
  REGISTRY_NO_LABOUR: warning(null, '监测系统记录为在校生或无劳动能力', 'the registry records a student or no labour capacity'),
  REGISTRY_WORK_MISMATCH: warning(null, '务工信息与监测系统不一致', 'work record differs from the registry'),
  DECEASED: error(null, '死亡名单中有此人，死亡日期早于规定日期', 'on a death list, dead before the rule’s date'),
  HOUSEHOLD_MANY_CLAIMS: warning(9, '同一户申报人数超过上限', 'more members of one household than allowed'),
  REGISTRY_ROW_PROBLEM: warning(null, '监测系统数据或死亡名单本身有误', 'a problem in the registry export or death list itself'),
  // What the reader saw in the file (src/xlsx).
  CELL_STRAY: warning(null, '远离表格的单元格有值', 'a value far away from the table'),
  FORMULA_NOT_CALCULATED: warning(null, '公式未计算', 'formula not calculated'),
  MERGED_NOT_EXPANDED: warning(null, '合并单元格未能展开', 'merged cells could not be expanded'),
  ROW_WITHDRAWN: warning(null, '作废或划去的行，按未申报处理', 'a withdrawn or struck-through row, taken as not claimed'),
  STRIKE_NOT_READ: warning(null, '未能识别删除线', 'strike-through could not be read'),
} as const satisfies Record<string, FindingCodeInfo>;

/** The finding codes are the keys of the table: a code is added by adding its row. */
export type FindingCode = keyof typeof FINDING_CODES;

export function isFindingCode(code: string): code is FindingCode {
  return Object.prototype.hasOwnProperty.call(FINDING_CODES, code);
}

export const ALL_FINDING_CODES = Object.keys(FINDING_CODES) as FindingCode[];
