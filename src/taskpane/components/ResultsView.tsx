import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, Table, TableBody, TableCell, TableHeader,
  TableHeaderCell, TableRow, makeStyles, tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { maskPersonal, pick } from '../../policy';
import type { Finding, FindingCode, ValidationReport } from '../../roster/types';
import { FINDING_CODES } from '../../roster';
import { KIND_NAMES } from '../../roster/kinds';
import { S } from '../i18n/strings';
import { useLang, useT } from '../i18n/lang';
import { findingAddress } from '../../roster/reportTable';

/** Findings shown per code before 再显示: a roster of 100,000 rows can have thousands of one code. */
const PAGE = 100;

const useStyles = makeStyles({
  findings: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, margin: 0, padding: 0, listStyleType: 'none' },
  finding: {
    justifyContent: 'flex-start',
    textAlign: 'start',
    height: 'auto',
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  codeCell: { display: 'flex', flexDirection: 'column', paddingTop: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXXS },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, wordBreak: 'break-all' },
  countColumn: { width: '64px' },
  where: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalS },
  value: { fontFamily: tokens.fontFamilyMonospace, marginRight: tokens.spacingHorizontalS },
  header: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  sheets: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

function groupByCode(findings: ReadonlyArray<Finding>): Array<[FindingCode, Finding[]]> {
  const groups = new Map<FindingCode, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.code);
    if (list) list.push(f);
    else groups.set(f.code, [f]);
  }
  return [...groups.entries()];
}

function CodeFindings({ code, findings, onSelect }: { code: FindingCode; findings: Finding[]; onSelect(f: Finding): void }) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const [shown, setShown] = useState(PAGE);
  return (
    <>
      <ul className={styles.findings} aria-label={code}>
        {findings.slice(0, shown).map((f, i) => {
          const address = findingAddress(f);
          return (
            <li key={i}>
              <Button
                appearance="subtle"
                className={styles.finding}
                data-finding={code}
                data-sheet={f.sheet}
                data-address={address}
                data-row={f.row}
                aria-label={`${t(S.goTo, { sheet: maskPersonal(f.sheet), address })}: ${pick(f.message, lang)}`}
                onClick={() => onSelect(f)}
              >
                <span>
                  <span className={styles.where}>
                    {maskPersonal(f.sheet)} · {t(S.rowLabel, { row: f.row })}
                    {f.column ? ` · ${f.column}${f.row}` : ''}
                  </span>
                  {f.value ? <span className={styles.value}>{f.value}</span> : null}
                  <span>{pick(f.message, lang)}</span>
                </span>
              </Button>
            </li>
          );
        })}
      </ul>
      {findings.length > shown ? (
        <Button size="small" onClick={() => setShown(shown + PAGE)}>
          {t(S.showMore, { count: Math.min(PAGE, findings.length - shown) })}
        </Button>
      ) : null}
    </>
  );
}

export interface ResultsViewProps {
  readonly report: ValidationReport;
  onSelect(f: Finding): void;
}

/** Counts by code, the sheets checked, then the findings grouped by code; a finding selects its cell in Excel. */
export function ResultsView({ report, onSelect }: ResultsViewProps) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const { summary } = report;
  const groups = groupByCode(report.findings);
  const severityWord = (code: FindingCode) => t(FINDING_CODES[code]?.severity === 'warning' ? S.severityWarning : S.severityError);
  return (
    <section aria-labelledby="results-title" data-testid="results">
      <h2 id="results-title">{t(S.results)}</h2>
      <p data-testid="summary" data-errors={summary.errors} data-warnings={summary.warnings} data-rows={summary.rows}>
        {t(S.summaryLine, { sheets: summary.sheets, rows: summary.rows, errors: summary.errors, warnings: summary.warnings })}
      </p>
      <ul className={styles.sheets} aria-label={t(S.sheetsChecked)}>
        {report.sheets.map((s) => (
          <li key={`${s.file}\u0000${s.sheet}`}>
            {t(S.sheetKindRows, { sheet: maskPersonal(s.sheet), kind: s.kind ? pick(KIND_NAMES[s.kind], lang) : t(S.notARoster), rows: s.rows })}
          </li>
        ))}
      </ul>
      {groups.length === 0 ? (
        <p>{t(S.noFindings)}</p>
      ) : (
        <>
          <h3>{t(S.countsByCode)}</h3>
          <Table size="small" aria-label={t(S.countsByCode)} data-testid="counts">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>
                  {t(S.code)} / {t(S.problem)}
                </TableHeaderCell>
                <TableHeaderCell className={styles.countColumn}>{t(S.count)}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {Object.entries(summary.byCode).map(([code, count]) => (
                <TableRow key={code} data-code={code} data-count={count}>
                  <TableCell>
                    <span className={styles.codeCell}>
                      <span className={styles.code}>{code}</span>
                      <span>
                        {FINDING_CODES[code as FindingCode] ? pick(FINDING_CODES[code as FindingCode].title, lang) : code}（{severityWord(code as FindingCode)}）
                      </span>
                    </span>
                  </TableCell>
                  <TableCell className={styles.countColumn}>{count}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <h3>{t(S.findingsByCode)}</h3>
          <Accordion multiple collapsible>
            {groups.map(([code, findings]) => (
              <AccordionItem key={code} value={code} data-group={code} data-count={findings.length}>
                <AccordionHeader>
                  <span className={styles.header}>
                    <Badge appearance="tint" color={FINDING_CODES[code]?.severity === 'warning' ? 'warning' : 'danger'}>
                      {findings.length}
                    </Badge>
                    {code} {FINDING_CODES[code] ? pick(FINDING_CODES[code].title, lang) : ''}
                  </span>
                </AccordionHeader>
                <AccordionPanel>
                  <CodeFindings code={code} findings={findings} onSelect={onSelect} />
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        </>
      )}
    </section>
  );
}
