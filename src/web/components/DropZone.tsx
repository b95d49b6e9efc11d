import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { DragEvent } from 'react';
import { useId, useRef, useState } from 'react';
import { HiddenFileInput } from '../../taskpane/components/HiddenFileInput';
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
});

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
      <HiddenFileInput id={inputId} inputRef={input} label={t(W.pick)} testId="file-input" onFiles={onFiles} />
      <Button appearance="primary" disabled={disabled} onClick={() => input.current?.click()} data-testid="pick-files">
        {t(W.pick)}
      </Button>
    </section>
  );
}
