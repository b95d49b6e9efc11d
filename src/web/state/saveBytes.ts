const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Offers bytes made in the page as a download: nothing leaves the machine, the browser saves them where told. */
export function saveBytes(bytes: Uint8Array, fileName: string): void {
  const type = fileName.endsWith('.csv') ? 'text/csv;charset=utf-8' : XLSX_TYPE;
  const url = URL.createObjectURL(new Blob([bytes as unknown as ArrayBuffer], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has its own copy once started; the URL is freed after it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
