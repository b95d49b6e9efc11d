/** Where the calculator is: its index (#/calc) or one function's page (#/calc/EMPLOY_SUBSIDY). */
export type CalculatorRoute = { readonly page: 'index' } | { readonly page: 'function'; readonly name: string };

export const CALCULATOR_HASH = '#/calc';

/** The link to a function's page. */
export function calculatorHref(name?: string): string {
  return name ? `${CALCULATOR_HASH}/${encodeURIComponent(name)}` : CALCULATOR_HASH;
}

/**
 * The calculator route a location hash names, or null when it names none. The function's name is read as Excel reads
 * it, in any case and with or without JL.: #/calc/jl.employ_subsidy is EMPLOY_SUBSIDY's page.
 */
export function calculatorRoute(hash: string): CalculatorRoute | null {
  const m = /^#\/calc(?:\/([^/?#]*))?\/?$/.exec(hash);
  if (!m) return null;
  let name = '';
  try {
    name = decodeURIComponent(m[1] ?? '');
  } catch {
    name = m[1] ?? '';
  }
  name = name.trim().replace(/^JL\./i, '').toUpperCase();
  return name === '' ? { page: 'index' } : { page: 'function', name };
}
