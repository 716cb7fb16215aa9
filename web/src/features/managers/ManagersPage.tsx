// The admin's managers page (/admin/managers): capacity, leave, book transfer, CSV import and export.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { ManagerProfile } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { DataTable, type Column } from '../../shared/ui/DataTable';
import { Page } from '../../shared/ui/Page';
import { EmptyState, ErrorState, Loading, Notice, useErrorText } from '../../shared/ui/States';
import { TagList } from '../../shared/ui/TagChips';
import { useAsync } from '../../shared/useAsync';
import { ExportButton } from '../exchange/ExportButton';
import { ImportDialog } from '../exchange/ImportDialog';
import { allManagers, previewTransfer, updateManagerProfile } from './api';

type Pending = { kind: 'capacity'; manager: ManagerProfile; value: number } | { kind: 'active'; manager: ManagerProfile; value: boolean };

/** A manager's customers against their capacity, as figures and a bar (red when full). */
function LoadBar({ manager: m }: { manager: ManagerProfile }) {
  const pct = m.capacity > 0 ? Math.min(100, Math.round((m.customer_count / m.capacity) * 100)) : 0;
  return (
    <>
      <span className="tabular-nums">
        {m.customer_count} / {m.capacity}
      </span>
      <div className="mt-1 h-2 w-full rounded bg-slate-200" aria-hidden="true">
        <div className={`h-2 rounded ${pct >= 100 ? 'bg-red-700' : 'bg-blue-700'}`} style={{ width: `${pct}%` }} />
      </div>
    </>
  );
}

export default function ManagersPage() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const state = useAsync(allManagers, []);
  const [drafts, setDrafts] = useState<Record<number, string>>({});
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const [rowErrors, setRowErrors] = useState<Record<number, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [transferring, setTransferring] = useState<number | null>(null);
  const [transferError, setTransferError] = useState<{ id: number; text: string } | null>(null);
  const navigate = useNavigate();
  const [importing, setImporting] = useState(false);

  /** A dry-run transfer of the manager's whole book; its page shows the preview to commit. */
  const transfer = async (m: ManagerProfile) => {
    setTransferring(m.user_id);
    setTransferError(null);
    try {
      const res = await previewTransfer(m.user_id);
      navigate(`/admin/runs/${res.run_id}`);
    } catch (err) {
      setTransferError({ id: m.user_id, text: errorText(err) });
      setTransferring(null);
    }
  };

  const replace = (p: ManagerProfile) => state.data && state.setData(state.data.map((m) => (m.user_id === p.user_id ? p : m)));

  const confirm = async () => {
    if (!pending) return;
    const { manager } = pending;
    setBusy(true);
    try {
      const body = pending.kind === 'capacity' ? { capacity: pending.value } : { active: pending.value };
      const updated = await updateManagerProfile(manager.user_id, body);
      replace(updated);
      setDrafts(({ [manager.user_id]: _, ...rest }) => rest);
      setRowErrors(({ [manager.user_id]: _, ...rest }) => rest);
      setMessage(t.managers.updated(updated.name));
    } catch (err) {
      setRowErrors((r) => ({ ...r, [manager.user_id]: errorText(err) }));
      setMessage(null);
    } finally {
      setBusy(false);
      setPending(null);
    }
  };

  const askCapacity = (m: ManagerProfile) => {
    const raw = drafts[m.user_id] ?? String(m.capacity);
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isInteger(value)) {
      setRowErrors((r) => ({ ...r, [m.user_id]: t.errors.not_a_number }));
      return;
    }
    setPending({ kind: 'capacity', manager: m, value });
  };

  const capacityCell = (m: ManagerProfile) => {
    const draft = drafts[m.user_id] ?? String(m.capacity);
    const changed = draft !== String(m.capacity);
    const err = rowErrors[m.user_id];
    return (
      <>
        <form
          className="flex items-center gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            askCapacity(m);
          }}
        >
          <label htmlFor={`cap-${m.user_id}`} className="sr-only">
            {t.managers.capacityFor(m.name)}
          </label>
          <input
            id={`cap-${m.user_id}`}
            className="input w-24"
            inputMode="numeric"
            value={draft}
            onChange={(e) => setDrafts((d) => ({ ...d, [m.user_id]: e.target.value }))}
            aria-invalid={err ? true : undefined}
            aria-describedby={err ? `cap-err-${m.user_id}` : undefined}
          />
          <button type="submit" className="btn-secondary" disabled={!changed}>
            {t.common.save}
            <span className="sr-only"> {t.managers.capacityFor(m.name)}</span>
          </button>
        </form>
        {err && (
          <p id={`cap-err-${m.user_id}`} className="field-error">
            {err}
          </p>
        )}
      </>
    );
  };

  const transferCell = (m: ManagerProfile) => (
    <>
      <button
        type="button"
        className="btn-secondary whitespace-nowrap"
        disabled={transferring !== null || m.customer_count === 0}
        onClick={() => void transfer(m)}
        title={t.managers.transferFor(m.name)}
        aria-describedby={transferError?.id === m.user_id ? `transfer-err-${m.user_id}` : undefined}
      >
        {transferring === m.user_id ? t.managers.transferring : t.managers.transfer}
        <span className="sr-only">: {m.name}</span>
      </button>
      {transferError?.id === m.user_id && (
        <p id={`transfer-err-${m.user_id}`} role="alert" className="field-error">
          {transferError.text}
        </p>
      )}
    </>
  );

  const columns: Column<ManagerProfile>[] = [
    {
      key: 'name',
      label: t.managers.name,
      rowHeader: true,
      className: 'text-left font-medium',
      cell: (m) => (
        <>
          {m.name}
          <div className="text-xs font-normal text-slate-600">{m.username}</div>
        </>
      ),
    },
    { key: 'capabilities', label: t.managers.capabilities, className: 'min-w-40', cell: (m) => <TagList names={m.capabilities} /> },
    { key: 'hobbies', label: t.managers.hobbies, className: 'min-w-40', cell: (m) => <TagList names={m.hobbies} /> },
    { key: 'load', label: t.managers.load, className: 'min-w-32', cell: (m) => <LoadBar manager={m} /> },
    { key: 'capacity', label: t.managers.capacity, cell: capacityCell },
    {
      key: 'status',
      label: t.managers.status,
      cell: (m) => (
        <>
          <span className={`mb-1 block font-medium ${m.active ? 'text-green-800' : 'text-amber-800'}`}>{m.active ? t.managers.active : t.managers.onLeave}</span>
          <button type="button" className="btn-secondary whitespace-nowrap" onClick={() => setPending({ kind: 'active', manager: m, value: !m.active })}>
            {m.active ? t.managers.setLeave : t.managers.setActive}
            <span className="sr-only">: {m.name}</span>
          </button>
        </>
      ),
    },
    { key: 'actions', label: t.managers.actions, cell: transferCell },
  ];

  const dialogTitle = !pending
    ? ''
    : pending.kind === 'capacity'
      ? t.managers.confirmCapacity(pending.manager.name, pending.manager.capacity, pending.value)
      : pending.value
        ? t.managers.confirmActive(pending.manager.name)
        : t.managers.confirmLeave(pending.manager.name);

  return (
    <Page
      title={t.managers.title}
      actions={
        <div className="flex flex-wrap items-start gap-2">
          <button type="button" className="btn-secondary" onClick={() => setImporting(true)}>
            {t.exchange.importManagers}
          </button>
          <ExportButton path="/api/admin/export/managers.csv" label={t.exchange.exportManagers} fallbackName="portrait-managers.csv" />
        </div>
      }
    >
      {message && <Notice kind="success">{message}</Notice>}
      {state.loading && !state.data && <Loading />}
      {state.error !== undefined && <ErrorState error={state.error} onRetry={state.reload} />}
      {state.data && state.data.length === 0 && <EmptyState>{t.managers.empty}</EmptyState>}
      {state.data && state.data.length > 0 && <DataTable caption={t.managers.caption} columns={columns} rows={state.data} rowKey={(m) => m.user_id} />}
      <ConfirmDialog
        open={pending !== null}
        title={dialogTitle}
        danger={pending?.kind === 'active' && !pending.value}
        busy={busy}
        onConfirm={() => void confirm()}
        onCancel={() => setPending(null)}
      />
      {importing && (
        <ImportDialog
          kind="managers"
          onClose={(changed) => {
            setImporting(false);
            if (changed) state.reload();
          }}
        />
      )}
    </Page>
  );
}
