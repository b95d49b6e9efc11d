import { Button, Field, Input, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { S } from '../i18n/strings';
import { useT } from '../i18n/lang';
import type { Progress } from '../state/validateState';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export interface RunControlsProps {
  readonly asOf: string;
  readonly asOfValid: boolean;
  readonly running: boolean;
  readonly canRun: boolean;
  readonly progress: Progress | null;
  onAsOf(iso: string): void;
  onRun(): void;
  onCancel(): void;
}

export function RunControls({ asOf, asOfValid, running, canRun, progress, onAsOf, onRun, onCancel }: RunControlsProps) {
  const styles = useStyles();
  const t = useT();
  const progressText =
    progress === null
      ? ''
      : t(progress.phase === 'read' ? S.progressRead : progress.phase === 'check' ? S.progressCheck : S.progressMark, {
          done: progress.done.toLocaleString(),
          total: progress.total.toLocaleString(),
        });
  return (
    <div>
      <div className={styles.row}>
        <Field label={t(S.asOf)} validationState={asOfValid ? 'none' : 'error'} validationMessage={asOfValid ? undefined : t(S.asOfInvalid)}>
          <Input type="date" value={asOf} disabled={running} onChange={(_, d) => onAsOf(d.value)} />
        </Field>
        <Button appearance="primary" disabled={!canRun || running || !asOfValid} onClick={onRun} data-testid="run">
          {t(S.run)}
        </Button>
        {running ? (
          <Button onClick={onCancel} data-testid="cancel">
            {t(S.cancel)}
          </Button>
        ) : null}
      </div>
      {progress ? (
        <Field label={t(S.progressLabel)} validationMessage={progressText} validationState="none" data-testid="progress">
          <ProgressBar value={progress.total > 0 ? progress.done : undefined} max={Math.max(1, progress.total)} aria-valuetext={progressText} />
        </Field>
      ) : null}
    </div>
  );
}
