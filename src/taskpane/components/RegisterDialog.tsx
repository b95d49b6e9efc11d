import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { formatYuan, maskId } from '../../policy';
import { PAID_REGISTER } from '../../roster';
import { S } from '../i18n/strings';
import { useT } from '../i18n/lang';
import type { RegisterPlan } from '../register/registerPlan';
import { isValidIsoDate } from '../state/isoDate';
import { useReturnFocus } from './useReturnFocus';

/** Persons listed by name in the dialog; beyond, a count (the rows are all registered). */
const LISTED = 200;

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: '40vh', overflowY: 'auto', overflowWrap: 'anywhere' },
  id: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  p: { margin: 0 },
});

export interface RegisterDialogProps {
  readonly plan: RegisterPlan | null;
  /** yyyy-mm-dd the dialog proposes as 发放日期, and the proposed 批次 name. */
  readonly payDate: string;
  readonly batch: string;
  onConfirm(plan: RegisterPlan, payDate: string, batch: string): void;
  onClose(): void;
}

/** The confirmation before 登记为已发放: who will be registered (name, masked ID, amount), when paid, under which batch. */
export function RegisterDialog({ plan, payDate, batch, onConfirm, onClose }: RegisterDialogProps) {
  const styles = useStyles();
  const t = useT();
  const [date, setDate] = useState(payDate);
  const [name, setName] = useState(batch);
  useReturnFocus(plan !== null);
  useEffect(() => {
    if (plan === null) return;
    setDate(payDate);
    setName(batch);
  }, [plan, payDate, batch]);
  const dateOk = isValidIsoDate(date);
  const nameOk = name.trim() !== '';
  const persons = plan?.persons ?? [];
  return (
    <Dialog open={plan !== null} onOpenChange={(_, d) => (d.open ? undefined : onClose())}>
      <DialogSurface aria-describedby="register-body">
        <DialogBody>
          <DialogTitle>{t(S.registerTitle)}</DialogTitle>
          <DialogContent id="register-body" className={styles.content} data-testid="register-dialog" data-rows={plan?.rows.length ?? 0} data-refused={plan?.alreadyRegistered.length ?? 0}>
            {plan && plan.rows.length > 0 ? <p className={styles.p}>{t(S.registerBody, { count: plan.rows.length, sheet: PAID_REGISTER.sheetName })}</p> : <p className={styles.p}>{t(S.registerNothing)}</p>}
            {persons.length > 0 ? (
              <ul className={styles.list} aria-label={t(S.registerWho)} data-testid="register-persons">
                {persons.slice(0, LISTED).map((p) => {
                  const fen = p.computedFen ?? p.amountFen;
                  return (
                    <li key={`${p.file}\u0000${p.sheet}\u0000${p.row}`}>
                      {p.name || p.employer} · <span className={styles.id}>{p.id ? maskId(p.id) : p.employerCode}</span>
                      {fen === null ? '' : ` · ${formatYuan(fen)}`}
                    </li>
                  );
                })}
                {persons.length > LISTED ? <li>{t(S.registerMore, { count: persons.length - LISTED })}</li> : null}
              </ul>
            ) : null}
            {plan && plan.alreadyRegistered.length > 0 ? <p className={styles.p}>{t(S.registerRefused, { count: plan.alreadyRegistered.length })}</p> : null}
            {plan && plan.withErrors > 0 ? <p className={styles.p}>{t(S.registerSkipped, { count: plan.withErrors })}</p> : null}
            {persons.length > 0 ? (
              <>
                <Field label={t(S.registerPayDate)} validationState={dateOk ? 'none' : 'error'} validationMessage={dateOk ? undefined : t(S.asOfInvalid)}>
                  <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} data-testid="register-date" />
                </Field>
                <Field label={t(S.registerBatch)} hint={t(S.registerBatchHint)} validationState={nameOk ? 'none' : 'error'}>
                  <Input value={name} onChange={(_, d) => setName(d.value)} data-testid="register-batch" />
                </Field>
              </>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose}>
              {t(S.cancel)}
            </Button>
            <Button
              appearance="primary"
              disabled={!plan || plan.rows.length === 0 || !dateOk || !nameOk}
              onClick={() => plan && onConfirm(plan, date, name.trim())}
              data-testid="register-confirm"
            >
              {t(S.registerConfirm)}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
