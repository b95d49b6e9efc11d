import type { ReadingId } from './citation';
import type { Fen } from './money';
import type { ParameterUse } from './parameters';
import type { ReadingUse, ReadingValues } from './readings';
import { DEFAULT_READINGS, describeReading } from './readings';
import type { Text } from './text';

export type TraceValue = string | number | boolean;

/** One condition checked (or one step computed), with the inputs and the parameter values it used. */
export interface TraceStep {
  readonly condition: Text;
  readonly holds: boolean;
  readonly inputs: Readonly<Record<string, TraceValue>>;
  readonly parameters: ReadonlyArray<ParameterUse>;
}

export interface Reason {
  readonly code: string;
  readonly message: Text;
}

/** What a measure decides for one person or entity: never a bare number, always with its reasons and trace. */
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

  constructor(
    private readonly measure: number,
    private readonly functionName: string,
    private readonly readingValues: ReadingValues = DEFAULT_READINGS,
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

  /** A computation step (a cap applied, an amount worked out); `reduced` records why the amount is lower. */
  step(condition: Text, inputs: Record<string, TraceValue>, parameters: ParameterUse[], reduced?: Reason): void {
    this.trace.push({ condition, holds: true, inputs, parameters });
    if (reduced) this.reasons.push(reduced);
  }

  reading(...ids: ReadingId[]): void {
    for (const id of ids) if (!this.readingIds.includes(id)) this.readingIds.push(id);
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
      readings: this.readingIds.map((id) => describeReading(id, this.readingValues)),
    };
  }
}
