/** Money is counted in integer fen (分) so that sums and caps are exact. */
export type Fen = number;

export const FEN_PER_YUAN = 100;

export function fenToYuan(fen: Fen): number {
  return fen / FEN_PER_YUAN;
}

export function yuanToFen(yuan: number): Fen {
  return Math.round(yuan * FEN_PER_YUAN + (yuan >= 0 ? 1e-7 : -1e-7));
}

/** 12,345.60 — the way a finance office writes an amount. */
export function formatYuan(fen: Fen): string {
  const negative = fen < 0;
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / FEN_PER_YUAN);
  const cents = abs % FEN_PER_YUAN;
  const grouped = String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}.${cents < 10 ? '0' : ''}${cents}`;
}
