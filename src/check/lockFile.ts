/** Excel and WPS leave "~$花名册.xlsx" beside a workbook that is open: 165 bytes of owner name, no sheets. */
export function isOwnerLockFile(file: string): boolean {
  return (file.split(/[\\/]/).pop() ?? file).startsWith('~$');
}
