import { useEffect, useRef } from 'react';

/**
 * Gives focus back to the control that had it when a dialog opened, once the dialog closes (Escape, a button):
 * Fluent does so only for dialogs opened through DialogTrigger, and the pane opens its dialogs from state.
 */
export function useReturnFocus(open: boolean): void {
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);
  // Read while rendering the opening: the dialog's own effects (they run before this component's) move focus inside.
  if (open && !wasOpen.current) opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  wasOpen.current = open;
  useEffect(() => {
    if (open) return;
    const target = opener.current;
    opener.current = null;
    // After Fluent's own focus handling of the closing dialog.
    if (target) requestAnimationFrame(() => target.isConnected && target.focus());
  }, [open]);
}
