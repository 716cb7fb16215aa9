// Tests of the dashboard: every analysis shown, gaps and projection after the scores, one failure retried alone.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, renderApp, session } from '../../test/utils';
import DashboardPage from './DashboardPage';
import { gaps, personas, projection, scores, trend } from './fixtures';

const MANAGERS = {
  items: [
    { user_id: 2, username: 'manager1', name: '经理1', capabilities: [], hobbies: [], capacity: 50, active: true, customer_count: 12 },
    { user_id: 3, username: 'manager2', name: '经理2', capabilities: [], hobbies: [], capacity: 50, active: false, customer_count: 0 },
  ],
  total: 2,
  page: 1,
  per_page: 500,
};

function api(overrides: Record<string, () => Response | Promise<Response>> = {}) {
  return mockFetch((_req, url) => {
    const override = overrides[url.pathname];
    if (override) return override();
    switch (url.pathname) {
      case '/api/customers/classification':
        return json({ total: 20, classes: [{ class: 'A', count: 2 }, { class: 'C', count: 10 }, { class: 'unclassified', count: 8 }] });
      case '/api/customers':
        return json({ items: [], total: 8, page: 1, per_page: 1 });
      case '/api/managers':
        return json(MANAGERS);
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
      default:
        return json({ error: 'not_found', message: url.pathname }, 404);
    }
  });
}

describe('DashboardPage', () => {
  it('shows the headline figures, the class and load charts and every analysis', async () => {
    const { calls } = api();
    renderApp(<DashboardPage />, { session: session('admin'), route: '/admin' });
    expect(await screen.findByText('客户总数')).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: '客群 0' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '客群 1' })).toBeInTheDocument();
    for (const name of ['客户等级分布', '客户经理负载与容量', '匹配分分布：当前与最优可能', '运行趋势', '客户分布投影']) {
      expect(await screen.findByRole('figure', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('table', { name: '能力缺口' })).toBeInTheDocument();
    expect(calls.find((c) => c.url.pathname === '/api/admin/analytics/trend')?.url.searchParams.get('limit')).toBe('50');
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
});
