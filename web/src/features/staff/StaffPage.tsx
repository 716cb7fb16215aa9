// The admin's staff page (/admin/staff): the managers and admins of the admin's part of the
// organisation, filtered in the address bar; new accounts, changes, password resets,
// deactivation (refused for a manager who still has customers, with their departure offered)
// and a manager's departure.
import { useState } from 'react';
import { ApiError, type StaffMember } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { formatNumber } from '../../shared/format';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { PagedTable, type Column } from '../../shared/ui/DataTable';
import { Page } from '../../shared/ui/Page';
import { Notice, useErrorText } from '../../shared/ui/States';
import { useAsync } from '../../shared/useAsync';
import { useListParams } from '../../shared/useListParams';
import { useAuth } from '../auth/session';
import { listUnits } from '../organisation/api';
import { listStaff, updateStaff, type Departure } from './api';
import { DepartureDialog } from './DepartureDialog';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { StaffFilters } from './StaffFilters';
import { EditStaffDialog, NewStaffDialog } from './StaffFormDialogs';
import { StaffStatus } from './StaffStatus';
import { readStaffQuery } from './staffQuery';

type Action =
  | { kind: 'new' }
  | { kind: 'edit' | 'password' | 'active'; member: StaffMember }
  | { kind: 'departure'; member: StaffMember; initial?: Departure };
type Message = { kind: 'success' | 'error'; text: string };

/** `pollMs`: how often a departure's preview still running is fetched again (tests shorten it). */
export default function StaffPage({ pollMs }: { pollMs?: number }) {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const { session } = useAuth();
  const { params, update, goToPage } = useListParams();
  const query = readStaffQuery(params);
  const state = useAsync(() => listStaff(query), [JSON.stringify(query)]);
  const units = useAsync(listUnits, []);
  const [action, setAction] = useState<Action | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  /** A manager the server would not deactivate because of their book: their departure is offered. */
  const [booked, setBooked] = useState<StaffMember | null>(null);
  const [saving, setSaving] = useState(false);


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
    { key: 'status', label: t.staff.status, cell: (m) => <StaffStatus member={m} /> },
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
          {m.role === 'manager' && m.status !== 'deactivated' && button({ kind: 'departure', member: m }, t.departure.action)}
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
              <button type="button" className="btn-secondary" onClick={() => start({ kind: 'departure', member: booked, initial: 'deactivated' })}>
                {t.staff.offerDeparture(booked.name)}
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
      {action?.kind === 'departure' && (
        <DepartureDialog member={action.member} initial={action.initial} pollMs={pollMs} onCancel={() => setAction(null)} onDone={done} />
      )}
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
