import { makeStyles } from '@fluentui/react-components';
import type { Ref } from 'react';

const useStyles = makeStyles({
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

/** Every spreadsheet format the reader knows (the content decides; the names only filter the picker). */
export const SPREADSHEET_ACCEPT = '.xlsx,.xlsm,.xlsb,.xls,.et,.ett,.ods,.xml,.htm,.html,.csv,.txt,.tsv';

export interface HiddenFileInputProps {
  readonly id: string;
  readonly inputRef: Ref<HTMLInputElement>;
  readonly label: string;
  readonly testId: string;
  onFiles(files: File[]): void;
}

/**
 * The browser's file input, labelled for screen readers and kept out of sight and of the tab order: a Fluent button
 * beside it opens it. Picking the same file again is seen (the input is emptied after each pick).
 */
export function HiddenFileInput({ id, inputRef, label, testId, onFiles }: HiddenFileInputProps) {
  const styles = useStyles();
  return (
    <>
      <label htmlFor={id} className={styles.hidden}>
        {label}
      </label>
      <input
        id={id}
        ref={inputRef}
        className={styles.hidden}
        type="file"
        accept={SPREADSHEET_ACCEPT}
        multiple
        tabIndex={-1}
        data-testid={testId}
        onChange={(e) => {
          const picked = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = '';
          if (picked.length > 0) onFiles(picked);
        }}
      />
    </>
  );
}
