// Tests of a manager's book statistics: their own id, figures, charts, an empty book, an error.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, renderApp, session } from '../../test/utils';
import MyStatsPage from './MyStatsPage';
import { managerStats } from './fixtures';

describe('MyStatsPage', () => {
  it('shows the signed-in manager’s own book: figures, class mix and top needs', async () => {
    const { calls } = mockFetch(() => json(managerStats));
    renderApp(<MyStatsPage />, { session: session('manager', 7), route: '/manager/stats' });
    expect(await screen.findByRole('heading', { name: '我的客户统计', level: 1 })).toBeInTheDocument();
    expect(await screen.findByText('客户数', { selector: 'dt' })).toBeInTheDocument();
    expect(calls.map((c) => c.url.pathname)).toEqual(['/api/managers/7/stats']);
    expect(screen.getByText('客户数', { selector: 'dt' }).nextElementSibling).toHaveTextContent('12');
    expect(screen.getByText('容量使用').parentElement).toHaveTextContent('容量使用24%12 / 50');
    expect(screen.getByText('平均匹配分').nextElementSibling).toHaveTextContent('4.50');
    expect(screen.getByText('状态').nextElementSibling).toHaveTextContent('在岗');
    const classes = screen.getByRole('table', { name: '我的客户等级分布' });
    expect(within(classes).getAllByRole('row')).toHaveLength(7); // header + A–E + unclassified
    const needs = screen.getByRole('table', { name: '客户的主要需求' });
    expect(within(needs).getAllByRole('row')[1]).toHaveTextContent('教育975%');
  });

  it('explains an empty book instead of empty charts', async () => {
    mockFetch(() => json({ ...managerStats, customer_count: 0, utilisation: 0, mean_score: null, top_needs: [], class_mix: [] }));
    renderApp(<MyStatsPage />, { session: session('manager', 7), lang: 'en' });
    expect(await screen.findByText(/You have no customers yet/)).toBeInTheDocument();
    expect(screen.getByText('Mean score').nextElementSibling).toHaveTextContent('—');
    expect(screen.queryByRole('figure')).toBeNull();
  });

  it('shows a server fault with Retry', async () => {
    mockFetch(() => json({ error: 'internal_error', message: 'boom' }, 500));
    renderApp(<MyStatsPage />, { session: session('manager', 7) });
    expect(await screen.findByRole('alert')).toHaveTextContent('服务器内部错误。');
    expect(screen.getByRole('button', { name: '重试' })).toBeInTheDocument();
  });

  it('shows a refusal without Retry (it would be refused again)', async () => {
    mockFetch(() => json({ error: 'forbidden', message: 'no' }, 403));
    renderApp(<MyStatsPage />, { session: session('manager', 7) });
    expect(await screen.findByRole('alert')).toHaveTextContent('您没有权限执行此操作。');
    expect(screen.queryByRole('button', { name: '重试' })).toBeNull();
  });
});
