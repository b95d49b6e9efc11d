/**
 * Whether a number format shows a date or time: what is left after removing quoted text, escaped characters and
 * [...] sections (colours, locales such as [$-804] or [DBNum1]) still holds a date or time code.
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === 'General' || format === '@') return false;
  const codes = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/General/gi, '');
  return /[ymdhsb]/i.test(codes);
}
