import { Button, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useRef } from 'react';
import { S } from '../i18n/strings';
import { useT } from '../i18n/lang';
import type { HistoryChoice, HistoryFile } from '../state/validateState';
import { maskPersonal } from '../../policy';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
  file: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  hiddenInput: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
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
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div>
      {sheets.length === 0 ? <p>{t(S.noHistorySheets)}</p> : null}
      <ul className={styles.list}>
        {sheets.map((h) => (
          <li key={h.name} data-history={h.name}>
            <Checkbox label={h.name} checked={h.selected} disabled={disabled} onChange={(_, d) => onToggle(h.name, d.checked === true)} />
          </li>
        ))}
        {files.map((f) => (
          <li key={f.id} className={styles.file} data-history-file={f.name}>
            <span>{t(S.fileSheets, { file: maskPersonal(f.name), count: f.grids.length })}</span>
            <Button size="small" appearance="subtle" disabled={disabled} aria-label={t(S.removeFile, { file: maskPersonal(f.name) })} onClick={() => onRemoveFile(f.id)}>
              ✕
            </Button>
          </li>
        ))}
      </ul>
      <label htmlFor={inputId} className={styles.hiddenInput}>
        {t(S.historyFileLabel)}
      </label>
      <input
        id={inputId}
        ref={input}
        className={styles.hiddenInput}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple
        tabIndex={-1}
        data-testid="history-file-input"
        onChange={(e) => {
          const picked = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = '';
          if (picked.length > 0) onAddFiles(picked);
        }}
      />
      <Button size="small" disabled={disabled} onClick={() => input.current?.click()}>
        {t(S.addHistoryFile)}
      </Button>
    </div>
  );
}
