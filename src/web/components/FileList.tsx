import { Button, Select, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { Text } from '../../policy';
import { maskPersonal, pick } from '../../policy';
import type { FileRole } from '../../check';
import { FILE_ROLES } from '../../check/inputFile';
import { S } from '../../taskpane/i18n/strings';
import { useLang, useT } from '../../taskpane/i18n/lang';
import { W } from '../i18n/webStrings';
import type { PageFile } from '../state/pageFile';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
  file: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto auto',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  name: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  bad: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
});

export const ROLE_NAMES: Readonly<Record<FileRole, Text>> = {
  roster: W.roleRoster,
  paid: W.rolePaid,
  registry: W.roleRegistry,
  deceased: W.roleDeceased,
};

export interface FileListProps {
  readonly files: ReadonlyArray<PageFile>;
  readonly disabled: boolean;
  onRole(id: number, role: FileRole): void;
  onRemove(id: number): void;
}

/** The files on the page, each with what it was recognised as and a choice to change it, and a remove button. */
export function FileList({ files, disabled, onRole, onRemove }: FileListProps) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  return (
    <section aria-labelledby="files-title">
      <h2 id="files-title" className={styles.heading}>
        {t(W.filesTitle)}
      </h2>
      {files.length === 0 ? <p className={styles.meta}>{t(W.noFiles)}</p> : null}
      <ul className={styles.list} data-testid="file-list">
        {files.map((f) => {
          const shown = maskPersonal(f.name);
          const rows = (f.sheets ?? []).reduce((n, s) => n + s.rows, 0);
          return (
            <li key={f.id} className={styles.file} data-file={f.name} data-role={f.role} data-recognised={f.recognised ?? ''} data-status={f.status}>
              <span className={styles.name}>
                <span>{shown}</span>
                {f.status === 'reading' ? (
                  <Spinner size="extra-tiny" label={t(W.reading)} labelPosition="after" />
                ) : f.status === 'unreadable' ? (
                  <span className={styles.bad}>{f.reason ? pick(f.reason, lang) : ''}</span>
                ) : f.status === 'waiting' ? (
                  <span className={styles.meta}>{t(W.notRead)}</span>
                ) : (
                  <span className={styles.meta}>
                    {t(W.sheetsRows, { count: f.sheets?.length ?? 0, rows })}
                    {f.recognised ? ` · ${t(W.recognisedAs, { role: t(ROLE_NAMES[f.recognised]) })}` : ''}
                  </span>
                )}
              </span>
              <Select
                size="small"
                aria-label={t(W.roleLabel, { file: shown })}
                value={f.role}
                disabled={disabled}
                onChange={(_, d) => onRole(f.id, d.value as FileRole)}
                data-testid="file-role"
              >
                {FILE_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(ROLE_NAMES[r])}
                  </option>
                ))}
              </Select>
              <Button size="small" appearance="subtle" disabled={disabled} aria-label={t(S.removeFile, { file: shown })} onClick={() => onRemove(f.id)} data-testid="remove-file">
                ✕
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
