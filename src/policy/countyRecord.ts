/** One county-level unit of Jilin as listed in jilin-counties.csv. */
export interface CountyRecord {
  /** 6-digit administrative code; '' for 长白山保护开发区, which has none of its own. */
  readonly code: string;
  readonly name: string;
  readonly prefecture: string;
  /** Minimum-wage tier under the 2017, 2021 and 2025 standards. */
  readonly tiers: { readonly 2017: number; readonly 2021: number; readonly 2025: number };
  /** Where the tier is a reading rather than a named entry, the reason. */
  readonly note: string;
}

export type County = CountyRecord;
