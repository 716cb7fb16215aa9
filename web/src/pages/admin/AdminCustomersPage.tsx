import { useState } from 'react';
import { ManualAssignDialog, UnassignDialog, type AssignTarget } from '../../components/AssignDialogs';
import { CustomersTable } from '../../components/CustomersTable';
import { Page } from '../../components/Page';
import { Notice } from '../../components/States';
import { useI18n } from '../../i18n/i18n';

type Open = { kind: 'assign' | 'unassign'; customer: AssignTarget } | null;

export default function AdminCustomersPage() {
  const { t } = useI18n();
  const [open, setOpen] = useState<Open>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
  const done = (text: string) => {
    setOpen(null);
    setMessage(text);
    setReloadKey((k) => k + 1);
  };
  return (
    <Page title={t.customers.title}>
      {message && <Notice kind="success">{message}</Notice>}
      <CustomersTable
        detailBase="/admin/customers"
        showUnassigned
        showManager
        reloadKey={reloadKey}
        rowActions={(c) => (
          <div className="flex gap-1.5">
            <button type="button" className="btn-secondary min-h-9 px-3 py-1 text-sm" onClick={() => setOpen({ kind: 'assign', customer: c })}>
              {t.assign.assign}
              <span className="sr-only">: {c.name}</span>
            </button>
            {c.manager_id != null && (
              <button type="button" className="btn-secondary min-h-9 px-3 py-1 text-sm" onClick={() => setOpen({ kind: 'unassign', customer: c })}>
                {t.assign.unassign}
                <span className="sr-only">: {c.name}</span>
              </button>
            )}
          </div>
        )}
      />
      {open?.kind === 'assign' && <ManualAssignDialog customer={open.customer} onCancel={() => setOpen(null)} onDone={done} />}
      {open?.kind === 'unassign' && <UnassignDialog customer={open.customer} onCancel={() => setOpen(null)} onDone={done} />}
    </Page>
  );
}
