/** The key of one sheet in ValidateOptions.kinds. */
export function rosterKey(file: string, sheet: string): string {
  return `${file}\u0000${sheet}`;
}
