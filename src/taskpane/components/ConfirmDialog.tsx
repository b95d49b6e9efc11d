import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useId } from 'react';
import { useReturnFocus } from './useReturnFocus';

export interface ConfirmDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly body: string;
  /** The safe answer: primary, and what Escape or closing means. */
  readonly safeLabel: string;
  readonly riskyLabel: string;
  readonly testId: string;
  onAnswer(risky: boolean): void;
}

/**
 * A question before something that cannot be taken back lightly (replacing a report, using a roster as a paid
 * register). Escape answers the safe way; Fluent returns focus to the control that opened it.
 */
export function ConfirmDialog({ open, title, body, safeLabel, riskyLabel, testId, onAnswer }: ConfirmDialogProps) {
  const bodyId = useId();
  useReturnFocus(open);
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, d) => (d.open ? undefined : onAnswer(false))}>
      <DialogSurface aria-describedby={bodyId}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent id={bodyId} data-testid={testId}>
            {body}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onAnswer(false)} data-testid={`${testId}-safe`}>
              {safeLabel}
            </Button>
            <Button appearance="secondary" onClick={() => onAnswer(true)} data-testid={`${testId}-risky`}>
              {riskyLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
