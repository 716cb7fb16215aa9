// The admin's staff page (/admin/staff): the managers and admins of the admin's part of the
// organisation, filtered in the address bar; new accounts, changes, password resets, and
// deactivation (refused for a manager who still has customers, with the way to move them).
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError, type StaffMember } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { formatNumber } from '../../shared/format';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { PagedTable, type Column } from '../../shared/ui/DataTable';
import { Page } from '../../shared/ui/Page';
import { Notice, useErrorText } from '../../shared/ui/States';
import { useAsync } from '../../shared/useAsync';
import { useAuth } from '../auth/session';
import { previewTransfer } from '../managers/api';
import { listUnits } from '../organisation/api';
import { listStaff, updateStaff } from './api';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { StaffFilters } from './StaffFilters';
import { EditStaffDialog, NewStaffDialog } from './StaffFormDialogs';
import { readStaffQuery } from './staffQuery';

type Action = { kind: 'new' } | { kind: 'edit' | 'password' | 'active'; member: StaffMember };
type Message = { kind: 'success' | 'error'; text: string };

const badge = 'inline-block rounded border px-1.5 text-xs font-medium whitespace-nowrap';

/** Active or deactivated, and whether a password an admin set still waits to be changed: in words, not only colour. */
function Status({ member: m }: { member: StaffMember }) {
  const { t } = useI18n();
  return (
    <div className="flex flex-wrap gap-1">
      {m.active ? (
        <span className={`${badge} border-green-700 bg-green-50 text-green-900`}>{t.staff.active}</span>
      ) : (
        <span className={`${badge} border-slate-500 bg-slate-100 text-slate-800`}>{t.staff.inactive}</span>
      )}
      {m.must_change_password && <span className={`${badge} border-amber-700 bg-amber-50 text-amber-900`}>{t.staff.mustChange}</span>}
    </div>
  );
}

export default function StaffPage() {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const { session } = useAuth();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const query = readStaffQuery(params);
  const state = useAsync(() => listStaff(query), [JSON.stringify(query)]);
  const units = useAsync(listUnits, []);
  const [action, setAction] = useState<Action | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  /** A manager the server would not deactivate because of their book: the way to move it. */
  const [booked, setBooked] = useState<StaffMember | null>(null);
  const [transferring, setTransferring] = useState(false);
  const [saving, setSaving] = useState(false);

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, v);
    }
    next.delete('page');
    setParams(next);
  };
  const goToPage = (p: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(p));
    setParams(next);
  };

  const start = (a: Action) => {
    setMessage(null);
    setBooked(null);
    setAction(a);
  };

  const done = (text: string) => {
    setAction(null);
    setMessage({ kind: 'success', text });
    state.reload();
  };

  const confirmActive = async () => {
    if (action?.kind !== 'active') return;
    const m = action.member;
    setSaving(true);
    try {
      const updated = await updateStaff(m.id, { active: !m.active });
      setMessage({ kind: 'success', text: updated.active ? t.staff.reactivated(updated.name) : t.staff.deactivated(updated.name) });
    } catch (e) {
      if (e instanceof ApiError && e.error === 'manager_has_customers') {
        setMessage({ kind: 'error', text: t.staff.hasCustomers(m.name) });
        setBooked(m);
      } else {
        setMessage({ kind: 'error', text: errorText(e) });
      }
    } finally {
      setSaving(false);
      setAction(null);
      state.reload();
    }
  };

  /** A dry-run transfer of the manager's whole book; its page shows the preview to commit. */
  const transfer = async (m: StaffMember) => {
    setTransferring(true);
    try {
      const res = await previewTransfer(m.id);
      navigate(`/admin/runs/${res.run_id}`);
    } catch (e) {
      setTransferring(false);
      setMessage({ kind: 'error', text: errorText(e) });
      setBooked(null);
    }
  };

  // Repeated on every row, so each says whom it acts on (the visible words first).
  const button = (a: Action & { member: StaffMember }, label: string, disabled = false) => (
    <button
      type="button"
      className="btn-secondary min-h-9 px-3 py-1 text-sm"
      aria-label={`${label} ${a.member.username}`}
      disabled={disabled}
      onClick={() => start(a)}
    >
      {label}
    </button>
  );

  const dash = '—';
  const columns: Column<StaffMember>[] = [
    {
      key: 'username',
      label: t.staff.username,
      rowHeader: true,
      className: 'text-left font-medium',
      cell: (m) => (
        <>
          {m.username}
          {m.id === session?.user.id && <span className="font-normal text-slate-700">{t.staff.you}</span>}
        </>
      ),
    },
    { key: 'name', label: t.staff.name, className: 'min-w-24', cell: (m) => m.name },
    { key: 'role', label: t.staff.role, className: 'whitespace-nowrap', cell: (m) => t.roles[m.role] ?? m.role },
    { key: 'unit', label: t.staff.unit, className: 'whitespace-nowrap', cell: (m) => <code className="rounded bg-slate-100 px-1">{m.unit_code}</code> },
    { key: 'grade', label: t.staff.grade, className: 'tabular-nums', cell: (m) => (m.grade == null ? dash : formatNumber(m.grade, locale)) },
    { key: 'phone', label: t.staff.phone, className: 'whitespace-nowrap', cell: (m) => m.phone ?? dash },
    { key: 'email', label: t.staff.email, className: 'break-all', cell: (m) => m.email ?? dash },
    { key: 'capacity', label: t.staff.capacity, className: 'tabular-nums', cell: (m) => (m.capacity == null ? dash : formatNumber(m.capacity, locale)) },
    { key: 'status', label: t.staff.status, cell: (m) => <Status member={m} /> },
    {
      key: 'actions',
      label: t.staff.actions,
      // One line of buttons: on a narrow screen the table scrolls sideways in its box instead.
      cell: (m) => (
        <div className="flex gap-1">
          {/* The unit choice needs the units. */}
          {button({ kind: 'edit', member: m }, t.staff.edit, !units.data)}
          {/* One's own password is changed on the password page, and one cannot deactivate oneself. */}
          {m.id !== session?.user.id && button({ kind: 'password', member: m }, t.staff.resetPassword)}
          {m.id !== session?.user.id && button({ kind: 'active', member: m }, m.active ? t.staff.deactivate : t.staff.reactivate)}
        </div>
      ),
    },
  ];

  const unitList = units.data ?? [];
  const pending = action?.kind === 'active' ? action.member : null;

  return (
    <Page
      title={t.staff.title}
      actions={
        <button type="button" className="btn-primary" disabled={!units.data} onClick={() => start({ kind: 'new' })}>
          {t.staff.add}
        </button>
      }
    >
      <p className="mb-3 text-sm text-slate-700">{t.staff.intro}</p>
      {units.error !== undefined && (
        <Notice kind="error">
          {t.staff.unitsFailed} {errorText(units.error)}{' '}
          <button type="button" className="btn-secondary ml-2" onClick={units.reload}>
            {t.common.retry}
          </button>
        </Notice>
      )}
      {message && (
        <Notice kind={message.kind}>
          {message.text}
          {booked && (
            <div className="mt-2">
              <button type="button" className="btn-secondary" disabled={transferring} onClick={() => void transfer(booked)}>
                {transferring ? t.staff.transferring : t.staff.transfer(booked.name)}
              </button>
            </div>
          )}
        </Notice>
      )}
      <StaffFilters query={query} units={unitList} update={update} />
      <PagedTable state={state} empty={t.staff.empty} caption={t.staff.caption} columns={columns} rowKey={(m) => m.id} onPage={goToPage} pagerWhenEmpty />
      {action?.kind === 'new' && <NewStaffDialog units={unitList} unitId={query.unit_id ?? undefined} onCancel={() => setAction(null)} onDone={done} />}
      {action?.kind === 'edit' && <EditStaffDialog member={action.member} units={unitList} onCancel={() => setAction(null)} onDone={done} />}
      {action?.kind === 'password' && <ResetPasswordDialog member={action.member} onCancel={() => setAction(null)} onDone={done} />}
      <ConfirmDialog
        open={pending !== null}
        title={pending ? (pending.active ? t.staff.deactivateTitle(pending.name) : t.staff.reactivateTitle(pending.name)) : ''}
        confirmLabel={pending?.active === false ? t.staff.reactivate : t.staff.deactivate}
        danger={pending?.active === true}
        busy={saving}
        onConfirm={() => void confirmActive()}
        onCancel={() => setAction(null)}
      >
        {pending?.active === false ? t.staff.reactivateBody : t.staff.deactivateBody}
      </ConfirmDialog>
    </Page>
  );
}
