/** Bytes as base64, in slices: String.fromCharCode(...bytes) of a large report would overflow the call stack. */
function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Opens an .xlsx the pane built as a new workbook in Excel (Excel.createWorkbook, ExcelApi 1.8): nothing is written
 * to disk until the clerk saves it. Where Excel cannot (the browser preview, an older Excel), the file is offered
 * as a download instead. Returns how it was handed over.
 */
export async function openNewWorkbook(bytes: Uint8Array, fileName: string): Promise<'opened' | 'downloaded'> {
  const excel = (globalThis as { Excel?: { createWorkbook?: (base64: string) => Promise<void> } }).Excel;
  if (typeof excel?.createWorkbook === 'function') {
    await excel.createWorkbook(base64Of(bytes));
    return 'opened';
  }
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
  return 'downloaded';
}
