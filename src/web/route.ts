/** The page's hash routes: #/ the checker, #/calc/<NAME> the calculator of one JL function (file:// has no paths). */
export type Route = { readonly page: 'check' } | { readonly page: 'calc' };

export function routeOf(hash: string): Route {
  return /^#\/calc(\/|$)/.test(hash) ? { page: 'calc' } : { page: 'check' };
}
