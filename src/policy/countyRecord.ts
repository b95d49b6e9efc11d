/** One county-level unit of Jilin as listed in data/jilin-counties.csv. */
export interface CountyRecord {
  /** 6-digit administrative code; '' for 长白山保护开发区, which has none of its own. */
  readonly code: string;
  readonly name: string;
  readonly prefecture: string;
  /** Minimum-wage tier under each standard, keyed by the standard's id in data/minimum-wage.csv ('2021'). */
  readonly tiers: Readonly<Record<string, number>>;
  /** Where the tier is a reading rather than a named entry, the reason. */
  readonly note: string;
}

export type County = CountyRecord;
