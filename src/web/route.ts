import { calculatorRoute } from './calculator/calculatorRoute';

/** The page's hash routes: #/ the checker, #/calc/<NAME> the calculator of one JL function (file:// has no paths). */
export type Route = { readonly page: 'check' } | { readonly page: 'calc' };

export function routeOf(hash: string): Route {
  return calculatorRoute(hash) ? { page: 'calc' } : { page: 'check' };
}
