// Keyboard behaviour shared by every modal: Escape closes, Tab and Shift+Tab cycle inside it.
import type { KeyboardEvent, RefObject } from 'react';

export const FOCUSABLE = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href]';

/** An onKeyDown handler for a dialog's backdrop that keeps focus within `box`. */
export function dialogKeys(box: RefObject<HTMLElement | null>, onEscape: () => void, focusable: string = FOCUSABLE) {
  return (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onEscape();
    } else if (e.key === 'Tab' && box.current) {
      const items = box.current.querySelectorAll<HTMLElement>(focusable);
      const first = items[0];
      const last = items[items.length - 1];
      if (!first || !last) return;
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first.focus();
      }
    }
  };
}
