// The shell every modal shares: the backdrop, focus moved in when it opens and back when it
// closes, Escape to close and Tab kept inside (dialogKeys).
import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { FOCUSABLE, dialogKeys } from './dialogKeys';

interface Props {
  role?: 'dialog' | 'alertdialog';
  labelledBy: string;
  describedBy?: string;
  /** The box's classes (its width and padding). */
  className: string;
  onEscape: () => void;
  /** What Tab cycles through. */
  focusable?: string;
  /** What gets focus when the modal opens: the first match inside it. */
  initialFocus?: string;
  /** The box, for a dialog that moves focus itself later. */
  boxRef?: RefObject<HTMLDivElement | null>;
  children: ReactNode;
}

/** Render it only while open: focus moves in on mount and returns on unmount. */
export function Modal({ role = 'dialog', labelledBy, describedBy, className, onEscape, focusable = FOCUSABLE, initialFocus = FOCUSABLE, boxRef, children }: Props) {
  const ownBox = useRef<HTMLDivElement>(null);
  const box = boxRef ?? ownBox;

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    box.current?.querySelector<HTMLElement>(initialFocus)?.focus();
    return () => previous?.focus?.();
    // Mount and unmount only: the modal exists exactly while it is open.
  }, []);

  return (
    <div className="fixed inset-0 z-50 flex items-end justify-center bg-slate-900/50 p-4 sm:items-center" onKeyDown={dialogKeys(box, onEscape, focusable)}>
      <div ref={box} role={role} aria-modal="true" aria-labelledby={labelledBy} aria-describedby={describedBy} className={className}>
        {children}
      </div>
    </div>
  );
}
