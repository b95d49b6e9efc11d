import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, MessageBar, MessageBarBody, ProgressBar, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import type { Text } from '../../policy';
import { formatDate, isoToSerial, maskPersonal, pick, text, todaySerial } from '../../policy';
import { findingAddress } from '../../roster/reportTable';
import type { Finding } from '../../roster/types';
import { RegisterDialog } from '../../taskpane/components/RegisterDialog';
import { ResultsView } from '../../taskpane/components/ResultsView';
import { RowExplanationView } from '../../taskpane/components/ExplainView';
import type { RowExplanation } from '../../taskpane/explain/explainRow';
import { S, fill } from '../../taskpane/i18n/strings';
import { useLang, useT } from '../../taskpane/i18n/lang';
import type { RegisterPlan } from '../../taskpane/register/registerPlan';
import { isValidIsoDate } from '../../taskpane/state/isoDate';
import { W } from '../i18n/webStrings';
import { saveBytes } from '../state/saveBytes';
import { failureText } from '../state/usePage';
import type { PageActions, PageState } from '../state/usePage';
import { DropZone } from './DropZone';
import { FileList } from './FileList';
import type { CellMark, GridCell } from './VirtualGrid';
import { VirtualGrid } from './VirtualGrid';

const useStyles = makeStyles({
  page: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingHorizontalL,
    '@media (min-width: 1000px)': { gridTemplateColumns: 'minmax(360px, 440px) minmax(0, 1fr)' },
  },
  side: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  // Beside the list on a wide screen, the grid stays in view while the findings scroll.
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    '@media (min-width: 1000px)': { position: 'sticky', top: tokens.spacingVerticalS, alignSelf: 'start' },
  },
  runRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  downloads: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  meta: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  tabs: { overflowX: 'auto' },
  cellFindings: { margin: `0 0 ${tokens.spacingVerticalM}`, paddingLeft: tokens.spacingHorizontalL },
});

/** A message in both languages with its values filled. */
const filled = (message: Text, values: Readonly<Record<string, string | number>>): Text => text(fill(message.zh, values), fill(message.en, values));

const sheetKey = (file: string, sheet: string) => `${file}\u0000${sheet}`;

export interface CheckPageProps {
  readonly state: PageState;
  readonly actions: PageActions;
}

/** The checker: files in, findings and the sheets with their flagged cells out, and the files to download. */
export function CheckPage({ state, actions }: CheckPageProps) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const [asOf, setAsOf] = useState(formatDate(todaySerial()));
  const [shownSheet, setShownSheet] = useState<string | null>(null);
  const [selected, setSelected] = useState<GridCell | null>(null);
  // 选中此类全部单元格: every flagged cell of one kind, on every sheet (the page has every file open, unlike Excel's one sheet).
  const [chosen, setChosen] = useState<ReadonlyArray<Finding>>([]);
  const [plan, setPlan] = useState<RegisterPlan | null>(null);
  // 说明此行, with the findings at the cell when Enter on a flagged cell of the grid asked for it.
  const [explained, setExplained] = useState<{ row: RowExplanation | null; findings: ReadonlyArray<Finding> } | null>(null);
  const [busy, setBusy] = useState(false);
  const cardRef = useRef<HTMLElement>(null);
  // What had focus when 说明此行 opened (the grid, or the list's button): focus goes back there when it closes.
  const explainOpener = useRef<HTMLElement | null>(null);
  const { result, phase, progress, files } = state;
  const running = phase === 'running';
  const asOfOk = isValidIsoDate(asOf);
  const hasRoster = files.some((f) => f.role === 'roster');

  const sheets = result?.sheets ?? [];
  const current = sheets.find((s) => sheetKey(s.file, s.sheet) === shownSheet) ?? sheets[0];
  const marks = useMemo(() => {
    const m = new Map<string, CellMark>();
    if (!result || !current) return m;
    for (const f of result.report.findings) {
      if (f.file !== current.file || f.sheet !== current.sheet) continue;
      const address = findingAddress(f);
      const before = m.get(address);
      const line = `${f.code}: ${pick(f.message, lang)}`;
      m.set(address, { severity: before?.severity === 'error' || f.severity === 'error' ? 'error' : 'warning', title: before ? `${before.title}\n${line}` : line });
    }
    return m;
  }, [result, current, lang]);

  const chosenHere = useMemo(() => new Set(current ? chosen.filter((f) => f.file === current.file && f.sheet === current.sheet).map(findingAddress) : []), [chosen, current]);
  const chosenCount = useMemo(() => new Set(chosen.map((f) => `${sheetKey(f.file, f.sheet)}\u0000${findingAddress(f)}`)).size, [chosen]);
  const chosenSheets = new Set(chosen.map((f) => sheetKey(f.file, f.sheet))).size;

  const show = (f: Finding) => {
    setShownSheet(sheetKey(f.file, f.sheet));
    setSelected({ row: f.row, column: f.column || 'A' });
  };
  const select = (f: Finding) => {
    setChosen([]);
    show(f);
  };
  const selectAll = (all: ReadonlyArray<Finding>) => {
    if (!all[0]) return;
    show(all[0]);
    setChosen(all);
  };
  const selectCell = (cell: GridCell) => {
    setChosen([]);
    setSelected(cell);
  };
  const run = async () => {
    setSelected(null);
    setChosen([]);
    await actions.run(isoToSerial(asOf));
    cardRef.current?.focus();
  };
  const download = async (make: () => Promise<Uint8Array>, fileName: string) => {
    setBusy(true);
    try {
      saveBytes(await make(), fileName);
      actions.notify({ intent: 'success', text: filled(W.downloaded, { file: fileName }) });
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  };
  const bytesOf = async (request: Parameters<PageActions['ask']>[0]) => {
    const reply = await actions.ask(request);
    if (reply.type !== 'bytes') throw new Error(reply.type);
    return reply.bytes;
  };
  const failed = (error: unknown) => actions.notify({ intent: 'error', text: failureText(error) });
  const openRegister = async () => {
    try {
      const reply = await actions.ask({ type: 'registerPlan', payDate: todaySerial(), batch: '' });
      if (reply.type === 'plan') setPlan(reply.plan);
    } catch (error) {
      failed(error);
    }
  };
  const register = async (payDate: string, batch: string) => {
    setPlan(null);
    setBusy(true);
    try {
      const reply = await actions.ask({ type: 'register', payDate: isoToSerial(payDate), batch, lang });
      if (reply.type !== 'bytes' || !reply.plan) return;
      const name = `${t(W.registerFileName)}.xlsx`;
      saveBytes(reply.bytes, name);
      actions.replacePaid(name, reply.bytes, reply.registerFile ?? null);
      actions.notify({ intent: 'success', text: filled(W.registered, { count: reply.plan.rows.length, batch, file: name }) });
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  };
  const explainRow = async (f: Finding, findings: ReadonlyArray<Finding> = []) => {
    explainOpener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    select(f);
    try {
      const reply = await actions.ask({ type: 'explain', file: f.file, sheet: f.sheet, row: f.row, column: f.column, lang });
      if (reply.type === 'explained') setExplained({ row: reply.explanation, findings });
    } catch (error) {
      failed(error);
    }
  };
  const closeExplained = () => {
    setExplained(null);
    const opener = explainOpener.current;
    // After the dialog has let go of focus.
    if (opener) setTimeout(() => opener.isConnected && opener.focus(), 0);
  };
  const openCell = (cell: GridCell) => {
    if (!result || !current) return;
    const here = result.report.findings.filter((f) => f.file === current.file && f.sheet === current.sheet && findingAddress(f) === `${cell.column}${cell.row}`);
    if (here[0]) void explainRow(here[0], here);
  };
  const singleFile = result ? [...new Set(result.report.sheets.map((s) => s.file))] : [];
  const canDownload = result !== null && !result.nothingChecked && !running && !busy;
  const rosterNames = [...new Set(files.filter((f) => f.role === 'roster').map((f) => f.name.replace(/\.[^.]+$/, '')))];

  return (
    <div className={styles.page}>
      <div className={styles.side}>
        <DropZone disabled={running} onFiles={(picked) => void Promise.all(picked.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))).then(actions.add)} />
        <FileList files={files} disabled={running} onRole={actions.setRole} onRemove={actions.remove} />
        <div className={styles.runRow}>
          <Field label={t(S.asOf)} validationState={asOfOk ? 'none' : 'error'} validationMessage={asOfOk ? undefined : t(S.asOfInvalid)}>
            <Input type="date" value={asOf} onChange={(_, d) => setAsOf(d.value)} data-testid="as-of" />
          </Field>
          {running ? (
            <Button onClick={actions.cancel} data-testid="cancel">
              {t(S.cancel)}
            </Button>
          ) : (
            <Button appearance="primary" disabled={!hasRoster || !asOfOk} onClick={() => void run()} data-testid="run">
              {t(S.run)}
            </Button>
          )}
        </div>
        {!hasRoster && files.length > 0 ? <p className={styles.meta}>{t(W.noRoster)}</p> : null}
        {running ? (
          <Field label={t(S.progressLabel)} validationState="none" data-testid="progress">
            <ProgressBar value={progress && progress.total > 0 ? progress.done / progress.total : undefined} />
            <span className={styles.meta} aria-live="polite">
              {progress === null
                ? t(S.busy)
                : progress.phase === 'read'
                  ? t(W.progressReading, { file: maskPersonal(progress.file), done: progress.done, total: progress.total })
                  : t(S.progressCheck, { done: progress.done.toLocaleString('en-US'), total: progress.total.toLocaleString('en-US') })}
            </span>
          </Field>
        ) : null}
        {phase === 'cancelled' ? (
          <MessageBar intent="info" data-testid="cancelled">
            <MessageBarBody>{t(S.cancelled)}</MessageBarBody>
          </MessageBar>
        ) : null}
        {state.notices.map((n, i) => (
          <MessageBar key={i} intent={n.intent} layout="multiline" data-testid="notice">
            <MessageBarBody>{pick(n.text, lang)}</MessageBarBody>
          </MessageBar>
        ))}
        {result ? (
          <>
            {state.stale ? (
              <MessageBar intent="warning" layout="multiline" data-testid="stale">
                <MessageBarBody>{t(W.staleResults)}</MessageBarBody>
              </MessageBar>
            ) : null}
            {[...result.failures, ...result.notes].map((n, i) => (
              <MessageBar key={`n${i}`} intent={i < result.failures.length ? 'error' : 'info'} layout="multiline" data-testid={i < result.failures.length ? 'read-failure' : 'read-note'}>
                <MessageBarBody>{pick(n, lang)}</MessageBarBody>
              </MessageBar>
            ))}
            {result.nothingChecked ? null : (
              <>
                <section aria-labelledby="downloads-title" className={styles.side}>
                  <h2 id="downloads-title" className={styles.heading}>
                    {t(W.downloads)}
                  </h2>
                  <div className={styles.downloads}>
                    <Button disabled={!canDownload} onClick={() => void download(() => bytesOf({ type: 'annotated', lang }), t(W.reportFileName))} data-testid="download-annotated">
                      {t(W.downloadAnnotated)}
                    </Button>
                    <Button disabled={!canDownload} onClick={() => void download(() => bytesOf({ type: 'findings', format: 'xlsx', lang }), `${t(W.findingsFileName)}.xlsx`)} data-testid="download-findings-xlsx">
                      {t(W.downloadFindingsXlsx)}
                    </Button>
                    <Button disabled={!canDownload} onClick={() => void download(() => bytesOf({ type: 'findings', format: 'csv', lang }), `${t(W.findingsFileName)}.csv`)} data-testid="download-findings-csv">
                      {t(W.downloadFindingsCsv)}
                    </Button>
                    <Button disabled={!canDownload || state.stale} onClick={() => void openRegister()} data-testid="register">
                      {t(S.register)}
                    </Button>
                  </div>
                </section>
                <ResultsView
                  report={result.report}
                  sources={{ registers: result.registers, rosters: singleFile, registries: result.registries, deathLists: result.deathLists }}
                  workbook={singleFile.length === 1 ? singleFile[0] : ''}
                  cardRef={cardRef}
                  onSelect={select}
                  onSelectAll={selectAll}
                  onExplainRow={(f) => void explainRow(f)}
                  selectable={() => true}
                  hints={{ noRegister: W.noRegisterHint, noRegistry: W.noRegistryHint }}
                />
              </>
            )}
          </>
        ) : null}
      </div>
      <div className={styles.main}>
        {current ? (
          <>
            {sheets.length > 1 ? (
              <TabList className={styles.tabs} size="small" aria-label={t(W.sheetTabs)} selectedValue={sheetKey(current.file, current.sheet)} onTabSelect={(_, d) => setShownSheet(String(d.value))}>
                {sheets.map((s) => (
                  <Tab key={sheetKey(s.file, s.sheet)} value={sheetKey(s.file, s.sheet)} data-testid="sheet-tab" data-sheet={s.sheet} data-file={s.file}>
                    {maskPersonal(`${s.file} / ${s.sheet}`)}
                  </Tab>
                ))}
              </TabList>
            ) : (
              <h2 className={styles.heading}>{maskPersonal(`${current.file} / ${current.sheet}`)}</h2>
            )}
            {chosen.length > 0 ? (
              <p className={styles.meta} role="status" data-testid="grid-selection" data-count={chosenCount}>
                {chosenSheets > 1
                  ? t(W.selectedCellsSheets, { count: chosenCount, sheets: chosenSheets, here: chosenHere.size })
                  : t(S.selectedAll, { sheet: maskPersonal(current.sheet), count: chosenCount })}
              </p>
            ) : null}
            <VirtualGrid
              sheet={current}
              label={t(W.gridLabel, { sheet: maskPersonal(current.sheet), file: maskPersonal(current.file), rows: current.rows.length })}
              marks={marks}
              selected={selected}
              chosen={chosenHere}
              onSelect={selectCell}
              onOpen={openCell}
            />
          </>
        ) : null}
      </div>
      <RegisterDialog
        plan={plan}
        payDate={formatDate(todaySerial())}
        batch={`${formatDate(todaySerial())} ${rosterNames.join('、')}`}
        onClose={() => setPlan(null)}
        onConfirm={(_, payDate, batch) => void register(payDate, batch)}
      />
      <Dialog open={explained !== null} onOpenChange={(_, d) => (d.open ? undefined : closeExplained())}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t(W.explainTitle)}</DialogTitle>
            <DialogContent data-testid="explain-dialog">
              {explained && explained.findings.length > 0 ? (
                <ul className={styles.cellFindings} data-testid="explain-findings">
                  {explained.findings.map((f, i) => (
                    <li key={i} data-cell-finding={f.code}>
                      {`${findingAddress(f)} · ${t(f.severity === 'error' ? S.severityError : S.severityWarning)} · ${f.code}：${pick(f.message, lang)}`}
                    </li>
                  ))}
                </ul>
              ) : null}
              {explained?.row ? <RowExplanationView row={explained.row} /> : <p>{t(W.explainNone)}</p>}
            </DialogContent>
            <DialogActions>
              <Button onClick={closeExplained}>{t(W.close)}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
