import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ManualAssignDialog, UnassignDialog, type AssignTarget } from '../../components/AssignDialogs';
import { CustomersTable } from '../../components/CustomersTable';
import { ExportButton } from '../../components/exchange/ExportButton';
import { ImportDialog } from '../../components/exchange/ImportDialog';
import { Page } from '../../components/Page';
import { Notice } from '../../components/States';
import { useI18n } from '../../i18n/i18n';

/** The list filters in the address bar, as the customer export takes them (paging and sort left out). */
const EXPORT_FILTERS = ['q', 'class', 'manager_id', 'unassigned', 'need', 'hobby'] as const;

function exportFilters(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of EXPORT_FILTERS) {
    const v = params.get(k);
    if (v) out[k] = v;
  }
  return out;
}

type Open = { kind: 'assign' | 'unassign'; customer: AssignTarget } | null;

export default function AdminCustomersPage() {
  const { t } = useI18n();
  const [open, setOpen] = useState<Open>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
  const [importing, setImporting] = useState(false);
  const [params] = useSearchParams();
  const done = (text: string) => {
    setOpen(null);
    setMessage(text);
    setReloadKey((k) => k + 1);
  };
  return (
    <Page
      title={t.customers.title}
      actions={
        <div className="flex flex-wrap items-start gap-2">
          <button type="button" className="btn-secondary" onClick={() => setImporting(true)}>
            {t.exchange.importCustomers}
          </button>
          <ExportButton path="/api/admin/export/customers.csv" label={t.exchange.exportCustomers} query={exportFilters(params)} fallbackName="portrait-customers.csv" />
          <ExportButton path="/api/admin/export/assignments.csv" label={t.exchange.exportAssignments} fallbackName="portrait-assignments.csv" />
        </div>
      }
    >
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
      {importing && (
        <ImportDialog
          kind="customers"
          onClose={(changed) => {
            setImporting(false);
            if (changed) setReloadKey((k) => k + 1);
          }}
        />
      )}
    </Page>
  );
}
