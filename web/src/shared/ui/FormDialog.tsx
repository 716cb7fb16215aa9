// A modal form with Cancel and a submit button (manual assign, unassign).
import { useId, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import { Modal } from './Modal';

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

  if (!open) return null;

  return (
    <Modal
      labelledBy={titleId}
      describedBy={description ? descId : undefined}
      className="max-h-full w-full max-w-md overflow-y-auto rounded-lg bg-white p-5 shadow-xl"
      onEscape={() => {
        if (!busy) onCancel();
      }}
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
    </Modal>
  );
}
