import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { FOCUSABLE, dialogKeys } from './dialogKeys';

interface Props {
  open: boolean;
  title: string;
  /** Under the title, e.g. the current state. */
  description?: ReactNode;
  submitLabel: string;
  busy?: boolean;
  danger?: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}


/** A modal form: focus moves to its first field, Tab stays inside, Escape cancels, focus returns. */
export function FormDialog({ open, title, description, submitLabel, busy, danger, onSubmit, onCancel, children }: Props) {
  const { t } = useI18n();
  const titleId = useId();
  const descId = useId();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const previous = document.activeElement as HTMLElement | null;
    box.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    return () => previous?.focus?.();
  }, [open]);

  if (!open) return null;

  const onKeyDown = dialogKeys(box, () => {
    if (!busy) onCancel();
  });

  return (
    <div className="fixed inset-0 z-50 flex items-end justify-center bg-slate-900/50 p-4 sm:items-center" onKeyDown={onKeyDown}>
      <div
        ref={box}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={description ? descId : undefined}
        className="max-h-full w-full max-w-md overflow-y-auto rounded-lg bg-white p-5 shadow-xl"
      >
        <h2 id={titleId}>{title}</h2>
        {description && (
          <div id={descId} className="mt-1 text-slate-700">
            {description}
          </div>
        )}
        <form
          noValidate
          className="mt-4 space-y-4"
          aria-busy={busy}
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            onSubmit();
          }}
        >
          {children}
          <div className="flex justify-end gap-2">
            <button type="button" className="btn-secondary" onClick={onCancel} disabled={busy}>
              {t.common.cancel}
            </button>
            <button type="submit" className={danger ? 'btn-danger' : 'btn-primary'} disabled={busy}>
              {busy ? t.common.saving : submitLabel}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
