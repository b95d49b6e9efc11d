import type { ReadingValues } from '../../policy';
import { DEFAULT_READINGS, READING_IDS, withReading } from '../../policy';

/** Workbook setting that holds the readings a county changed, as { id: option } (JSON in the workbook's settings). */
export const READINGS_SETTING = 'jl.readings';

/**
 * The readings saved in a workbook over the shipped ones. A saved entry this version does not know (an old id, an
 * option since removed) is left out rather than failing the pane; `ignored` lists them for the clerk.
 */
export function readingsFromSetting(saved: unknown): { readonly readings: ReadingValues; readonly ignored: ReadonlyArray<string> } {
  let readings = DEFAULT_READINGS;
  const ignored: string[] = [];
  const entries = saved && typeof saved === 'object' && !Array.isArray(saved) ? Object.entries(saved as Record<string, unknown>) : [];
  for (const [id, option] of entries) {
    const next = withReading(readings, id, String(option));
    if (next.ok) readings = next.value;
    else ignored.push(`${id}=${String(option)}`);
  }
  return { readings, ignored };
}

/** The setting's value: only the readings that differ from the shipped ones. */
export function readingsToSetting(readings: ReadingValues): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id of READING_IDS) if (readings[id] !== DEFAULT_READINGS[id]) out[id] = readings[id];
  return out;
}
