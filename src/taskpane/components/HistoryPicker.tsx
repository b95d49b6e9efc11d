import { Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { S } from '../i18n/strings';
import { useT } from '../i18n/lang';
import type { HistoryChoice, HistoryFile } from '../state/validateState';
import { FilePicker } from './FilePicker';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
});

export interface HistoryPickerProps {
  readonly sheets: ReadonlyArray<HistoryChoice>;
  readonly files: ReadonlyArray<HistoryFile>;
  readonly disabled: boolean;
  onToggle(name: string, selected: boolean): void;
  onAddFiles(files: File[]): void;
  onRemoveFile(id: number): void;
}

/** Paid registers in this workbook (checked by default), and .xlsx files picked from disk and read in the pane. */
export function HistoryPicker({ sheets, files, disabled, onToggle, onAddFiles, onRemoveFile }: HistoryPickerProps) {
  const styles = useStyles();
  const t = useT();
  return (
    <div>
      {sheets.length === 0 ? <p>{t(S.noHistorySheets)}</p> : null}
      <ul className={styles.list}>
        {sheets.map((h) => (
          <li key={h.name} data-history={h.name}>
            <Checkbox label={h.rosterLike ? `${h.name}${t(S.rosterLikeHint)}` : h.name} checked={h.selected} disabled={disabled} onChange={(_, d) => onToggle(h.name, d.checked === true)} />
          </li>
        ))}
      </ul>
      <FilePicker
        files={files}
        disabled={disabled}
        addLabel={t(S.addHistoryFile)}
        inputLabel={t(S.historyFileLabel)}
        testId="history-file-input"
        onAdd={onAddFiles}
        onRemove={onRemoveFile}
      />
    </div>
  );
}
