import type { County, DaySerial, Fen, InputErrorCode, ReadingValues, ResidentIdResult, Result, Text, TransportClassId } from '../policy';
import {
  findCounty,
  isEmptyInput,
  parseResidentId,
  readBoolean,
  readCount,
  readMoneyFen,
  readNumber,
  readRequiredDate,
  text,
  transportClassOf,
} from '../policy';

export type CallProblemCode =
  | InputErrorCode
  | 'NOT_A_SINGLE_VALUE'
  | 'END_BEFORE_START'
  | 'EXTENSION_TOO_LONG'
  | 'NO_MINIMUM_WAGE'
  | 'TOO_MANY_ARGUMENTS';

/** The argument at `index` cannot be used; thrown by ArgumentReader, caught by evaluateCall. */
export class ArgumentProblem {
  constructor(
    readonly index: number,
    readonly code: CallProblemCode,
    readonly message: Text,
  ) {}
}

// CustomFunctions.ErrorCode values: an error that reaches a function as an object reads like the cell's error text.
interface ErrorLike {
  readonly code: string;
}
const isErrorLike = (v: unknown): v is ErrorLike =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as ErrorLike).code === 'string' && (v as ErrorLike).code.startsWith('#');

/** One cell's value as the policy readers expect it: null for missing, error text for an error, a 1x1 range unwrapped. */
function cellInput(v: unknown, index: number): unknown {
  if (v === undefined) return null;
  if (isErrorLike(v)) return v.code;
  if (Array.isArray(v)) {
    if (v.length === 1 && Array.isArray(v[0]) && v[0].length === 1) return cellInput(v[0][0], index);
    throw new ArgumentProblem(index, 'NOT_A_SINGLE_VALUE', text('应为单个单元格或数值，而不是区域', 'expects a single cell or value, not a range'));
  }
  return v;
}

const MAX_COUNTY_CODE = 999_999;

/** What a call is evaluated against besides its arguments: the day of the claim (a cell: today) and the readings. */
export interface CallContext {
  readonly claimDate: DaySerial;
  readonly readings: ReadingValues;
}

/**
 * Reads the arguments of one call in order, each with the policy module's reader; the first unusable one stops
 * the call with an ArgumentProblem that knows its position (and so its name).
 */
export class ArgumentReader {
  constructor(
    private readonly values: ReadonlyArray<unknown>,
    readonly context: CallContext,
  ) {}

  /** The day of the claim: parameters whose rule names the claim date are looked up on it. */
  get claimDate(): DaySerial {
    return this.context.claimDate;
  }

  get readings(): ReadingValues {
    return this.context.readings;
  }

  value(index: number): unknown {
    return cellInput(this.values[index], index);
  }

  isEmpty(index: number): boolean {
    return isEmptyInput(this.value(index));
  }

  /** For a date or a word, 0 can only be the empty cell some Excel builds pass (for a number it is a value). */
  private isBlank(index: number): boolean {
    return this.isEmpty(index) || this.value(index) === 0;
  }

  fail(index: number, code: CallProblemCode, message: Text): never {
    throw new ArgumentProblem(index, code, message);
  }

  private take<T>(index: number, result: Result<T>): T {
    if (!result.ok) this.fail(index, result.error.code, result.error.message);
    return result.value;
  }

  /** A required date; an empty cell (null, "" or the 0 some Excel builds pass) is an error, not 1899-12-30. */
  date(index: number): DaySerial {
    return this.take(index, readRequiredDate(this.value(index)));
  }

  optionalDate(index: number, otherwise: () => DaySerial): DaySerial {
    return this.isBlank(index) ? otherwise() : this.date(index);
  }

  money(index: number): Fen {
    return this.take(index, readMoneyFen(this.value(index)));
  }

  optionalMoney(index: number, otherwise: Fen): Fen {
    return this.isEmpty(index) ? otherwise : this.money(index);
  }

  count(index: number, whole: boolean): number {
    return this.take(index, readCount(this.value(index), { whole }));
  }

  optionalCount(index: number, whole: boolean, otherwise: number): number {
    return this.isEmpty(index) ? otherwise : this.count(index, whole);
  }

  optionalBoolean(index: number, otherwise: boolean): boolean {
    return this.isEmpty(index) ? otherwise : this.take(index, readBoolean(this.value(index)));
  }

  county(index: number): County {
    const v = this.value(index);
    if (this.isBlank(index)) this.fail(index, 'EMPTY', text('县为空', 'the county is empty'));
    const found = typeof v === 'string' || typeof v === 'number' ? findCounty(v) : undefined;
    if (!found) {
      this.fail(index, 'COUNTY_UNKNOWN', text(`吉林省县级区划表中没有“${String(v)}”`, `"${String(v)}" is not a county of Jilin`));
    }
    return found;
  }

  /** A county (name or 6-digit code) or, as a number of yuan, the minimum wage itself. */
  countyOrMinimumWage(index: number): { county?: County; minimumWageFen?: Fen } {
    const v = this.value(index);
    if (this.isBlank(index)) {
      this.fail(index, 'EMPTY', text('县或最低工资为空', 'neither a county nor a minimum wage is given'));
    }
    const asNumber = readNumber(v);
    // A monthly minimum wage has at most five digits of yuan, so a six-digit whole number is a county code.
    const isCountyCode = asNumber.ok && Number.isInteger(asNumber.value) && asNumber.value >= 100_000 && asNumber.value <= MAX_COUNTY_CODE;
    if (asNumber.ok && !isCountyCode) return { minimumWageFen: this.money(index) };
    return { county: this.county(index) };
  }

  optionalTransportClass(index: number): TransportClassId | undefined {
    if (this.isBlank(index)) return undefined;
    const v = this.value(index);
    const found = typeof v === 'string' ? transportClassOf(v) : { ok: false as const };
    if (!found.ok) {
      this.fail(
        index,
        'TRANSPORT_CLASS_UNKNOWN',
        text(`无法识别交通方式“${String(v)}”（如 硬座、硬卧、二等座、经济舱、汽车）`, `unknown class of travel "${String(v)}" (e.g. 硬座, 硬卧, 二等座, 经济舱, 汽车)`),
      );
    }
    return found.id;
  }

  /**
   * A resident ID as parsed by the policy module. Empty and number-typed IDs are input errors; the other problems
   * (format, check character, birth date) are returned for the caller to judge.
   */
  residentId(index: number): ResidentIdResult {
    const v = this.value(index);
    const parsed = parseResidentId(v === 0 ? null : v, { asOf: this.context.claimDate });
    if (!parsed.ok && parsed.problem === 'missing') this.fail(index, 'ID_MISSING', parsed.message);
    if (!parsed.ok && parsed.problem === 'numeric') this.fail(index, 'ID_NUMERIC', parsed.message);
    return parsed;
  }
}
