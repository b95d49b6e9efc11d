import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { S } from '../i18n/strings';
import { useT } from '../i18n/lang';
import type { Busy } from '../state/validateState';

const useStyles = makeStyles({
  wrap: { minWidth: 0, maxWidth: '100%', height: 'auto', textAlign: 'start' },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalS },
});

export interface ActionsBarProps {
  readonly hasReport: boolean;
  readonly marked: number;
  readonly busy: Busy;
  readonly running: boolean;
  onMark(): void;
  onClear(): void;
  onReport(): void;
  onRegister(): void;
  onExport(): void;
  /** The batch registered last, which can be undone; null when none. */
  readonly lastBatch: string | null;
  onUndoBatch(): void;
}

export function ActionsBar({ hasReport, marked, busy, running, onMark, onClear, onReport, onRegister, onExport, lastBatch, onUndoBatch }: ActionsBarProps) {
  const styles = useStyles();
  const t = useT();
  const idle = busy === null && !running;
  return (
    <div role="group" aria-label={t(S.actions)} className={styles.bar}>
      <Button disabled={!idle || !hasReport} onClick={onMark} data-testid="mark">
        {t(S.markCells)}
      </Button>
      <Button disabled={!idle || marked === 0} onClick={onClear} data-testid="clear-marks">
        {t(S.clearMarks)}
      </Button>
      <Button disabled={!idle || !hasReport} onClick={onReport} data-testid="write-report">
        {t(S.writeReport)}
      </Button>
      <Button disabled={!idle || !hasReport} onClick={onExport} data-testid="export">
        {t(S.exportFindings)}
      </Button>
      <Button disabled={!idle || !hasReport} onClick={onRegister} data-testid="register">
        {t(S.register)}
      </Button>
      {lastBatch !== null ? (
        <Button className={styles.wrap} disabled={!idle} onClick={onUndoBatch} data-testid="undo-batch">
          {t(S.undoBatch, { batch: lastBatch })}
        </Button>
      ) : null}
    </div>
  );
}
