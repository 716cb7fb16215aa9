// The admin's managers page (/admin/managers): one page of managers at a time, searched and
// filtered by unit in the address bar; capacity, leave, book transfer, CSV import and export.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { ManagerProfile } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { CAPACITY_RANGE, parseWholeNumber } from '../../shared/format';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { PagedTable, type Column } from '../../shared/ui/DataTable';
import { Page } from '../../shared/ui/Page';
import { Notice, useErrorText } from '../../shared/ui/States';
import { TagList } from '../../shared/ui/TagChips';
import { useAsync } from '../../shared/useAsync';
import { useListParams } from '../../shared/useListParams';
import { ExportButton } from '../exchange/ExportButton';
import { ImportDialog } from '../exchange/ImportDialog';
import { listUnits } from '../organisation/api';
import { listManagers, previewTransfer, updateManagerProfile } from './api';
import { CapacityCell, LoadBar, TransferCell } from './ManagerCells';
import { ManagerFilters } from './ManagerFilters';
import { readManagerQuery } from './managerQuery';

type Pending = { kind: 'capacity'; manager: ManagerProfile; value: number } | { kind: 'active'; manager: ManagerProfile; value: boolean };

export default function ManagersPage() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { params, update, goToPage } = useListParams();
  const query = readManagerQuery(params);
  const state = useAsync(() => listManagers(query), [JSON.stringify(query)]);
  const units = useAsync(listUnits, []);
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

  const replace = (p: ManagerProfile) => state.data && state.setData({ ...state.data, items: state.data.items.map((m) => (m.user_id === p.user_id ? p : m)) });

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
    // Checked before the confirmation: asking to confirm a value the server will refuse helps nobody.
    const value = parseWholeNumber(drafts[m.user_id] ?? String(m.capacity), CAPACITY_RANGE.min, CAPACITY_RANGE.max);
    if (value === null) {
      setRowErrors((r) => ({ ...r, [m.user_id]: t.managers.capacityInvalid }));
      document.getElementById(`cap-${m.user_id}`)?.focus();
      return;
    }
    setRowErrors(({ [m.user_id]: _, ...rest }) => rest);
    setPending({ kind: 'capacity', manager: m, value });
  };

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
    { key: 'unit', label: t.managers.unit, className: 'whitespace-nowrap', cell: (m) => <span title={m.unit_code}>{m.unit_name}</span> },
    { key: 'capabilities', label: t.managers.capabilities, className: 'min-w-40', cell: (m) => <TagList names={m.capabilities} /> },
    { key: 'hobbies', label: t.managers.hobbies, className: 'min-w-40', cell: (m) => <TagList names={m.hobbies} /> },
    { key: 'load', label: t.managers.load, className: 'min-w-32', cell: (m) => <LoadBar manager={m} /> },
    {
      key: 'capacity',
      label: t.managers.capacity,
      cell: (m) => (
        <CapacityCell
          manager={m}
          draft={drafts[m.user_id] ?? String(m.capacity)}
          onDraft={(v) => setDrafts((d) => ({ ...d, [m.user_id]: v }))}
          error={rowErrors[m.user_id]}
          onSave={() => askCapacity(m)}
        />
      ),
    },
    {
      key: 'status',
      label: t.managers.status,
      cell: (m) => (
        <>
          <span className={`mb-1 block font-medium ${m.active ? 'text-green-800' : 'text-amber-800'}`}>{m.active ? t.managers.active : t.managers.onLeave}</span>
          <button type="button" className="btn-secondary whitespace-nowrap" onClick={() => setPending({ kind: 'active', manager: m, value: !m.active })}>
            {m.active ? t.managers.setLeave : t.managers.setActive}
            <span className="sr-only">: {t.common.nameWithUsername(m.name, m.username)}</span>
          </button>
        </>
      ),
    },
    {
      key: 'actions',
      label: t.managers.actions,
      cell: (m) => (
        <TransferCell manager={m} transferring={transferring} error={transferError?.id === m.user_id ? transferError.text : undefined} onTransfer={() => void transfer(m)} />
      ),
    },
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
      <ManagerFilters query={query} units={units.data ?? []} update={update} />
      <PagedTable
        state={state}
        empty={query.q || query.unit_id ? t.managers.noMatch : t.managers.empty}
        caption={t.managers.caption}
        columns={columns}
        rowKey={(m) => m.user_id}
        onPage={goToPage}
        pagerWhenEmpty
      />
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
