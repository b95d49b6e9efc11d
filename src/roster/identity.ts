import type { DaySerial, Text } from '../policy';
import { formatDate, maskBankAccount, maskId, normaliseIdText, text, toHalfWidth, yearsBetween } from '../policy';
import { numberOn, parseResidentId } from './policyBindings';
import { isBlankCell, isErrorCell, isStoredAsNumber } from './cells';
import type { RowValues } from './personRow';
import { decideOverMonth } from './monthDecision';
import type { SheetScope } from './sheetScope';
import type { FieldId } from './types';

const ID_PROBLEM_CODE = { missing: 'ID_MISSING', numeric: 'ID_NUMERIC', format: 'ID_FORMAT', checksum: 'ID_CHECKSUM', birthdate: 'ID_BIRTHDATE' } as const;

const NUMERIC_ID = text(
  '身份证号码以数字形式存储：Excel 只保留15位有效数字，后几位已丢失，无法核对；请将单元格设为文本后重新录入',
  'the ID number is stored as a number: Excel keeps only 15 significant digits, so the last digits are lost and it cannot be checked; format the cell as text and type it again',
);

/**
 * The ID cell of the current row: every problem its finding, with the value masked. Sets p.id to the normalised
 * number when it can serve as the person's key: a valid ID, or one whose only fault is its check character (typed
 * the same way twice, it is still the same person twice); p.birth and p.sex when it is valid.
 */
export function readId(s: SheetScope, p: RowValues): void {
  if (!s.has('id')) return;
  const v = s.raw('id');
  const kind = s.cellKind('id');
  if (v === undefined || isBlankCell(v)) {
    s.emit('ID_MISSING', 'id', '', text('身份证号码为空', 'the ID number is empty'));
    return;
  }
  if (isErrorCell(v, kind)) {
    s.emit('CELL_ERROR', 'id', String(v), text(`身份证号码单元格是错误值 ${String(v)}`, `the ID cell holds the error ${String(v)}`));
    return;
  }
  if (isStoredAsNumber(v, kind)) {
    s.emit('ID_NUMERIC', 'id', maskId(String(v)), NUMERIC_ID);
    return;
  }
  const r = parseResidentId(v, s.run.idOptions);
  if (r.ok) {
    if (r.upgradedFrom15) {
      s.emit(
        'ID_OLD_15',
        'id',
        maskId(normaliseIdText(String(v))),
        text(
          `15位旧身份证号码，按18位 ${maskId(r.id)} 核对（重复检查也按18位）；请核实后更新为18位`,
          `an old 15-digit ID number, checked as its 18-digit form ${maskId(r.id)} (duplicates too); confirm and update it to 18 digits`,
        ),
      );
    }
    p.id = r.id;
    p.birth = r.birth;
    p.sex = r.sex;
    return;
  }
  const code = ID_PROBLEM_CODE[r.problem];
  const shown = maskId(r.normalised || normaliseIdText(String(v)));
  let message = r.message;
  if (r.problem === 'numeric') message = NUMERIC_ID;
  // The birth date is what masking hides: the message says what is wrong without repeating it.
  if (r.problem === 'birthdate') {
    message = text('身份证号码中的出生日期不存在或晚于校验日期', 'the birth date in the ID number does not exist or is after the check date');
  }
  s.emit(code, 'id', shown, message);
  if (r.problem === 'checksum') p.id = r.normalised;
}

/** ID, name, sex, household category and bank account of a person row. */
export function readIdentity(s: SheetScope, p: RowValues): void {
  readId(s, p);
  if (s.has('name')) {
    const v = s.raw('name');
    if (v === undefined || isBlankCell(v)) s.emit('NAME_MISSING', 'name', '', text('姓名为空', 'the name is empty'));
    else p.name = s.text('name');
  }
  if (s.has('sex')) readSex(s, p.sex);
  if (s.has('category')) readCategory(s);
  if (s.has('bankAccount')) readBankAccount(s, p);
}

function readSex(s: SheetScope, idSex: 'male' | 'female' | undefined): void {
  const t = s.text('sex');
  if (t === '') return;
  const sex = s.run.sex(t);
  if (sex === null) {
    s.emit('CATEGORY_INVALID', 'sex', t, text(`性别“${t}”无法识别（应为男或女）`, `the sex "${t}" is not recognised (男 or 女)`), undefined, null);
  } else if (idSex && sex !== idSex) {
    const fromId = idSex === 'male' ? text('男', 'male') : text('女', 'female');
    s.emit(
      'SEX_MISMATCH',
      'sex',
      t,
      text(`性别填“${t}”，身份证号码第17位表示${fromId.zh}`, `sex "${t}" but the 17th digit of the ID number says ${fromId.en}`),
    );
  }
}

function readCategory(s: SheetScope): void {
  const v = s.raw('category');
  if (v === undefined || isBlankCell(v)) {
    s.emit('VALUE_MISSING', 'category', '', text('人员类别为空（应为脱贫人口或监测对象）', 'the household category is empty (脱贫人口 or a kind of 监测对象)'), undefined, 1);
    return;
  }
  const t = s.text('category');
  if (t !== '' && !s.run.categoryAllowed(t)) {
    s.emit(
      'CATEGORY_INVALID',
      'category',
      t,
      text(
        `人员类别“${t}”不在帮扶范围：应为脱贫人口或监测对象（脱贫不稳定户、边缘易致贫户、突发严重困难户）`,
        `the household category "${t}" is not covered: it must be 脱贫人口 or a 监测对象 (脱贫不稳定户, 边缘易致贫户, 突发严重困难户)`,
      ),
    );
  }
}

const MIN_ACCOUNT_DIGITS = 10;
const MAX_ACCOUNT_DIGITS = 25;

function readBankAccount(s: SheetScope, p: RowValues): void {
  const v = s.raw('bankAccount');
  if (v === undefined || isBlankCell(v)) return;
  if (isErrorCell(v, s.cellKind('bankAccount'))) {
    s.text('bankAccount');
    return;
  }
  if (isStoredAsNumber(v, s.cellKind('bankAccount'))) {
    s.emit(
      'BANK_ACCOUNT_SUSPECT',
      'bankAccount',
      maskBankAccount(String(v)),
      text('银行账号以数字形式存储：超过15位的数字和开头的0已丢失；请设为文本后重新录入', 'the bank account is stored as a number: digits beyond 15 and leading zeros are lost; format the cell as text and type it again'),
    );
    return;
  }
  const raw = String(v);
  let count = 0;
  let first = -1;
  let onlyDigits = true;
  let allSame = true;
  let plain = true;
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c === 32 || c === 0x3000 || c === 45 /* - */ || c === 9) {
      plain = false;
      continue;
    }
    let d = c;
    if (c >= 0xff10 && c <= 0xff19) {
      d = c - 0xff10 + 48;
      plain = false;
    }
    if (d < 48 || d > 57) {
      onlyDigits = false;
      break;
    }
    if (first < 0) first = d;
    else if (d !== first) allSame = false;
    count++;
  }
  const digits = plain ? raw : toHalfWidth(raw).replace(/[\s-]/g, '');
  let problem: ReturnType<typeof text> | undefined;
  if (!onlyDigits) problem = text('银行账号含有数字以外的字符', 'the bank account holds characters other than digits');
  else if (count < MIN_ACCOUNT_DIGITS || count > MAX_ACCOUNT_DIGITS) {
    problem = text(`银行账号为${count}位，通常为${MIN_ACCOUNT_DIGITS}至${MAX_ACCOUNT_DIGITS}位`, `the bank account has ${count} digits; accounts have ${MIN_ACCOUNT_DIGITS} to ${MAX_ACCOUNT_DIGITS}`);
  } else if (allSame) problem = text('银行账号各位数字全部相同', 'every digit of the bank account is the same');
  if (problem) {
    s.emit('BANK_ACCOUNT_SUSPECT', 'bankAccount', maskBankAccount(raw), problem);
    return;
  }
  p.bank = digits;
}

/** Under labour.minimum_working_age (16) on a day; false when the ID gives no birth date or no minimum applies. */
function underWorkingAge(birth: DaySerial, day: DaySerial): boolean {
  const minimum = numberOn('labour.minimum_working_age', day);
  if (Number.isNaN(minimum)) return false;
  // A year is at most 366 days: anyone born that many years earlier is old enough without counting birthdays.
  if (day - birth >= minimum * 366) return false;
  return yearsBetween(birth, day) < minimum;
}

/**
 * Under 16 (labour.minimum_working_age) on the day the work began: first..last, a day or (a date given only to the
 * month) every day of that month. Decided only when the whole month is on one side of the birthday, else
 * DATE_MONTH_AMBIGUOUS. That error says the birthday falls in the month but not its day: the day is the birth date,
 * which masking keeps out of everything written (the clerk reads it in the ID number).
 */
export function checkWorkingAge(s: SheetScope, p: RowValues, first: DaySerial, last: DaySerial, field: FieldId | ''): void {
  const birth = p.birth;
  if (Number.isNaN(birth) || Number.isNaN(first)) return;
  const monthOnly = field !== '' && last > first;
  const under = monthOnly
    ? decideOverMonth(s, field, first, last, (d) => underWorkingAge(birth, d), WORKING_AGE_RULE, () => birthdayInMonth(s, field, first))
    : underWorkingAge(birth, first);
  if (under !== true) return;
  // Under age on the month's last day is under age on every day of it: the message names the last.
  const day = monthOnly ? last : first;
  const minimum = numberOn('labour.minimum_working_age', day);
  const age = yearsBetween(birth, day);
  const on = formatDate(day);
  s.emit(
    'UNDER_WORKING_AGE',
    field,
    field === '' ? '' : s.shown(field),
    text(
      `${on} 时未满${minimum}周岁（按身份证出生日期为${age}周岁）；《劳动法》第十五条禁止招用未满十六周岁的未成年人`,
      `under ${minimum} on ${on} (${age} by the birth date in the ID number); Labour Law art. 15 forbids hiring minors under sixteen`,
    ),
  );
}

const WORKING_AGE_RULE = text('最低就业年龄', 'the minimum working age');

function birthdayInMonth(s: SheetScope, field: FieldId, first: DaySerial): Text {
  const label = s.label(field);
  const minimum = numberOn('labour.minimum_working_age', first);
  const month = formatDate(first).slice(0, 7);
  return text(
    `${label.zh}只到月（${s.shown(field)}）：按身份证号码，此人在 ${month} 内年满${minimum}周岁，当时是否已满${minimum}周岁取决于具体日期，无法判断；请填写具体日期（生日见身份证号码第7至14位）`,
    `${label.en} gives only the month (${s.shown(field)}): by the ID number the person turns ${minimum} within ${month}, so whether they were ${minimum} yet depends on the exact day; type it (the birthday is digits 7 to 14 of the ID number)`,
  );
}
