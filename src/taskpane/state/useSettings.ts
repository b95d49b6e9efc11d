import { useCallback, useEffect, useState } from 'react';
import { findCounty } from '../../policy';
import type { ExcelAdapter } from '../excel/adapter';

/** Workbook setting that holds the default county's full name. */
export const DEFAULT_COUNTY_SETTING = 'jl.defaultCounty';

export interface SettingsController {
  /** The saved county's full name; undefined when none is saved. */
  readonly county: string | undefined;
  readonly loaded: boolean;
  /** Saves a county (by any name findCounty knows) or clears it with ''. Returns false when it is not a county. */
  saveCounty(query: string): Promise<boolean>;
}

export function useSettings(adapter: ExcelAdapter): SettingsController {
  const [county, setCounty] = useState<string | undefined>(undefined);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    let live = true;
    adapter
      .readSetting(DEFAULT_COUNTY_SETTING)
      .then((value) => {
        if (!live) return;
        const found = typeof value === 'string' ? findCounty(value) : undefined;
        setCounty(found?.name);
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

  return { county, loaded, saveCounty };
}
