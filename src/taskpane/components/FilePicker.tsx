import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useRef } from 'react';
import { S } from '../i18n/strings';
import { useT } from '../i18n/lang';
import type { HistoryFile } from '../state/validateState';
import { HiddenFileInput } from './HiddenFileInput';
import { maskPersonal } from '../../policy';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
  file: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  name: { minWidth: 0, overflowWrap: 'anywhere' },
});

export interface FilePickerProps {
  readonly files: ReadonlyArray<HistoryFile>;
  readonly disabled: boolean;
  /** The button's text, and the file input's label. */
  readonly addLabel: string;
  readonly inputLabel: string;
  readonly testId: string;
  onAdd(files: File[]): void;
  onRemove(id: number): void;
}

/** .xlsx files picked from disk and read in the pane (nothing leaves the machine), each with a remove button. */
export function FilePicker({ files, disabled, addLabel, inputLabel, testId, onAdd, onRemove }: FilePickerProps) {
  const styles = useStyles();
  const t = useT();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div>
      {files.length > 0 ? (
        <ul className={styles.list}>
          {files.map((f) => (
            <li key={f.id} className={styles.file} data-file={f.name}>
              <span className={styles.name}>{t(S.fileSheets, { file: maskPersonal(f.name), count: f.grids.length })}</span>
              <Button size="small" appearance="subtle" disabled={disabled} aria-label={t(S.removeFile, { file: maskPersonal(f.name) })} onClick={() => onRemove(f.id)}>
                ✕
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <HiddenFileInput id={inputId} inputRef={input} label={inputLabel} testId={testId} onFiles={onAdd} />
      <Button size="small" disabled={disabled} onClick={() => input.current?.click()}>
        {addLabel}
      </Button>
    </div>
  );
}
