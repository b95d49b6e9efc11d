import type { County } from './countyRecord';
import type { DaySerial } from './dates';
import { isoToSerial } from './dates';
import type { DateUsed, DocumentRecord, ParameterRow, ParameterUnit, PolicyData, ReadingRecord } from './policyRecords';
import type { Text } from './text';
import { text } from './text';

/** Where a parameter value comes from: the document and clause, the date its lookup takes, the reading taken. */
export interface Citation {
  readonly measure: number | null;
  readonly document: DocumentRecord;
  readonly clause: Text;
  readonly clauseForm: 'quoted' | 'paraphrased';
  readonly dateUsed: DateUsed;
  readonly reading: string | null;
}

/** A parameter value as used in one computation: what a trace and an explanation show. */
export interface ParameterUse {
  readonly id: string;
  readonly label: Text;
  readonly unit: ParameterUnit;
  readonly value: number | string;
  readonly from: string;
  readonly to: string | null;
  readonly citation: Citation;
}

export interface MinimumWage {
  readonly fen: number;
  readonly tier: number;
  /** The standard and tier used, with its citation and dates in force. */
  readonly standard: ParameterUse;
  /** The county's tier is a reading, not a named entry of the notice (the county table's note). */
  readonly tierNote: string;
}

/** Values of one parameter by the days they are in force, sorted; lookups walk them (there are one to three). */
interface DatedValues {
  readonly from: Float64Array;
  readonly to: Float64Array;
  readonly uses: ReadonlyArray<ParameterUse>;
}

const NO_END = Number.POSITIVE_INFINITY;

/**
 * Two values in force on one day is a conflict in the data, not something to resolve by picking one (as Catala
 * treats conflicting rules): compiling throws, naming both.
 */
function compileDated(what: string, values: ReadonlyArray<ParameterUse>): DatedValues {
  const sorted = values
    .map((use) => ({ use, from: isoToSerial(use.from), to: use.to === null ? NO_END : isoToSerial(use.to) }))
    .sort((a, b) => a.from - b.from);
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i];
    if (v.to < v.from) throw new Error(`${what}：${v.use.from} 起的值在开始前就已结束 / the value from ${v.use.from} ends before it starts`);
    if (i > 0 && v.from <= sorted[i - 1].to) {
      throw new Error(
        `${what}：${sorted[i - 1].use.from} 起和 ${v.use.from} 起的两个值在 ${v.use.from} 同时有效 / values from ${sorted[i - 1].use.from} and ${v.use.from} are both in force on ${v.use.from}`,
      );
    }
  }
  return { from: Float64Array.from(sorted, (v) => v.from), to: Float64Array.from(sorted, (v) => v.to), uses: sorted.map((v) => v.use) };
}

function valueOn(values: DatedValues, day: DaySerial): ParameterUse | undefined {
  for (let i = 0; i < values.uses.length; i++) if (day >= values.from[i] && day <= values.to[i]) return values.uses[i];
  return undefined;
}

function groupBy<T>(items: ReadonlyArray<T>, key: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/**
 * The policy data compiled for lookups by day. Every lookup takes a day: the hire date, or the day of the claim,
 * as each parameter's dateUsed says.
 */
export class PolicyTables {
  private readonly parameters = new Map<string, DatedValues>();
  /** Standards by the days they are in force; each standard's tiers by number. */
  private readonly standards: DatedValues;
  private readonly tiers = new Map<string, Map<number, ParameterUse>>();
  private readonly documents = new Map<string, DocumentRecord>();
  readonly readings: ReadonlyArray<ReadingRecord>;

  constructor(data: PolicyData) {
    for (const d of data.documents) this.documents.set(d.id, d);
    for (const [id, rows] of groupBy(data.parameters, (p) => p.id)) {
      this.parameters.set(id, compileDated(`参数 ${id} / parameter ${id}`, rows.map((r) => this.use(r))));
    }
    const byStandard = groupBy(data.minimumWages, (w) => w.standard);
    const standardSpans: ParameterUse[] = [];
    for (const [standard, rows] of byStandard) {
      const first = rows[0];
      if (rows.some((r) => r.from !== first.from || r.to !== first.to)) {
        throw new Error(`最低工资标准 ${standard} 各档的起止日期不一致 / the tiers of minimum-wage standard ${standard} have different dates`);
      }
      const tiers = new Map<number, ParameterUse>();
      for (const r of rows) {
        if (tiers.has(r.tier)) throw new Error(`最低工资标准 ${standard} 第${r.tier}档出现两次 / tier ${r.tier} of standard ${standard} is given twice`);
        tiers.set(r.tier, {
          id: `minimum_wage.${standard}.tier_${r.tier}`,
          label: text(`月最低工资标准（${standard}年标准第${r.tier}档）`, `monthly minimum wage (${standard} standard, tier ${r.tier})`),
          unit: 'fen',
          value: r.monthlyFen,
          from: r.from,
          to: r.to,
          citation: {
            measure: 7,
            document: this.document(r.document),
            clause: text(`月最低工资标准第${r.tier}档`, `monthly minimum wage, tier ${r.tier}`),
            clauseForm: 'paraphrased',
            dateUsed: 'hire_date',
            reading: null,
          },
        });
      }
      this.tiers.set(standard, tiers);
      standardSpans.push({ ...tiers.values().next().value!, id: standard });
    }
    this.standards = compileDated('最低工资标准 / minimum-wage standards', standardSpans);
    this.readings = data.readings;
  }

  document(id: string): DocumentRecord {
    const d = this.documents.get(id);
    if (!d) throw new Error(`documents 中没有 ${id} / no document ${id}`);
    return d;
  }

  private use(r: ParameterRow): ParameterUse {
    return {
      id: r.id,
      label: r.label,
      unit: r.unit,
      value: r.value,
      from: r.from,
      to: r.to,
      citation: { measure: r.measure, document: this.document(r.document), clause: r.clause, clauseForm: r.clauseForm, dateUsed: r.dateUsed, reading: r.reading },
    };
  }

  has(id: string): boolean {
    return this.parameters.has(id);
  }

  /** The value in force on `day`; undefined when none is (before the rule began, or after it ended). */
  parameterOn(id: string, day: DaySerial): ParameterUse | undefined {
    const values = this.parameters.get(id);
    if (!values) throw new Error(`unknown parameter ${id}`);
    return valueOn(values, day);
  }

  /** Every dated value of a parameter, oldest first. */
  valuesOf(id: string): ReadonlyArray<ParameterUse> {
    return this.parameters.get(id)?.uses ?? [];
  }

  parameterIds(): ReadonlyArray<string> {
    return [...this.parameters.keys()];
  }

  /** The id of the minimum-wage standard in force on `day`; undefined before the earliest at hand. */
  standardOn(day: DaySerial): string | undefined {
    return valueOn(this.standards, day)?.id;
  }

  /** The first day of the earliest standard at hand. */
  earliestStandard(): string {
    return this.standards.uses[0].from;
  }

  /**
   * The monthly minimum wage in force in a county on a day: the standard in force that day, at the county's tier
   * under that standard. undefined before the earliest standard, or when the county has no tier under it.
   */
  minimumWageOn(county: County, day: DaySerial): MinimumWage | undefined {
    const standard = this.standardOn(day);
    if (standard === undefined) return undefined;
    const tier = county.tiers[standard];
    const use = tier === undefined ? undefined : this.tiers.get(standard)?.get(tier);
    if (!use) return undefined;
    return { fen: use.value as number, tier, standard: use, tierNote: county.note };
  }
}
