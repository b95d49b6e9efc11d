import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { RegisterPlan } from '../register/registerPlan';
import { S } from '../i18n/strings';
import { useT } from '../i18n/lang';
import type { ValidateController } from '../state/useValidate';
import { isValidIsoDate } from '../state/useValidate';
import { ActionsBar } from './ActionsBar';
import { HistoryPicker } from './HistoryPicker';
import { RegisterDialog } from './RegisterDialog';
import { ResultsView } from './ResultsView';
import { RosterPicker } from './RosterPicker';
import { RunControls } from './RunControls';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  hint: { color: tokens.colorNeutralForeground2, margin: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
});

/** 校验: choose rosters, history and the day; run; see, jump to, mark, report and register. */
export function ValidateView({ controller }: { controller: ValidateController }) {
  const styles = useStyles();
  const t = useT();
  const { state } = controller;
  const [plan, setPlan] = useState<RegisterPlan | null>(null);
  const running = state.phase === 'running';
  const busy = running || state.busy !== null;
  return (
    <div className={styles.view}>
      <section aria-labelledby="rosters-title">
        <h2 id="rosters-title" className={styles.heading}>
          {t(S.rosters)}
        </h2>
        <p className={styles.hint}>{t(S.rostersHint)}</p>
        <RosterPicker rosters={state.rosters} disabled={busy} onToggle={controller.toggleRoster} onKind={controller.setKind} />
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
        <MessageBar intent={state.notice.intent} data-testid="notice">
          <MessageBarBody>{state.notice.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      <ActionsBar
        hasReport={state.report !== null}
        marked={state.marked}
        busy={state.busy}
        running={running}
        onMark={() => void controller.mark()}
        onClear={() => void controller.clearMarks()}
        onReport={() => void controller.writeReport()}
        onRegister={() => void controller.planRegister().then(setPlan)}
      />
      {state.report ? <ResultsView report={state.report} onSelect={(f) => void controller.select(f)} /> : null}
      <RegisterDialog
        plan={plan}
        onClose={() => setPlan(null)}
        onConfirm={(p) => {
          setPlan(null);
          void controller.register(p);
        }}
      />
    </div>
  );
}
