import { Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { maskPersonal } from '../../policy';
import type { HistoryFile, ListChoice } from '../state/validateState';
import { FilePicker } from './FilePicker';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
  none: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface ListPickerProps {
  /** Heading, the text when the workbook has none, the add button and the file input's label. */
  readonly words: { readonly title: string; readonly none: string; readonly add: string; readonly input: string };
  readonly sheets: ReadonlyArray<ListChoice>;
  readonly files: ReadonlyArray<HistoryFile>;
  readonly disabled: boolean;
  readonly testId: string;
  onToggle(name: string, selected: boolean): void;
  onAddFiles(files: File[]): void;
  onRemoveFile(id: number): void;
}

/** Registry exports (or death lists) of this workbook, ticked until unticked, and files picked from disk. */
export function ListPicker({ words, sheets, files, disabled, testId, onToggle, onAddFiles, onRemoveFile }: ListPickerProps) {
  const styles = useStyles();
  return (
    <div className={styles.group} data-testid={testId}>
      <h3 className={styles.heading}>{words.title}</h3>
      {sheets.length === 0 ? <p className={styles.none}>{words.none}</p> : null}
      <ul className={styles.list}>
        {sheets.map((l) => (
          <li key={l.name} data-list-sheet={l.name}>
            <Checkbox label={maskPersonal(l.name)} checked={l.selected} disabled={disabled} onChange={(_, d) => onToggle(l.name, d.checked === true)} />
          </li>
        ))}
      </ul>
      <FilePicker files={files} disabled={disabled} addLabel={words.add} inputLabel={words.input} testId={`${testId}-input`} onAdd={onAddFiles} onRemove={onRemoveFile} />
    </div>
  );
}
