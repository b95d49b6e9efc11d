import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { DragEvent } from 'react';
import { useId, useRef, useState } from 'react';
import { useT } from '../../taskpane/i18n/lang';
import { W } from '../i18n/webStrings';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  over: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  title: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  hiddenInput: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

/** Every format the reader knows; the content decides, the name only filters the picker. */
const ACCEPT = '.xlsx,.xlsm,.xlsb,.xls,.et,.ett,.ods,.xml,.htm,.html,.csv,.txt,.tsv';

export interface DropZoneProps {
  readonly disabled: boolean;
  onFiles(files: File[]): void;
}

/** Drop files here, or pick them: any number, read in this browser only. */
export function DropZone({ disabled, onFiles }: DropZoneProps) {
  const styles = useStyles();
  const t = useT();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const onDrop = (e: DragEvent<HTMLElement>) => {
    e.preventDefault();
    setOver(false);
    const dropped = Array.from(e.dataTransfer.files);
    if (!disabled && dropped.length > 0) onFiles(dropped);
  };
  return (
    <section
      className={mergeClasses(styles.zone, over && styles.over)}
      aria-labelledby={`${inputId}-title`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="drop-zone"
    >
      <p id={`${inputId}-title`} className={styles.title}>
        {t(W.dropTitle)}
      </p>
      <p className={styles.hint}>{t(W.dropHint)}</p>
      <label htmlFor={inputId} className={styles.hiddenInput}>
        {t(W.pick)}
      </label>
      <input
        id={inputId}
        ref={input}
        className={styles.hiddenInput}
        type="file"
        accept={ACCEPT}
        multiple
        tabIndex={-1}
        data-testid="file-input"
        onChange={(e) => {
          const picked = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = '';
          if (picked.length > 0) onFiles(picked);
        }}
      />
      <Button appearance="primary" disabled={disabled} onClick={() => input.current?.click()} data-testid="pick-files">
        {t(W.pick)}
      </Button>
    </section>
  );
}
