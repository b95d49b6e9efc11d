import { useEffect, useRef } from 'react';

/**
 * Gives focus back to the control that had it when a dialog opened, once the dialog closes (Escape, a button):
 * Fluent does so only for dialogs opened through DialogTrigger, and the pane opens its dialogs from state.
 */
export function useReturnFocus(open: boolean): void {
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      return;
    }
    const target = opener.current;
    opener.current = null;
    // After Fluent's own focus handling of the closing dialog.
    if (target) requestAnimationFrame(() => target.isConnected && target.focus());
  }, [open]);
}
