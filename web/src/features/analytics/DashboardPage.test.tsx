// Tests of the dashboard: every analysis shown, gaps and projection after the scores, one failure
// retried alone, and the unit filter (in the address bar) sent with every request.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, renderApp, session } from '../../test/utils';
import DashboardPage from './DashboardPage';
import { dashboard, gaps, personas, projection, scores, stats, trend, units } from './fixtures';

/** The requests that count only the chosen unit and its sub-units. */
const SCOPED = [
  '/api/admin/dashboard',
  '/api/admin/stats',
  '/api/admin/analytics/personas',
  '/api/admin/analytics/scores',
  '/api/admin/analytics/trend',
  '/api/admin/analytics/projection',
  '/api/admin/analytics/capability-gaps',
];

function api(overrides: Record<string, (url: URL) => Response | Promise<Response>> = {}) {
  return mockFetch((_req, url) => {
    const override = overrides[url.pathname];
    if (override) return override(url);
    switch (url.pathname) {
      case '/api/admin/units':
        return json({ units });
      case '/api/admin/dashboard':
        return json(dashboard);
      case '/api/admin/stats':
        return json(stats);
      case '/api/admin/analytics/personas':
        return json(personas);
      case '/api/admin/analytics/scores':
        return json(scores);
      case '/api/admin/analytics/trend':
        return json(trend);
      case '/api/admin/analytics/projection':
        return json(projection);
      case '/api/admin/analytics/capability-gaps':
        return json(gaps);
      case '/api/managers':
        return json({ items: managers, total: managers.length, page: 1, per_page: 500 });
      default:
        return json({ error: 'not_found', message: url.pathname }, 404);
    }
  });
}

function Where() {
  return <p data-testid="where">{useLocation().search}</p>;
}

/** The page at `route`, with the address bar's query shown for assertions. */
function renderAt(route: string) {
  renderApp(
    <Routes>
      <Route
        path="/admin"
        element={
          <>
            <DashboardPage />
            <Where />
          </>
        }
      />
    </Routes>,
    { session: session('admin'), route },
  );
}

/** Each scoped path once, with the unit_id it was last asked for (null: none). */
function scopedUnits(calls: { url: URL }[]) {
  const last = new Map<string, string | null>();
  for (const c of calls) if (SCOPED.includes(c.url.pathname)) last.set(c.url.pathname, c.url.searchParams.get('unit_id'));
  return Object.fromEntries(last);
}

const each = (unit: string | null) => Object.fromEntries(SCOPED.map((p) => [p, unit]));

/** The managers list, read for the usernames the load chart shows beside the names. */
const managers = stats.manager_loads.map((m) => ({
  user_id: m.manager_id,
  username: `manager${m.manager_id - 1}`,
  name: m.manager_name,
  capabilities: [],
  hobbies: [],
  capacity: m.capacity,
  customer_count: m.customer_count,
  active: m.active,
  unit_id: 2,
  unit_code: 'SH',
  unit_name: '上海分行',
}));

const kpi = (label: string) => screen.getByText(label).nextElementSibling;

describe('DashboardPage', () => {
  it('shows the headline figures, the class and load charts and every analysis', async () => {
    const { calls } = api();
    renderApp(<DashboardPage />, { session: session('admin'), route: '/admin' });
    expect(await screen.findByText('客户总数')).toBeInTheDocument();
    expect(kpi('客户总数')).toHaveTextContent('20');
    expect(kpi('客户经理')).toHaveTextContent('2');
    expect(screen.getByText('1 人在岗')).toBeInTheDocument();
    expect(kpi('未分配客户')).toHaveTextContent('8');
    expect(kpi('容量占用')).toHaveTextContent('12 / 50');
    expect(screen.getByText('24%')).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: '客群 0' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '客群 1' })).toBeInTheDocument();
    for (const name of ['客户等级分布', '客户经理负载与容量', '匹配分分布：当前与最优可能', '运行趋势', '客户分布投影']) {
      expect(await screen.findByRole('figure', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('table', { name: '能力缺口' })).toBeInTheDocument();
    // Names repeat; the load chart's managers come with their usernames.
    const loads = screen.getByRole('table', { name: '客户经理负载与容量' });
    expect(await within(loads).findByRole('rowheader', { name: '经理1（manager1）' })).toBeInTheDocument();
    expect(calls.find((c) => c.url.pathname === '/api/admin/analytics/trend')?.url.searchParams.get('limit')).toBe('50');
    // No unit chosen: the admin's whole part, so no unit_id.
    await waitFor(() => expect(scopedUnits(calls)).toEqual(each(null)));
  });

  it('asks for gaps and the projection only once the scores are back (one server computation)', async () => {
    let answerScores: (r: Response) => void = () => {};
    const { calls } = api({ '/api/admin/analytics/scores': () => new Promise<Response>((r) => (answerScores = r)) });
    renderApp(<DashboardPage />, { session: session('admin'), route: '/admin' });
    await screen.findByRole('figure', { name: '运行趋势' });
    const asked = () => calls.map((c) => c.url.pathname);
    expect(asked()).toContain('/api/admin/analytics/scores');
    expect(asked()).not.toContain('/api/admin/analytics/projection');
    expect(asked()).not.toContain('/api/admin/analytics/capability-gaps');
    answerScores(json(scores));
    expect(await screen.findByRole('table', { name: '能力缺口' })).toBeInTheDocument();
    expect(await screen.findByRole('figure', { name: '客户分布投影' })).toBeInTheDocument();
  });

  it('keeps the other analyses when one fails, and retries that one', async () => {
    let fail = true;
    api({
      '/api/admin/analytics/projection': () => (fail ? json({ error: 'internal_error', message: 'boom' }, 500) : json(projection)),
      '/api/admin/analytics/personas': () => json({ personas: [] }),
    });
    renderApp(<DashboardPage />, { session: session('admin'), route: '/admin' });
    const panel = await screen.findByRole('region', { name: '客户分布投影' });
    expect(await within(panel).findByRole('alert')).toHaveTextContent('服务器内部错误。');
    // Before the first segmentation the personas say so, with a way to start a run.
    expect(await screen.findByText(/还没有客户分群/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '去开始一次运行' })).toHaveAttribute('href', '/admin/runs');
    expect(await screen.findByRole('figure', { name: '运行趋势' })).toBeInTheDocument();
    fail = false;
    await userEvent.click(within(panel).getByRole('button', { name: '重试' }));
    await waitFor(() => expect(screen.getByRole('figure', { name: '客户分布投影' })).toBeInTheDocument());
    expect(screen.getByText('显示 6 / 10 位客户')).toBeInTheDocument();
  });

  it('sends the chosen unit with every dashboard and analytics request, and keeps it in the address bar', async () => {
    const { calls } = api({
      '/api/admin/dashboard': (url) => json(url.searchParams.get('unit_id') === '2' ? { ...dashboard, total_customers: 5 } : dashboard),
    });
    renderAt('/admin');
    await waitFor(() => expect(kpi('客户总数')).toHaveTextContent('20'));
    const filter = screen.getByLabelText('机构（含下级机构）');
    await screen.findByRole('option', { name: /上海分行/ });
    const user = userEvent.setup();
    await user.selectOptions(filter, '2');
    expect(screen.getByTestId('where')).toHaveTextContent(/^\?unit_id=2$/);
    await waitFor(() => expect(kpi('客户总数')).toHaveTextContent('5'));
    await waitFor(() => expect(scopedUnits(calls)).toEqual(each('2')));
    expect(await screen.findByRole('table', { name: '能力缺口' })).toBeInTheDocument();
    expect(calls.filter((c) => c.url.pathname === '/api/admin/analytics/trend').at(-1)?.url.searchParams.get('limit')).toBe('50');

    // Back to all units: the whole part again, without unit_id.
    await user.selectOptions(filter, '');
    expect(screen.getByTestId('where')).toHaveTextContent(/^$/);
    await waitFor(() => expect(kpi('客户总数')).toHaveTextContent('20'));
    await waitFor(() => expect(scopedUnits(calls)).toEqual(each(null)));
  });

  it('uses the unit in the address bar from the first request (a reload keeps it)', async () => {
    const { calls } = api();
    renderAt('/admin?unit_id=3');
    expect(await screen.findByRole('table', { name: '能力缺口' })).toBeInTheDocument();
    await waitFor(() => expect(scopedUnits(calls)).toEqual(each('3')));
    // Not one request went out for the whole part first.
    expect(calls.filter((c) => SCOPED.includes(c.url.pathname) && c.url.searchParams.get('unit_id') !== '3')).toEqual([]);
    await waitFor(() => expect(screen.getByLabelText('机构（含下级机构）')).toHaveValue('3'));
    expect(screen.getByRole('option', { name: /浦东支行/ })).toBeInTheDocument();
  });

  it('shows the refusal of a unit outside the admin’s part in place of the figures', async () => {
    api(Object.fromEntries(SCOPED.map((p) => [p, () => json({ error: 'forbidden', message: 'not your unit' }, 403)])));
    renderAt('/admin?unit_id=99');
    // The headline and the five analyses each say so; asking again would be refused again, so no Retry.
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(6));
    for (const alert of screen.getAllByRole('alert')) expect(alert).toHaveTextContent('您没有权限执行此操作。');
    expect(screen.queryByRole('button', { name: '重试' })).toBeNull();
    expect(screen.queryByText('客户总数')).toBeNull();
    await waitFor(() => expect(screen.getByLabelText('机构（含下级机构）')).toHaveValue('99'));
  });
});
