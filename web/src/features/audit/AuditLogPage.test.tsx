// Tests of the audit log's unit column: the unit's name (code on hover), "whole bank" for bank-wide entries.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AuditRecord } from '../../api/client';
import { json, mockFetch, renderApp, session } from '../../test/utils';
import { units } from '../analytics/fixtures';
import AuditLogPage from './AuditLogPage';

const record = (id: number, unit_id: number | null): AuditRecord => ({
  id,
  at: 1_700_000_000,
  actor_id: 1,
  actor: { username: 'admin', name: '管理员' },
  target_account: null,
  action: 'customer.update',
  target: `customer:${id}`,
  before: null,
  after: null,
  unit_id,
});

const ITEMS = [record(3, 2), record(2, null), record(1, 77)];

describe('AuditLogPage', () => {
  it('names each entry’s unit from the units list', async () => {
    mockFetch((_req, url) => {
      if (url.pathname === '/api/admin/units') return json({ units });
      if (url.pathname === '/api/admin/audit-log') return json({ items: ITEMS, total: 3, page: 1, per_page: 25 });
      return json({ error: 'not_found', message: url.pathname }, 404);
    });
    renderApp(<AuditLogPage />, { session: session('admin', 1), route: '/admin/audit-log' });
    const table = await screen.findByRole('table', { name: '审计记录，最新在前' });
    const column = [...table.querySelectorAll('thead th')].findIndex((h) => h.textContent === '机构');
    expect(column).toBeGreaterThan(-1);
    const cells = () => [...table.querySelectorAll('tbody tr')].map((r) => r.querySelectorAll('td, th')[column]!);
    expect(await within(table).findByText('上海分行')).toHaveAttribute('title', 'SH');
    // Bank-wide, and a unit the list does not hold (it still says which).
    expect(cells().map((c) => c.textContent)).toEqual(['上海分行', '全行', '机构 #77']);
  });

  it('says “whole bank” in English too', async () => {
    mockFetch((_req, url) => {
      if (url.pathname === '/api/admin/units') return json({ units });
      return json({ items: [record(2, null)], total: 1, page: 1, per_page: 25 });
    });
    renderApp(<AuditLogPage />, { session: session('admin', 1), route: '/admin/audit-log', lang: 'en' });
    expect(await screen.findByText('Whole bank')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Unit' })).toBeInTheDocument();
  });
});
