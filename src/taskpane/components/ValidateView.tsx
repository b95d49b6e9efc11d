import { Button, MessageBar, MessageBarActions, MessageBarBody, Switch, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { formatDate, pick, todaySerial } from '../../policy';
import type { RegisterPlan } from '../register/registerPlan';
import { S } from '../i18n/strings';
import { useLang, useT } from '../i18n/lang';
import { summaryText } from '../report/runFacts';
import type { ValidateController } from '../state/useValidate';
import { isValidIsoDate } from '../state/isoDate';
import { ActionsBar } from './ActionsBar';
import { ConfirmDialog } from './ConfirmDialog';
import { FilePicker } from './FilePicker';
import { HistoryPicker } from './HistoryPicker';
import { ListPicker } from './ListPicker';
import { RegisterDialog } from './RegisterDialog';
import { ResultsView } from './ResultsView';
import { RosterPicker } from './RosterPicker';
import { RunControls } from './RunControls';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  hint: { color: tokens.colorNeutralForeground2, margin: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  disclosure: { alignSelf: 'flex-start' },
  folded: { display: 'none' },
  visuallyHidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

/** 校验: choose rosters, history and the day; run; see, jump to, mark, report and register. */
export function ValidateView({ controller, onExplain }: { controller: ValidateController; onExplain(): void }) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const { state } = controller;
  const [plan, setPlan] = useState<RegisterPlan | null>(null);
  const [inputsOpen, setInputsOpen] = useState(true);
  const [askReplace, setAskReplace] = useState(false);
  const card = useRef<HTMLElement>(null);
  const running = state.phase === 'running';
  const busy = running || state.busy !== null;

  // After a run the inputs fold away and focus moves to the summary, which the live region below also announces.
  useEffect(() => {
    if (state.ranAt === null) return;
    setInputsOpen(false);
    card.current?.focus();
  }, [state.ranAt]);

  const question = state.questions[0];
  const announcement = state.report && state.ranWith && state.phase === 'done' ? pick(summaryText(state.report.summary, state.ranWith), lang) : '';
  const showInputs = inputsOpen || state.report === null;

  return (
    <div className={styles.view}>
      {state.report ? (
        <Button
          className={styles.disclosure}
          size="small"
          appearance="subtle"
          aria-expanded={showInputs}
          aria-controls="validate-inputs"
          onClick={() => setInputsOpen(!showInputs)}
          data-testid="edit-inputs"
        >
          {showInputs ? '▾ ' : '▸ '}
          {t(S.editInputs)}
        </Button>
      ) : null}
      <div id="validate-inputs" className={mergeClasses(styles.view, !showInputs && styles.folded)}>
        <section aria-labelledby="rosters-title">
          <h2 id="rosters-title" className={styles.heading}>
            {t(S.rosters)}
          </h2>
          <p className={styles.hint}>{t(S.rostersHint)}</p>
          <RosterPicker rosters={state.rosters} disabled={busy} onToggle={controller.toggleRoster} onKind={controller.setKind} />
        </section>
        <section aria-labelledby="other-rosters-title">
          <h2 id="other-rosters-title" className={styles.heading}>
            {t(S.otherRosters)}
          </h2>
          <p className={styles.hint}>{t(S.otherRostersHint)}</p>
          <FilePicker
            files={state.otherRosters}
            disabled={busy}
            addLabel={t(S.addOtherRoster)}
            inputLabel={t(S.otherRosterFileLabel)}
            testId="other-roster-input"
            onAdd={(files) => void controller.addOtherRosters(files)}
            onRemove={controller.removeOtherRoster}
          />
        </section>
        <section aria-labelledby="history-title">
          <h2 id="history-title" className={styles.heading}>
            {t(S.history)}
          </h2>
          <p className={styles.hint}>{t(S.historyHint)}</p>
          <HistoryPicker
            sheets={state.historySheets}
            files={state.historyFiles}
            disabled={busy}
            onToggle={controller.toggleHistory}
            onAddFiles={(files) => void controller.addFiles(files)}
            onRemoveFile={controller.removeFile}
          />
        </section>
        <section aria-labelledby="lists-title" className={styles.view}>
          <h2 id="lists-title" className={styles.heading}>
            {t(S.lists)}
          </h2>
          <p className={styles.hint}>{t(S.listsHint)}</p>
          {(['registry', 'deceased'] as const).map((list) => (
            <ListPicker
              key={list}
              words={
                list === 'registry'
                  ? { title: t(S.registryExports), none: t(S.noRegistrySheets), add: t(S.addRegistryFile), input: t(S.registryFileLabel) }
                  : { title: t(S.deathLists), none: t(S.noDeathSheets), add: t(S.addDeceasedFile), input: t(S.deceasedFileLabel) }
              }
              sheets={state.listSheets.filter((l) => l.list === list)}
              files={state.listFiles[list]}
              disabled={busy}
              testId={`${list}-lists`}
              onToggle={controller.toggleList}
              onAddFiles={(files) => void controller.addListFiles(list, files)}
              onRemoveFile={(id) => controller.removeListFile(list, id)}
            />
          ))}
        </section>
        <Switch
          checked={state.markAfterRun}
          disabled={busy}
          label={t(S.marksSwitch)}
          onChange={(_, d) => controller.setMarkAfterRun(d.checked)}
          data-testid="marks-switch"
        />
      </div>
      <RunControls
        asOf={state.asOf}
        asOfValid={isValidIsoDate(state.asOf)}
        running={running}
        canRun={state.rosters.some((r) => r.selected) && state.busy === null}
        progress={state.progress}
        onAsOf={controller.setAsOf}
        onRun={() => void controller.run()}
        onCancel={controller.cancel}
      />
      {state.notice ? (
        <MessageBar intent={state.notice.intent} layout="multiline" data-testid="notice">
          <MessageBarBody>{state.notice.text}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button size="small" appearance="transparent" aria-label={t(S.dismiss)} onClick={controller.dismissNotice} data-testid="dismiss-notice">
                ✕
              </Button>
            }
          />
        </MessageBar>
      ) : null}
      <ActionsBar
        hasReport={state.report !== null}
        marked={state.marked}
        busy={state.busy}
        running={running}
        onMark={() => void controller.mark()}
        onClear={() => void controller.clearMarks()}
        onReport={() => (state.reportExists ? setAskReplace(true) : void controller.writeReport())}
        onRegister={() => void controller.planRegister().then(setPlan)}
        onExport={() => void controller.exportFindings()}
        lastBatch={state.lastBatch?.name ?? null}
        onUndoBatch={() => void controller.undoBatch()}
      />
      {state.report ? (
        <ResultsView
          report={state.report}
          sources={state.ranWith ?? { registers: [], rosters: [] }}
          workbook={state.workbook}
          cardRef={card}
          onSelect={(f) => void controller.select(f)}
          onSelectAll={(findings) => void controller.selectAll(findings)}
          onExplainRow={(f) => void controller.select(f).then(onExplain)}
        />
      ) : null}
      <div role="status" className={styles.visuallyHidden} data-testid="announce">
        {announcement}
      </div>
      <RegisterDialog
        plan={plan}
        payDate={formatDate(todaySerial())}
        batch={`${formatDate(todaySerial())} ${state.rosters.filter((r) => r.selected).map((r) => r.name).join('、')}`}
        onClose={() => setPlan(null)}
        onConfirm={(p, payDate, batch) => {
          setPlan(null);
          void controller.register(p, payDate, batch);
        }}
      />
      <ConfirmDialog
        open={question !== undefined}
        title={t(S.looksLikeRosterTitle)}
        body={question ? t(S.looksLikeRosterBody, { name: question.name, why: question.why }) : ''}
        safeLabel={t(S.looksLikeRosterSkip)}
        riskyLabel={t(S.looksLikeRosterUse)}
        testId="register-question"
        onAnswer={controller.answer}
      />
      <ConfirmDialog
        open={askReplace}
        title={t(S.replaceReportTitle)}
        body={t(S.replaceReportBody, { sheet: t(S.reportSheet) })}
        safeLabel={t(S.keepReport)}
        riskyLabel={t(S.replaceReport)}
        testId="replace-report"
        onAnswer={(replace) => {
          setAskReplace(false);
          if (replace) void controller.writeReport();
        }}
      />
    </div>
  );
}
