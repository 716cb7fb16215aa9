// A modal yes/no confirmation (an alertdialog).
import { useId, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import { Modal } from './Modal';

interface Props {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel?: string;
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal confirmation: focus moves in, Tab stays inside, Escape cancels, focus returns. */
export function ConfirmDialog({ open, title, children, confirmLabel, danger, busy, onConfirm, onCancel }: Props) {
  const { t } = useI18n();
  const titleId = useId();

  if (!open) return null;

  return (
    <Modal
      role="alertdialog"
      labelledBy={titleId}
      className="w-full max-w-md rounded-lg bg-white p-5 shadow-xl"
      onEscape={onCancel}
      focusable="button:not([disabled])"
      initialFocus="[data-cancel]"
    >
      <h2 id={titleId}>{title}</h2>
      {children && <div className="mt-2 text-slate-700">{children}</div>}
      <div className="mt-5 flex justify-end gap-2">
        <button data-cancel type="button" className="btn-secondary" onClick={onCancel} disabled={busy}>
          {t.common.cancel}
        </button>
        <button type="button" className={danger ? 'btn-danger' : 'btn-primary'} onClick={onConfirm} disabled={busy}>
          {busy ? t.common.saving : (confirmLabel ?? t.common.confirm)}
        </button>
      </div>
    </Modal>
  );
}
