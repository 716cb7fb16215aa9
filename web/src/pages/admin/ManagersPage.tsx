import { useState } from 'react';
import { useNavigate } from 'react-router';
import { allManagers, api, call, type ManagerProfile } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ExportButton } from '../../components/exchange/ExportButton';
import { ImportDialog } from '../../components/exchange/ImportDialog';
import { Page } from '../../components/Page';
import { EmptyState, ErrorState, Loading, Notice, useErrorText } from '../../components/States';
import { TagList } from '../../components/TagChips';
import { useI18n } from '../../i18n/i18n';
import { useAsync } from '../../lib/useAsync';

type Pending = { kind: 'capacity'; manager: ManagerProfile; value: number } | { kind: 'active'; manager: ManagerProfile; value: boolean };

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
      const res = await call(api.POST('/api/admin/managers/{id}/transfer', { params: { path: { id: m.user_id } }, body: { dry_run: true } }));
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
      const updated = await call(api.PUT('/api/managers/{id}/profile', { params: { path: { id: manager.user_id } }, body }));
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
      {state.data && state.data.length > 0 && (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="sr-only">{t.managers.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.managers.name}</th>
                <th scope="col">{t.managers.capabilities}</th>
                <th scope="col">{t.managers.hobbies}</th>
                <th scope="col">{t.managers.load}</th>
                <th scope="col">{t.managers.capacity}</th>
                <th scope="col">{t.managers.status}</th>
                <th scope="col">{t.managers.actions}</th>
              </tr>
            </thead>
            <tbody>
              {state.data.map((m) => {
                const draft = drafts[m.user_id] ?? String(m.capacity);
                const changed = draft !== String(m.capacity);
                const pct = m.capacity > 0 ? Math.min(100, Math.round((m.customer_count / m.capacity) * 100)) : 0;
                const err = rowErrors[m.user_id];
                return (
                  <tr key={m.user_id}>
                    <th scope="row" className="text-left font-medium">
                      {m.name}
                      <div className="text-xs font-normal text-slate-600">{m.username}</div>
                    </th>
                    <td className="min-w-40">
                      <TagList names={m.capabilities} />
                    </td>
                    <td className="min-w-40">
                      <TagList names={m.hobbies} />
                    </td>
                    <td className="min-w-32">
                      <span className="tabular-nums">
                        {m.customer_count} / {m.capacity}
                      </span>
                      <div className="mt-1 h-2 w-full rounded bg-slate-200" aria-hidden="true">
                        <div className={`h-2 rounded ${pct >= 100 ? 'bg-red-700' : 'bg-blue-700'}`} style={{ width: `${pct}%` }} />
                      </div>
                    </td>
                    <td>
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
                    </td>
                    <td>
                      <span className={`mb-1 block font-medium ${m.active ? 'text-green-800' : 'text-amber-800'}`}>{m.active ? t.managers.active : t.managers.onLeave}</span>
                      <button type="button" className="btn-secondary whitespace-nowrap" onClick={() => setPending({ kind: 'active', manager: m, value: !m.active })}>
                        {m.active ? t.managers.setLeave : t.managers.setActive}
                        <span className="sr-only">: {m.name}</span>
                      </button>
                    </td>
                    <td>
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
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
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
