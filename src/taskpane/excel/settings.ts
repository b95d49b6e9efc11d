import type { ExcelRun } from './run';

/** Workbook.settings: saved with the workbook, so the county chosen travels with the roster file. */
export async function readSetting(run: ExcelRun, key: string): Promise<unknown> {
  return run(async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(key);
    item.load('value');
    await context.sync();
    return item.isNullObject ? undefined : item.value;
  });
}

export async function writeSetting(run: ExcelRun, key: string, value: unknown): Promise<void> {
  await run(async (context) => {
    context.workbook.settings.add(key, value as string);
    await context.sync();
  });
}
