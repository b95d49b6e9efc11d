import { useCallback, useEffect, useRef, useState } from 'react';
import type { Lang } from '../../policy';
import type { ExcelAdapter } from '../excel/adapter';
import type { Explanation } from '../explain/explainCell';
import { explainActiveCell } from '../explain/explainCell';

export interface ExplainController {
  readonly explanation: Explanation | null;
  readonly loading: boolean;
  readonly error: string | null;
  refresh(): Promise<void>;
}

/** Explains the active cell, again whenever the clerk selects another cell while the view is open. */
export function useExplain(adapter: ExcelAdapter, lang: Lang, active: boolean, defaultCounty?: string): ExplainController {
  const [explanation, setExplanation] = useState<Explanation | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Only the latest request may land: a slow read must not overwrite the explanation of a later selection.
  const latest = useRef(0);

  const refresh = useCallback(async () => {
    const request = ++latest.current;
    setLoading(true);
    try {
      const result = await explainActiveCell(adapter, lang, defaultCounty);
      if (request === latest.current) {
        setExplanation(result);
        setError(null);
      }
    } catch (e) {
      if (request === latest.current) setError(e instanceof Error ? e.message : String(e));
    } finally {
      if (request === latest.current) setLoading(false);
    }
  }, [adapter, lang, defaultCounty]);

  useEffect(() => {
    if (!active) return;
    void refresh();
    let stop: (() => Promise<void>) | undefined;
    let live = true;
    void adapter.onSelectionChanged(() => void refresh()).then((s) => {
      if (live) stop = s;
      else void s();
    });
    return () => {
      live = false;
      void stop?.();
    };
  }, [active, adapter, refresh]);

  return { explanation, loading, error, refresh };
}
