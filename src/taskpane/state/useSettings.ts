import { useCallback, useEffect, useState } from 'react';
import type { ReadingValues } from '../../policy';
import { DEFAULT_READINGS, findCounty, withReading } from '../../policy';
import type { ExcelAdapter } from '../excel/adapter';
import { READINGS_SETTING, readingsFromSetting, readingsToSetting } from './savedReadings';

/** Workbook setting that holds the default county's full name. */
export const DEFAULT_COUNTY_SETTING = 'jl.defaultCounty';

export interface SettingsController {
  /** The saved county's full name; undefined when none is saved. */
  readonly county: string | undefined;
  /** The readings the checks follow: the shipped ones with those saved in the workbook. */
  readonly readings: ReadingValues;
  /** Saved entries this version does not know, as id=option (left out). */
  readonly ignoredReadings: ReadonlyArray<string>;
  readonly loaded: boolean;
  /** Saves a county (by any name findCounty knows) or clears it with ''. Returns false when it is not a county. */
  saveCounty(query: string): Promise<boolean>;
  /** Saves one reading's option in the workbook. Returns false when the reading or option is unknown. */
  saveReading(id: string, option: string): Promise<boolean>;
}

export function useSettings(adapter: ExcelAdapter): SettingsController {
  const [county, setCounty] = useState<string | undefined>(undefined);
  const [readings, setReadings] = useState<ReadingValues>(DEFAULT_READINGS);
  const [ignoredReadings, setIgnored] = useState<ReadonlyArray<string>>([]);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    let live = true;
    Promise.all([adapter.readSetting(DEFAULT_COUNTY_SETTING), adapter.readSetting(READINGS_SETTING)])
      .then(([countyValue, readingsValue]) => {
        if (!live) return;
        const found = typeof countyValue === 'string' ? findCounty(countyValue) : undefined;
        setCounty(found?.name);
        const saved = readingsFromSetting(readingsValue);
        setReadings(saved.readings);
        setIgnored(saved.ignored);
      })
      .catch(() => undefined)
      .finally(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, [adapter]);

  const saveCounty = useCallback(
    async (query: string) => {
      const trimmed = query.trim();
      const found = trimmed === '' ? undefined : findCounty(trimmed);
      if (trimmed !== '' && !found) return false;
      await adapter.writeSetting(DEFAULT_COUNTY_SETTING, found?.name ?? '');
      setCounty(found?.name);
      return true;
    },
    [adapter],
  );

  const saveReading = useCallback(
    async (id: string, option: string) => {
      const next = withReading(readings, id, option);
      if (!next.ok) return false;
      await adapter.writeSetting(READINGS_SETTING, readingsToSetting(next.value));
      setReadings(next.value);
      return true;
    },
    [adapter, readings],
  );

  return { county, readings, ignoredReadings, loaded, saveCounty, saveReading };
}
