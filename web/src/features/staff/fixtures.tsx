// Fixtures for the staff page tests: units and staff, a fake server answering them (with queued
// answers for writes, and a departure's run), the page rendered at a route, and helpers to find a
// row and the calls made.
import { screen } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import type { Run, StaffMember, Unit } from '../../api/client';
import { json, mockFetch, renderApp, session } from '../../test/utils';
import { proposedRun } from '../runs/fixtures';
import StaffPage from './StaffPage';

const unit = (u: Pick<Unit, 'id' | 'code' | 'name' | 'parent_id' | 'depth'> & Partial<Unit>): Unit => ({
  closed: false,
  managers: 0,
  customers: 0,
  admins: 0,
  capacity: 0,
  load: 0,
  ...u,
});

export const UNITS: Unit[] = [
  unit({ id: 1, code: 'HQ', name: '总行', parent_id: null, depth: 0 }),
  unit({ id: 2, code: 'SH', name: '上海分行', parent_id: 1, depth: 1 }),
  unit({ id: 3, code: 'SH-PD', name: '浦东支行', parent_id: 2, depth: 2 }),
  unit({ id: 4, code: 'OLD', name: '旧分行', parent_id: 1, depth: 1, closed: true }),
];

const member = (m: Pick<StaffMember, 'id' | 'username' | 'name' | 'role'> & Partial<StaffMember>): StaffMember => ({
  unit_id: 1,
  unit_code: 'HQ',
  grade: null,
  phone: null,
  email: null,
  active: true,
  status: 'active',
  must_change_password: false,
  capacity: m.role === 'manager' ? 50 : null,
  created_at: 1_700_000_000,
  ...m,
});

const STAFF: StaffMember[] = [
  member({ id: 1, username: 'admin', name: '系统管理员', role: 'admin' }),
  member({ id: 2, username: 'li.na', name: '李娜', role: 'manager', unit_id: 3, unit_code: 'SH-PD', must_change_password: true }),
  member({ id: 3, username: 'manager1', name: '经理1', role: 'manager', unit_id: 2, unit_code: 'SH', grade: 3, phone: '+86 21 6888 8888', email: 'm1@bank.example', capacity: 1200 }),
  member({ id: 4, username: 'old.admin', name: '老管理员', role: 'admin', unit_id: 4, unit_code: 'OLD', active: false, status: 'deactivated' }),
  member({ id: 5, username: 'wang.fang', name: '王芳', role: 'manager', unit_id: 2, unit_code: 'SH', status: 'on_leave' }),
];

/** A departure's proposal for manager1 (run 77): 3 customers move, 1 finds no seat, 1 manager left out. */
export function departureRun(over: Partial<Run> = {}): Run {
  const base = proposedRun({ id: 77, kind: 'transfer', subject_id: 3, departure: 'deactivated', ...over });
  return base.summary ? { ...base, summary: { ...base.summary, changed_count: 3, capacity_shortfall: 1, managers_unavailable: 1 }, ...over } : base;
}

/** What a departure or a run's commit answers. */
export const runAnswer = (run: Run, status = 200) => ({
  status,
  body: { run_id: run.id, status: run.status, changed_count: 3, capacity_shortfall: 1, run },
});

/** A queued answer; with `gate`, it waits for the promise first (to see what shows meanwhile). */
type Answer = { status: number; body: unknown; gate?: Promise<unknown> };

interface Options {
  staff?: StaffMember[];
  units?: Unit[];
  /** The answers to GET /api/admin/assignment-runs/77, in turn (the last one repeated). */
  runs?: Run[];
}

/**
 * The units, the staff page (total 60 to have a pager), run 77, and one queued answer per write;
 * by default a member as changed, a departure's proposal, a committed or discarded run.
 */
export function server(writes: Answer[] = [], { staff = STAFF, units = UNITS, runs = [] }: Options = {}) {
  return mockFetch(async (req, url) => {
    if (req.method === 'GET' && url.pathname === '/api/admin/units') return json({ units });
    if (req.method === 'GET' && url.pathname === '/api/admin/staff') {
      return json({ items: staff, total: 60, page: Number(url.searchParams.get('page') ?? 1), per_page: 25 });
    }
    if (req.method === 'GET' && url.pathname === '/api/admin/assignment-runs/77') return json(runs.length > 1 ? runs.shift() : (runs[0] ?? departureRun()));
    const next = writes.shift();
    if (next) {
      await next.gate;
      return json(next.body, next.status);
    }
    const body = JSON.parse((await req.text()) || '{}');
    if (req.method === 'POST' && url.pathname === '/api/admin/staff') return json(member({ id: 9, unit_code: 'SH', must_change_password: true, ...body }), 201);
    if (url.pathname.endsWith('/departure')) return json(runAnswer(departureRun({ departure: body.status })).body);
    if (url.pathname.endsWith('/commit')) return json(departureRun({ status: 'committed', committed_by: 1 }));
    if (url.pathname.endsWith('/discard')) return json(departureRun({ status: 'discarded' }));
    const id = Number(url.pathname.split('/')[4]);
    return json({ ...staff.find((s) => s.id === id), ...body });
  });
}

function Where() {
  const location = useLocation();
  return <p data-testid="where">{location.pathname + location.search}</p>;
}

export const renderPage = (route = '/admin/staff', lang: 'zh' | 'en' = 'zh') =>
  renderApp(
    <>
      <Routes>
        <Route path="/admin/staff" element={<StaffPage pollMs={20} />} />
        <Route path="/admin/runs/:id" element={<h1>run</h1>} />
      </Routes>
      <Where />
    </>,
    { session: session('admin', 1), route, lang },
  );

export const row = (username: string) => {
  const th = screen.getAllByRole('rowheader').find((h) => h.textContent?.replace(/（您）| \(you\)/, '') === username);
  if (!th) throw new Error(`no row for ${username}`);
  return th.closest('tr') as HTMLElement;
};
export const staffGets = (calls: { method: string; url: URL }[]) => calls.filter((c) => c.method === 'GET' && c.url.pathname === '/api/admin/staff');
export const writes = (calls: { method: string; url: URL; body: unknown }[]) => calls.filter((c) => c.method !== 'GET').map((c) => [c.method, c.url.pathname, c.body]);
