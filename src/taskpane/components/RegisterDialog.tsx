import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { PAID_REGISTER } from '../../roster';
import { S } from '../i18n/strings';
import { useT } from '../i18n/lang';
import type { RegisterPlan } from '../register/registerPlan';
import { useReturnFocus } from './useReturnFocus';

export interface RegisterDialogProps {
  readonly plan: RegisterPlan | null;
  onConfirm(plan: RegisterPlan): void;
  onClose(): void;
}

/** The confirmation before 登记为已发放: how many rows will be added, and who is left out and why. */
export function RegisterDialog({ plan, onConfirm, onClose }: RegisterDialogProps) {
  const t = useT();
  useReturnFocus(plan !== null);
  return (
    <Dialog open={plan !== null} onOpenChange={(_, d) => (d.open ? undefined : onClose())}>
      <DialogSurface aria-describedby="register-body">
        <DialogBody>
          <DialogTitle>{t(S.registerTitle)}</DialogTitle>
          <DialogContent id="register-body" data-testid="register-dialog" data-rows={plan?.rows.length ?? 0} data-refused={plan?.alreadyRegistered.length ?? 0}>
            {plan && plan.rows.length > 0 ? <p>{t(S.registerBody, { count: plan.rows.length, sheet: PAID_REGISTER.sheetName })}</p> : <p>{t(S.registerNothing)}</p>}
            {plan && plan.alreadyRegistered.length > 0 ? <p>{t(S.registerRefused, { count: plan.alreadyRegistered.length })}</p> : null}
            {plan && plan.withErrors > 0 ? <p>{t(S.registerSkipped, { count: plan.withErrors })}</p> : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose}>
              {t(S.cancel)}
            </Button>
            <Button appearance="primary" disabled={!plan || plan.rows.length === 0} onClick={() => plan && onConfirm(plan)} data-testid="register-confirm">
              {t(S.registerConfirm)}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
