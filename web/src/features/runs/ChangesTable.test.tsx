// Tests of a run's changes table: rows, translated reasons and tags, paging, English.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, renderApp, session } from '../../test/utils';
import { RunChanges } from './ChangesTable';
import { change } from './fixtures';

function setup(lang: 'zh' | 'en' = 'zh') {
  const total = 25;
  const mock = mockFetch((_req, url) => {
    const page = Number(url.searchParams.get('page'));
    const perPage = Number(url.searchParams.get('per_page'));
    const items = Array.from({ length: Math.min(perPage, total - (page - 1) * perPage) }, (_, i) => {
      const n = (page - 1) * perPage + i + 1;
      return n === 2
        ? change(n, {
            from_manager_id: 3,
            from_manager_name: '经理2',
            to_manager_id: null,
            to_manager_name: null,
            score_before: 4,
            score_after: null,
            matched_needs: [],
            matched_hobbies: [],
            class: null,
            reason: 'no_capacity',
          })
        : change(n);
    });
    return json({ items, total, page, per_page: perPage });
  });
  renderApp(
    <Routes>
      <Route path="/admin/runs/:id" element={<RunChanges runId={9} />} />
    </Routes>,
    { route: '/admin/runs/9', session: session('admin', 1), lang },
  );
  return mock;
}

describe('RunChanges / ChangesTable', () => {
  it('lists a page of changes: from → to, scores, matched tags, class and a translated reason', async () => {
    const mock = setup();
    const table = await screen.findByRole('table', { name: '方案中的变更' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(21);
    expect(Object.fromEntries(mock.calls[0]!.url.searchParams)).toEqual({ page: '1', per_page: '20' });
    const first = rows[1]!;
    expect(within(first).getByRole('link', { name: '客户1' })).toHaveAttribute('href', '/admin/customers/101');
    expect(first).toHaveTextContent('未分配 →改为 经理1');
    expect(first).toHaveTextContent('— →改为 5');
    expect(within(first).getByText('储蓄')).toBeInTheDocument();
    expect(within(first).getByText('保险')).toBeInTheDocument();
    expect(within(first).getByText('旅行')).toBeInTheDocument();
    expect(first).toHaveTextContent('D');
    expect(first).toHaveTextContent('最佳匹配');
    const second = rows[2]!;
    expect(second).toHaveTextContent('经理2 →改为 未分配');
    expect(second).toHaveTextContent('4 →改为 —');
    expect(second).toHaveTextContent('没有可用容量');
    expect(second).toHaveTextContent('无');
  });

  it('pages through the address bar', async () => {
    const mock = setup();
    await screen.findByRole('table');
    await userEvent.setup().click(screen.getByRole('button', { name: '下一页' }));
    expect(await screen.findByText('第 21–25 条，共 25 条')).toBeInTheDocument();
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(6));
    expect(mock.calls.at(-1)!.url.searchParams.get('page')).toBe('2');
  });

  it('speaks English', async () => {
    setup('en');
    const table = await screen.findByRole('table', { name: 'Changes in this proposal' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Best match');
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Savings');
    expect(within(table).getAllByRole('row')[2]).toHaveTextContent('No capacity left');
  });
});
