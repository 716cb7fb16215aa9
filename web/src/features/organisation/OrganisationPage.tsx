// The admin's organisation page (/admin/organisation): the tree of units from the admin's own
// down, with what each holds; head-office admins add, rename, move and close units.
import { useState } from 'react';
import type { Unit } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { formatNumber } from '../../shared/format';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { DataTable, type Column } from '../../shared/ui/DataTable';
import { Page } from '../../shared/ui/Page';
import { EmptyState, ErrorState, Loading, Notice, useErrorText } from '../../shared/ui/States';
import { useAsync } from '../../shared/useAsync';
import { closeUnit, listUnits } from './api';
import { visibleUnits, withChildren } from './tree';
import { AddUnitDialog, MoveUnitDialog, RenameUnitDialog } from './UnitDialogs';

type Action = { kind: 'add' | 'rename' | 'move' | 'close'; unit: Unit };
type Message = { kind: 'success' | 'error'; text: string };

/** The unit's name, indented by its depth, with the expand / collapse button when it has sub-units. */
function UnitName({ unit: u, units, level, expandable, expanded, onToggle }: {
  unit: Unit;
  units: readonly Unit[];
  level: number;
  expandable: boolean;
  expanded: boolean;
  onToggle: () => void;
}) {
  const { t } = useI18n();
  const parent = u.parent_id === null ? undefined : units.find((p) => p.id === u.parent_id);
  return (
    <div className="flex items-start gap-1" style={{ paddingInlineStart: `${level * 1.5}rem` }}>
      {expandable ? (
        <button
          type="button"
          className="-my-1 inline-flex size-7 shrink-0 items-center justify-center rounded text-slate-700 hover:bg-slate-200"
          aria-expanded={expanded}
          onClick={onToggle}
        >
          <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
          <span className="sr-only">{t.organisation.subUnits(u.name)}</span>
        </button>
      ) : (
        <span className="inline-block w-7 shrink-0" aria-hidden="true" />
      )}
      <span className={u.closed ? 'text-slate-600' : undefined}>
        {u.name}
        {parent && <span className="sr-only">{t.organisation.under(parent.name)}</span>}
        {u.closed && (
          <span className="ml-2 inline-block rounded border border-slate-500 bg-slate-100 px-1.5 text-xs font-medium text-slate-800">{t.organisation.closed}</span>
        )}
      </span>
    </div>
  );
}

/** Customers assigned to the unit's managers; above its capacity in red, with the words. */
function Load({ unit: u }: { unit: Unit }) {
  const { t, locale } = useI18n();
  const over = u.load > u.capacity;
  return (
    <>
      <span className={over ? 'font-semibold text-red-800' : undefined}>{formatNumber(u.load, locale)}</span>
      {over && (
        <span className="ml-2 inline-block rounded border border-red-700 bg-red-50 px-1.5 text-xs font-medium whitespace-nowrap text-red-900">
          {t.organisation.overCapacity}
        </span>
      )}
    </>
  );
}

export default function OrganisationPage() {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const state = useAsync(listUnits, []);
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(new Set());
  const [action, setAction] = useState<Action | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [closing, setClosing] = useState(false);

  const units = state.data ?? [];
  // The list starts at the admin's own unit: only the head office (the root) may change the tree.
  const headOffice = units[0]?.parent_id === null;
  const top = units[0]?.depth ?? 0;
  const parents = withChildren(units);
  const rows = visibleUnits(units, collapsed);

  const toggle = (id: number) =>
    setCollapsed((c) => {
      const next = new Set(c);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const done = (text: string) => {
    // A sub-unit just added shows under its parent.
    if (action?.kind === 'add') setCollapsed((c) => new Set([...c].filter((id) => id !== action.unit.id)));
    setAction(null);
    setMessage({ kind: 'success', text });
    state.reload();
  };

  const confirmClose = async () => {
    if (action?.kind !== 'close') return;
    const { unit } = action;
    setClosing(true);
    try {
      await closeUnit(unit.id);
      setMessage({ kind: 'success', text: t.organisation.closedDone(unit.name) });
      state.reload();
    } catch (e) {
      setMessage({ kind: 'error', text: errorText(e) });
      // A refusal may mean the tree changed meanwhile: show it as it is now.
      state.reload();
    } finally {
      setClosing(false);
      setAction(null);
    }
  };

  // Repeated on every row, so each says which unit it acts on (the visible words first).
  const button = (kind: Action['kind'], u: Unit, label: string) => (
    <button
      type="button"
      className="btn-secondary px-3"
      aria-label={`${label} ${u.name}`}
      onClick={() => {
        setMessage(null);
        setAction({ kind, unit: u });
      }}
    >
      {label}
    </button>
  );

  const columns: Column<Unit>[] = [
    {
      key: 'name',
      label: t.organisation.unit,
      rowHeader: true,
      className: 'min-w-48 text-left font-medium',
      cell: (u) => (
        <UnitName
          unit={u}
          units={units}
          level={u.depth - top}
          expandable={parents.has(u.id)}
          expanded={!collapsed.has(u.id)}
          onToggle={() => toggle(u.id)}
        />
      ),
    },
    { key: 'code', label: t.organisation.code, cell: (u) => <code className="rounded bg-slate-100 px-1">{u.code}</code> },
    { key: 'managers', label: t.organisation.managers, className: 'tabular-nums', cell: (u) => formatNumber(u.managers, locale) },
    { key: 'customers', label: t.organisation.customers, className: 'tabular-nums', cell: (u) => formatNumber(u.customers, locale) },
    { key: 'capacity', label: t.organisation.capacity, className: 'tabular-nums', cell: (u) => formatNumber(u.capacity, locale) },
    { key: 'load', label: t.organisation.load, className: 'tabular-nums', cell: (u) => <Load unit={u} /> },
  ];
  if (headOffice) {
    columns.push({
      key: 'actions',
      label: t.organisation.actions,
      cell: (u) =>
        u.closed ? (
          '—'
        ) : (
          <div className="flex flex-wrap gap-1">
            {button('add', u, t.organisation.addChild)}
            {button('rename', u, t.organisation.rename)}
            {u.parent_id !== null && button('move', u, t.organisation.move)}
            {u.parent_id !== null && button('close', u, t.organisation.close)}
          </div>
        ),
    });
  }

  return (
    <Page title={t.organisation.title}>
      <p className="mb-3 text-sm text-slate-700">{t.organisation.note}</p>
      {state.data && !headOffice && units.length > 0 && <Notice>{t.organisation.headOfficeOnly}</Notice>}
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      {state.loading && !state.data && <Loading />}
      {state.error !== undefined && <ErrorState error={state.error} onRetry={state.reload} />}
      {state.data && units.length === 0 && <EmptyState>{t.organisation.empty}</EmptyState>}
      {units.length > 0 && <DataTable caption={t.organisation.caption} columns={columns} rows={rows} rowKey={(u) => u.id} busy={state.loading} />}
      {action?.kind === 'add' && <AddUnitDialog unit={action.unit} onCancel={() => setAction(null)} onDone={done} />}
      {action?.kind === 'rename' && <RenameUnitDialog unit={action.unit} onCancel={() => setAction(null)} onDone={done} />}
      {action?.kind === 'move' && <MoveUnitDialog unit={action.unit} units={units} onCancel={() => setAction(null)} onDone={done} />}
      <ConfirmDialog
        open={action?.kind === 'close'}
        title={action ? t.organisation.closeTitle(action.unit.name) : ''}
        confirmLabel={t.organisation.close}
        danger
        busy={closing}
        onConfirm={() => void confirmClose()}
        onCancel={() => setAction(null)}
      >
        {t.organisation.closeBody}
      </ConfirmDialog>
    </Page>
  );
}
