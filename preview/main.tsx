import { createRoot } from 'react-dom/client';
import { useState } from 'react';
import type { Lang } from '../src/policy';
import { langFromLocale } from '../src/policy';
import { App } from '../src/taskpane/App';
import { createOfficeAdapter } from '../src/taskpane/excel/officeAdapter';
import type { ExcelHost } from '../tools/excel-host';
import { columnLetter, createExcelHost, installGlobals, snapshotCells, snapshotFormats } from '../tools/excel-host';
import { loadXlsx } from '../tools/excel-host/loadXlsx';
import { addExampleFormulas } from './exampleFormulas';
import { Grid } from './Grid';
import { jlFormulaEvaluator } from './jlFormulas';

/** Samples the build copies next to this page (webpack.preview.config.js writes the list). */
declare const PREVIEW_SAMPLES: string[];
const DEFAULT_SAMPLE = 'employ-wangqing-2022.xlsx';

interface Loaded {
  readonly host: ExcelHost;
  readonly name: string;
  /** Bumped for each workbook so the pane starts afresh. */
  readonly generation: number;
}

let generation = 0;
let current: ExcelHost | undefined;

/**
 * For the end-to-end tests (and the curious, from the developer tools): the workbook as the host holds it, and the
 * host's own snapshots of what cells hold and how they look.
 */
(window as unknown as { jlPreview: unknown }).jlPreview = {
  cells: () => (current ? snapshotCells(current.workbook) : null),
  formats: () => (current ? snapshotFormats(current.workbook) : null),
  sheets: () => current?.workbook.sheets.map((s) => ({ name: s.name, visibility: s.visibility })) ?? [],
  settings: () => (current ? Object.fromEntries(current.workbook.settings) : null),
  /** Comments (批注) as sheet, A1 address and text. */
  comments: () =>
    current
      ? current.workbook.comments.map((c) => ({
          sheet: current!.workbook.sheets.find((s) => s.id === c.sheetId)?.name ?? '',
          address: `${columnLetter(c.col)}${c.row + 1}`,
          content: c.content,
        }))
      : [],
};

/**
 * A workbook in the in-memory host, installed as the page's Excel and Office: the task pane below is the add-in's
 * own App with its own adapter, and knows no difference.
 */
async function openWorkbook(bytes: ArrayBuffer, name: string, locale: string): Promise<Loaded> {
  const workbook = await loadXlsx(bytes, { name });
  const host = createExcelHost(workbook, { evaluateFormula: jlFormulaEvaluator(langFromLocale(locale)), displayLanguage: locale });
  installGlobals(host, window);
  current = host;
  await addExampleFormulas(host);
  host.resetStats();
  return { host, name, generation: ++generation };
}

/** ?pane=320: the task pane as wide as Excel gives it (320–350 px); the default leaves room to read. */
function paneWidth(): string | undefined {
  const px = Number(new URLSearchParams(location.search).get('pane'));
  return Number.isFinite(px) && px >= 200 ? `${px}px` : undefined;
}

function Preview({ first, locale, lang }: { first: Loaded; locale: string; lang: Lang }) {
  const [loaded, setLoaded] = useState(first);
  const [error, setError] = useState<string | null>(null);
  const open = async (bytes: ArrayBuffer, name: string) => {
    try {
      setLoaded(await openWorkbook(bytes, name, locale));
      setError(null);
    } catch (e) {
      setError(`${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const zh = lang === 'zh';
  return (
    <div className="preview">
      <header className="preview-bar">
        <strong>{zh ? '吉林帮扶补贴 · 浏览器预览' : 'Jilin Assistance Subsidies · browser preview'}</strong>
        <label>
          {zh ? '样本' : 'Sample'}{' '}
          <select
            value={PREVIEW_SAMPLES.includes(loaded.name) ? loaded.name : ''}
            onChange={async (e) => {
              const name = e.currentTarget.value;
              if (name) await open(await (await fetch(`samples/${encodeURIComponent(name)}`)).arrayBuffer(), name);
            }}
          >
            {PREVIEW_SAMPLES.includes(loaded.name) ? null : <option value="">{loaded.name}</option>}
            {PREVIEW_SAMPLES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          {zh ? '打开本机 .xlsx' : 'Open a local .xlsx'}{' '}
          <input
            type="file"
            accept=".xlsx"
            onChange={async (e) => {
              const file = e.currentTarget.files?.[0];
              if (file) await open(await file.arrayBuffer(), file.name);
            }}
          />
        </label>
        <span className="preview-note">{zh ? '工作簿只在本页内存中，不会上传。' : 'The workbook stays in this page’s memory; nothing is uploaded.'}</span>
        {error ? <span role="alert">{error}</span> : null}
      </header>
      <div className="preview-body" data-workbook={loaded.name}>
        <section className="preview-grid" aria-label={zh ? '工作簿' : 'Workbook'}>
          <Grid host={loaded.host} />
        </section>
        <aside className="preview-pane" aria-label={zh ? '任务窗格' : 'Task pane'} style={{ width: paneWidth() }} data-testid="pane">
          <App key={loaded.generation} adapter={createOfficeAdapter()} lang={lang} />
        </aside>
      </div>
    </div>
  );
}

async function boot(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const locale = params.get('lang') === 'en' ? 'en-US' : 'zh-CN';
  const lang = langFromLocale(locale);
  document.documentElement.lang = locale;
  const sample = params.get('sample') ?? DEFAULT_SAMPLE;
  const response = await fetch(`samples/${encodeURIComponent(sample)}`);
  if (!response.ok) throw new Error(`samples/${sample}: ${response.status}`);
  const first = await openWorkbook(await response.arrayBuffer(), sample, locale);
  createRoot(document.getElementById('root')!).render(<Preview first={first} locale={locale} lang={lang} />);
}

boot().catch((error: unknown) => {
  document.getElementById('root')!.textContent = `预览无法启动 / the preview could not start: ${error instanceof Error ? error.message : String(error)}`;
});
