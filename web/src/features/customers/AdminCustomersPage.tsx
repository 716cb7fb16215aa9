// The admin's customer list (/admin/customers): row actions to assign and unassign, CSV import and export.
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { Page } from '../../shared/ui/Page';
import { Notice } from '../../shared/ui/States';
import { ExportButton } from '../exchange/ExportButton';
import { ImportDialog } from '../exchange/ImportDialog';
import { ManualAssignDialog, UnassignDialog, type AssignTarget } from './AssignDialogs';
import { CustomersTable } from './CustomersTable';
import { exportFilters } from './customerQuery';

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
        showUnitFilter
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
