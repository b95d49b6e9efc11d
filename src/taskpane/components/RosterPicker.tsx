import { Checkbox, Dropdown, Option, makeStyles, tokens } from '@fluentui/react-components';
import type { RosterKind } from '../../roster/types';
import { KIND_NAMES, SHIPPED_KINDS } from '../../roster/kinds';
import { S } from '../i18n/strings';
import { useLang, useT } from '../i18n/lang';
import { maskPersonal, pick } from '../../policy';
import type { RosterChoice } from '../state/validateState';

/** The kind picker lists the shipped roster kind specs, in their order. */
const KINDS: ReadonlyArray<RosterKind> = SHIPPED_KINDS;

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  kind: { minWidth: '180px', flexGrow: 1 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
});

export interface RosterPickerProps {
  readonly rosters: ReadonlyArray<RosterChoice>;
  readonly disabled: boolean;
  onToggle(name: string, selected: boolean): void;
  onKind(name: string, kind: RosterKind | 'auto'): void;
}

/** Each sheet that may be a roster: a checkbox to check it, and its kind (recognised, or chosen by the clerk). */
export function RosterPicker({ rosters, disabled, onToggle, onKind }: RosterPickerProps) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const autoLabel = (r: RosterChoice) => (r.detected ? t(S.kindAutoFound, { kind: pick(KIND_NAMES[r.detected], lang) }) : t(S.kindAutoNone));
  if (rosters.length === 0) return <p>{t(S.noSheets)}</p>;
  return (
    <ul className={styles.list}>
      {rosters.map((r) => {
        const label = (kind: RosterKind | 'auto') => (kind === 'auto' ? autoLabel(r) : pick(KIND_NAMES[kind], lang));
        return (
          <li key={r.name} className={styles.row} data-roster={r.name}>
            <Checkbox label={maskPersonal(r.name)} checked={r.selected} disabled={disabled} onChange={(_, d) => onToggle(r.name, d.checked === true)} />
            <Dropdown
              className={styles.kind}
              aria-label={t(S.kindOf, { sheet: maskPersonal(r.name) })}
              disabled={disabled}
              value={label(r.kind)}
              selectedOptions={[r.kind]}
              onOptionSelect={(_, d) => onKind(r.name, (d.optionValue ?? 'auto') as RosterKind | 'auto')}
            >
              <Option value="auto">{autoLabel(r)}</Option>
              {KINDS.map((k) => (
                <Option key={k} value={k}>
                  {pick(KIND_NAMES[k], lang)}
                </Option>
              ))}
            </Dropdown>
          </li>
        );
      })}
    </ul>
  );
}
