// 计算器: one page per JL function for offices without the custom functions. It computes through the very code the
// custom functions run (src/functions/calls.ts), so a result here is the one =JL.X(...) shows in Excel.
import { Button, Field, Input, Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { FormEvent } from 'react';
import { useCallback, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Lang, Text } from '../../policy';
import { formatDate, pick, todaySerial } from '../../policy';
import { EXPLANATION_TEXT } from '../../taskpane/components/explanationText';
import { fill } from '../../taskpane/i18n/strings';
import type { Calculation } from './calculate';
import { calculate } from './calculate';
import { calculatorHref, calculatorRoute } from './calculatorRoute';
import { W } from './calculatorWords';
import type { CalculatorFunction } from './functionCatalog';
import { calculatorFunctions } from './functionCatalog';
import { resultSentence } from './resultSentence';
import { shownValue } from './shownValue';

const useStyles = makeStyles({
  // One column at every width: the fields and the explanation read top to bottom on a 375 px phone as on a desktop.
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '48rem', minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  paragraph: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalS },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  result: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  value: { margin: 0, fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  // Read by screen readers, not shown: the same words are on the page below.
  announced: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap', margin: 0 },
  explanation: { ...EXPLANATION_TEXT, overflowWrap: 'anywhere' },
});

function subscribeToHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}
const currentHash = () => window.location.hash;
const noHash = () => '';

function useWords(lang: Lang) {
  return useCallback((t: Text, values?: Readonly<Record<string, string | number>>) => (values ? fill(pick(t, lang), values) : pick(t, lang)), [lang]);
}

function FunctionIndex({ functions, lang }: { functions: ReadonlyArray<CalculatorFunction>; lang: Lang }) {
  const styles = useStyles();
  const t = useWords(lang);
  return (
    <nav aria-label={t(W.functions)}>
      <ul className={styles.list} data-testid="calc-index">
        {functions.map((f) => (
          <li key={f.name} className={styles.item}>
            <Link href={calculatorHref(f.name)} data-testid={`calc-link-${f.name}`}>
              JL.{f.name}
            </Link>
            <p className={styles.muted}>{pick(f.description, lang)}</p>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function CalculationResult({ fn, calculation, lang }: { fn: CalculatorFunction; calculation: Calculation; lang: Lang }) {
  const styles = useStyles();
  const t = useWords(lang);
  const formula = (
    <p className={styles.muted}>
      {t(W.formula)}
      {lang === 'zh' ? '：' : ': '}
      <code className={styles.code} data-testid="calc-formula">
        {calculation.formula}
      </code>
    </p>
  );
  if (!calculation.ok) {
    const index = calculation.argumentIndex;
    const field = index === null ? undefined : fn.args[index];
    return (
      <>
        <MessageBar intent="error" layout="multiline" data-testid="calc-error">
          <MessageBarBody>
            <MessageBarTitle>{t(W.errorTitle)}</MessageBarTitle>
            {field ? t(W.fieldWrong, { field: pick(field.label, lang), detail: calculation.detail }) : t(W.callWrong, { message: calculation.message })}
            <br />
            <span className={styles.code}>{calculation.message}</span>
          </MessageBarBody>
        </MessageBar>
        {formula}
      </>
    );
  }
  const conclusion = resultSentence(calculation, lang);
  return (
    <>
      <p className={styles.value} data-testid="calc-value">
        {shownValue(calculation.value)}
      </p>
      <p className={styles.paragraph} data-testid="calc-conclusion">
        {conclusion}
      </p>
      {formula}
      <h4 className={styles.subheading}>{t(W.explanation)}</h4>
      <pre className={styles.explanation} data-testid="calc-explanation" tabIndex={0} aria-label={t(W.explanation)}>
        {calculation.explanation}
      </pre>
    </>
  );
}

function FunctionPage({ fn, lang }: { fn: CalculatorFunction; lang: Lang }) {
  const styles = useStyles();
  const t = useWords(lang);
  const [fields, setFields] = useState<string[]>(() => fn.args.map(() => ''));
  // The fields as last calculated: the result follows a change of language without a new press of 计算.
  const [calculated, setCalculated] = useState<ReadonlyArray<string> | null>(null);
  const calculation = useMemo(() => (calculated ? calculate(fn.name, calculated, lang) : null), [calculated, fn.name, lang]);
  const inputs = useRef<Array<HTMLInputElement | null>>([]);
  const headingId = `calc-title-${fn.name}`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = calculate(fn.name, fields, lang);
    setCalculated([...fields]);
    // The field at fault gets the focus, so that a keyboard or screen-reader user lands where the sentence points.
    if (!result.ok && result.argumentIndex !== null) inputs.current[result.argumentIndex]?.focus();
  };
  const clear = () => {
    setFields(fn.args.map(() => ''));
    setCalculated(null);
  };
  const wrongField = calculation && !calculation.ok ? calculation.argumentIndex : null;

  return (
    <section aria-labelledby={headingId} className={styles.view} data-testid={`calc-page-${fn.name}`}>
      <Link href={calculatorHref()} data-testid="calc-back">
        {t(W.back)}
      </Link>
      <h3 id={headingId} className={styles.heading}>
        JL.{fn.name}
      </h3>
      <p className={styles.paragraph}>{pick(fn.description, lang)}</p>
      <p className={styles.muted}>{t(W.fieldHint)}</p>
      <form className={styles.form} onSubmit={submit} noValidate>
        {fn.args.map((arg, i) => (
          <Field
            key={arg.name}
            label={`${pick(arg.label, lang)}${arg.optional ? t(W.optional) : ''}`}
            hint={pick(arg.description, lang)}
            validationState={wrongField === i && calculation && !calculation.ok ? 'error' : 'none'}
            validationMessage={wrongField === i && calculation && !calculation.ok ? calculation.detail : undefined}
          >
            <Input
              ref={(el) => {
                inputs.current[i] = el;
              }}
              value={fields[i]}
              onChange={(_, data) => setFields((old) => old.map((v, k) => (k === i ? data.value : v)))}
              data-testid={`calc-arg-${arg.name}`}
              autoComplete="off"
            />
          </Field>
        ))}
        <div className={styles.buttons}>
          <Button appearance="primary" type="submit" data-testid="calc-submit">
            {t(W.calculate)}
          </Button>
          <Button type="button" onClick={clear}>
            {t(W.clear)}
          </Button>
        </div>
      </form>
      {/* What a screen reader announces after 计算: the value and its sentence, or the error; not the long explanation. */}
      <p role="status" className={styles.announced} data-testid="calc-status">
        {calculation ? (calculation.ok ? `${shownValue(calculation.value)}${lang === 'zh' ? '：' : ': '}${resultSentence(calculation, lang)}` : calculation.message) : ''}
      </p>
      <section aria-label={t(W.result)} className={styles.result} data-testid="calc-result">
        <h4 className={styles.subheading}>{t(W.result)}</h4>
        {calculation ? <CalculationResult fn={fn} calculation={calculation} lang={lang} /> : <p className={styles.muted}>{t(W.noResultYet)}</p>}
        <p className={styles.muted}>{t(W.asOfToday, { day: formatDate(todaySerial()) })}</p>
      </section>
    </section>
  );
}

/**
 * The calculator: its index at #/calc, a function's page at #/calc/EMPLOY_SUBSIDY. The page follows the location
 * hash itself, so links, the browser's back button and a bookmarked page all work from file:// as well.
 */
export function CalculatorView({ lang }: { lang: Lang }) {
  const styles = useStyles();
  const t = useWords(lang);
  const hash = useSyncExternalStore(subscribeToHash, currentHash, noHash);
  const route = calculatorRoute(hash) ?? { page: 'index' as const };
  const day = todaySerial();
  const functions = useMemo(() => calculatorFunctions(day), [day]);
  const fn = route.page === 'function' ? functions.find((f) => f.name === route.name) : undefined;

  return (
    <div className={styles.view} data-testid="calculator">
      {/* The page's shell holds the h1 (the app's title); the calculator is a part of it. */}
      <h2 className={styles.heading}>{t(W.title)}</h2>
      {fn ? (
        // A new page for each function: its fields start empty.
        <FunctionPage key={fn.name} fn={fn} lang={lang} />
      ) : (
        <>
          {route.page === 'function' ? (
            <MessageBar intent="warning" data-testid="calc-unknown">
              <MessageBarBody>{t(W.unknown, { name: route.name })}</MessageBarBody>
            </MessageBar>
          ) : null}
          <p className={styles.paragraph}>{t(W.intro)}</p>
          <FunctionIndex functions={functions} lang={lang} />
        </>
      )}
    </div>
  );
}
