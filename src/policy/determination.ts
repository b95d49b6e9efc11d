import type { DaySerial } from './dates';
import { formatDate } from './dates';
import type { Fen } from './money';
import type { ParameterId, ParameterUse } from './parameters';
import { parameterOn } from './parameters';
import type { ReadingId, ReadingUse, ReadingValues } from './readings';
import { describeReading } from './readings';
import type { Text } from './text';
import { text } from './text';

export type TraceValue = string | number | boolean;

/** One condition checked (or one step computed), with the inputs and the parameter values it used. */
export interface TraceStep {
  readonly condition: Text;
  readonly holds: boolean;
  readonly inputs: Readonly<Record<string, TraceValue>>;
  readonly parameters: ReadonlyArray<ParameterUse>;
}

/** Why a measure pays nothing or less; the roster reports those that rest on one cell as findings of the same code. */
export type ReasonCode =
  | 'HIRE_BEFORE_CUTOFF'
  | 'MONTHS_BELOW_MIN'
  | 'WAGE_BELOW_MIN'
  | 'MINIMUM_WAGE_UNKNOWN'
  | 'CONTRACT_TOO_SHORT'
  | 'NOT_CROSS_PROVINCE'
  | 'TRANSPORT_CLASS_NOT_ALLOWED'
  | 'WELFARE_MONTHS_OVER_LIMIT'
  | 'EXTENSION_TOO_LONG'
  | 'NOT_IN_FORCE'
  | 'CAPPED'
  | 'CAP_REACHED'
  | 'MONTHS_CAPPED'
  | 'NOTHING_CLAIMED';

export interface Reason {
  readonly code: ReasonCode;
  readonly message: Text;
}

/** What a measure decides for one person or entity, with its reasons and trace: the explaining path's result. */
export interface Determination {
  readonly measure: number;
  readonly functionName: string;
  readonly eligible: boolean;
  readonly amountFen: Fen;
  /** Why not eligible, or why the amount was reduced; empty when paid in full. */
  readonly reasons: ReadonlyArray<Reason>;
  readonly trace: ReadonlyArray<TraceStep>;
  readonly readings: ReadonlyArray<ReadingUse>;
}

/** Collects the trace of a measure function as it checks its conditions, so the result explains itself. */
export class DeterminationBuilder {
  private readonly trace: TraceStep[] = [];
  private readonly reasons: Reason[] = [];
  private readonly readingIds: ReadingId[] = [];
  private failed = false;

  /** `claimDate`: the day of the claim, on which the readings' texts show the parameter values. */
  constructor(
    private readonly measure: number,
    private readonly functionName: string,
    private readonly readingValues: ReadingValues,
    private readonly claimDate: DaySerial,
  ) {}

  /** A condition of eligibility; when it does not hold, the result is not eligible for `reason`. */
  require(condition: Text, holds: boolean, inputs: Record<string, TraceValue>, parameters: ParameterUse[], reason: Reason): boolean {
    this.trace.push({ condition, holds, inputs, parameters });
    if (!holds) {
      this.failed = true;
      this.reasons.push(reason);
    }
    return holds;
  }

  /**
   * The value of a parameter in force on `day` (`dayName` says which date it is); when none is, undefined and a
   * failed condition saying so, with its reason unless the result has already failed for another (a hire before the
   * measure's period is explained by the cut-off, not by the amounts that period has no value for).
   */
  parameter(id: ParameterId, day: DaySerial, dayName: Text): ParameterUse | undefined {
    const use = parameterOn(id, day);
    if (use) return use;
    if (this.failed) {
      this.trace.push({ condition: text(`${dayName.zh} ${formatDate(day)} 没有有效的 ${id}`, `no value of ${id} on the ${dayName.en} ${formatDate(day)}`), holds: false, inputs: {}, parameters: [] });
      return undefined;
    }
    this.require(text(`${dayName.zh} ${formatDate(day)} 有有效的参数 ${id}`, `a value of ${id} is in force on the ${dayName.en} ${formatDate(day)}`), false, {}, [], {
      code: 'NOT_IN_FORCE',
      message: text(`${dayName.zh} ${formatDate(day)} 没有有效的 ${id}（不在政策适用期内）`, `no value of ${id} is in force on the ${dayName.en} ${formatDate(day)} (outside the period of the measure)`),
    });
    return undefined;
  }

  /** A computation step (a cap applied, an amount worked out); `reduced` records why the amount is lower. */
  step(condition: Text, inputs: Record<string, TraceValue>, parameters: ParameterUse[], reduced?: Reason): void {
    this.trace.push({ condition, holds: true, inputs, parameters });
    if (reduced) this.reasons.push(reduced);
  }

  reading(...ids: ReadingId[]): void {
    for (const id of ids) if (!this.readingIds.includes(id)) this.readingIds.push(id);
  }

  get readings(): ReadingValues {
    return this.readingValues;
  }

  get eligibleSoFar(): boolean {
    return !this.failed;
  }

  /** Not eligible when a condition failed, or when nothing is left to pay (a cap already reached). */
  finish(amountFen: Fen, nothingLeft?: Reason): Determination {
    let eligible = !this.failed;
    if (eligible && amountFen <= 0 && nothingLeft) {
      eligible = false;
      this.reasons.push(nothingLeft);
    }
    return {
      measure: this.measure,
      functionName: this.functionName,
      eligible,
      amountFen: eligible ? Math.max(0, amountFen) : 0,
      reasons: this.reasons,
      trace: this.trace,
      readings: this.readingIds.map((id) => describeReading(id, this.readingValues, this.claimDate)),
    };
  }
}

/** The day names the parameter lookups take (data/parameters.csv, date_used). */
export const HIRE_DATE: Text = text('入职日期', 'hire date');
export const CLAIM_DATE: Text = text('申报（校验）日期', 'claim (check) date');
