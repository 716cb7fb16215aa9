// Tests of the candidate managers page: the ranking in the server's order, availability in words,
// no assign action for a manager, the assign flow (reason, explicit override), the limit, and the error states.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../i18n/dict';
import { json, mockFetch, renderApp, session } from '../../test/utils';
import CandidatesPage from './CandidatesPage';
import type { Candidates } from './api';
import { CUSTOMER, ranking } from './fixtures';

function Where() {
  return <p data-testid="where">{useLocation().search}</p>;
}

/** The page for customer 7; after a manual assignment the ranking shows the new manager as current. */
function setup(role: 'admin' | 'manager' = 'admin', opts: { fail?: number; lang?: Lang } = {}) {
  let answer: Candidates = ranking();
  const mock = mockFetch(async (req, url) => {
    if (url.pathname === '/api/customers/7/profile') return json(CUSTOMER);
    if (url.pathname === '/api/customers/7/candidates') {
      if (opts.fail) return json({ error: opts.fail === 403 ? 'forbidden' : opts.fail === 404 ? 'not_found' : 'internal_error', message: 'no' }, opts.fail);
      return json(answer);
    }
    if (url.pathname === '/api/admin/manual-assign' && req.method === 'POST') {
      const body = JSON.parse(await req.text()) as { manager_id: number };
      answer = {
        ...answer,
        current_manager_id: body.manager_id,
        candidates: answer.candidates.map((m) =>
          m.manager_id === body.manager_id ? { ...m, availability: 'current' } : m.availability === 'current' ? { ...m, availability: 'available' } : m,
        ),
      };
      const chosen = answer.candidates.find((m) => m.manager_id === body.manager_id);
      return json({
        msg: 'ok',
        class: 'C',
        similarity: { score: chosen?.score ?? 0, needs: [], hobbies: [] },
        similarity_score: chosen?.score ?? 0,
        assignment: { customer_id: 7, manager_id: body.manager_id, manager_name: chosen?.name, score: chosen?.score, matched_needs: [], matched_hobbies: [], reason: 'manual' },
      });
    }
    return json({ error: 'not_found', message: url.pathname }, 404);
  });
  const base = role === 'admin' ? '/admin/customers' : '/manager/customers';
  renderApp(
    <Routes>
      <Route
        path={`${base}/:id/candidates`}
        element={
          <>
            <CandidatesPage listPath={base} />
            <Where />
          </>
        }
      />
    </Routes>,
    { route: `${base}/7/candidates`, session: session(role, role === 'admin' ? 1 : 4), lang: opts.lang },
  );
  const candidateCalls = () => mock.calls.filter((c) => c.url.pathname === '/api/customers/7/candidates').map((c) => c.url.searchParams.get('limit'));
  const posts = () => mock.calls.filter((c) => c.method === 'POST').map((c) => c.body);
  return { candidateCalls, posts };
}

const table = () => screen.findByRole('table', { name: '候选客户经理，匹配分从高到低' });
const bodyRows = (t: HTMLElement) => within(t).getAllByRole('row').slice(1);

describe('CandidatesPage', () => {
  it('lists the candidates in the server’s order with the score’s parts and availability in words', async () => {
    const { candidateCalls } = setup();
    const rows = bodyRows(await table());
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['经理2manager2', '经理2manager3', '经理4manager4', '经理5manager5']);
    expect(rows[0]).toHaveTextContent('4= 3 项需求 + 1 项爱好');
    expect(within(rows[0]!).getByText('投资')).toBeInTheDocument();
    expect(rows[0]).toHaveTextContent('45 / 50');
    expect(rows[0]).toHaveTextContent('可以接收该客户');
    expect(rows[1]).toHaveTextContent('已满员：只有超出容量才能分配');
    expect(rows[2]).toHaveTextContent('当前客户经理');
    expect(rows[3]).toHaveTextContent('休假或已停用：不接收客户');
    expect(rows[3]).toHaveTextContent('没有共同的需求或爱好');
    expect(screen.getByText('已为 12 位客户经理打分，按匹配分从高到低列出前 4 位。')).toBeInTheDocument();
    expect(screen.getByText('当前客户经理 经理4（manager4），匹配分 2。')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: '候选客户经理：客户7' })).toBeInTheDocument();
    // Only those who can take customers and are not the current manager can be chosen.
    expect(screen.getAllByRole('button', { name: /^分配给此经理/ }).map((b) => b.textContent)).toEqual(['分配给此经理: 经理2（manager2）', '分配给此经理: 经理2（manager3）']);
    expect(candidateCalls()).toEqual(['10']);
    // The chart compares the top candidates; its table has their figures.
    expect(screen.getByRole('img', { name: '前几位候选人比较' })).toBeInTheDocument();
    const chartRows = within(screen.getByRole('table', { name: '前几位候选人比较' })).getAllByRole('row');
    expect(chartRows[1]).toHaveTextContent('经理2（manager2）3154');
  });

  it('shows a manager the ranking without any assign action', async () => {
    setup('manager');
    const t = await table();
    expect(bodyRows(t)).toHaveLength(4);
    expect(within(t).queryByRole('columnheader', { name: '操作' })).toBeNull();
    expect(screen.queryByRole('button', { name: /分配给此经理/ })).toBeNull();
    expect(screen.getByRole('link', { name: /返回客户详情/ })).toHaveAttribute('href', '/manager/customers/7');
  });

  it('assigns to a full manager only with the override ticked, sends the reason, and refreshes the list', async () => {
    const { posts, candidateCalls } = setup();
    const user = userEvent.setup();
    await table();
    await user.click(screen.getByRole('button', { name: '分配给此经理: 经理2（manager3）' }));
    const dialog = screen.getByRole('dialog', { name: '将 客户7 分配给 经理2（manager3）' });
    expect(within(dialog).getByText('当前客户经理：经理4（manager4）')).toBeInTheDocument();
    expect(within(dialog).getByText(/该客户经理已满员。只有勾选/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '分配' }));
    expect(within(dialog).getByText('请填写原因。')).toBeInTheDocument();
    expect(within(dialog).getByText('请勾选“超出容量仍然分配”，或选择其他客户经理。')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('原因'), '  客户要求  ');
    await user.click(within(dialog).getByRole('button', { name: '分配' }));
    expect(posts()).toEqual([]);
    await user.click(within(dialog).getByLabelText('超出容量仍然分配'));
    await user.click(within(dialog).getByRole('button', { name: '分配' }));
    expect(await screen.findByText('已将 客户7 分配给 经理2（匹配分 3）。')).toBeInTheDocument();
    expect(posts()).toEqual([{ customer_id: 7, manager_id: 3, reason: '客户要求', override: true }]);
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(bodyRows(screen.getByRole('table', { name: '候选客户经理，匹配分从高到低' }))[1]).toHaveTextContent('当前客户经理'));
    expect(candidateCalls()).toHaveLength(2);
    expect(screen.getAllByRole('button', { name: /^分配给此经理/ }).map((b) => b.textContent)).toEqual(['分配给此经理: 经理2（manager2）', '分配给此经理: 经理4（manager4）']);
  });

  it('assigns to an available manager without an override', async () => {
    const { posts } = setup();
    const user = userEvent.setup();
    await table();
    await user.click(screen.getByRole('button', { name: '分配给此经理: 经理2（manager2）' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).queryByLabelText('超出容量仍然分配')).toBeNull();
    await user.type(within(dialog).getByLabelText('原因'), '更匹配');
    await user.click(within(dialog).getByRole('button', { name: '分配' }));
    await screen.findByText('已将 客户7 分配给 经理2（匹配分 4）。');
    expect(posts()).toEqual([{ customer_id: 7, manager_id: 2, reason: '更匹配' }]);
  });

  it('asks the server for more candidates from the limit selector', async () => {
    const { candidateCalls } = setup();
    const user = userEvent.setup();
    await table();
    await user.selectOptions(screen.getByLabelText('显示人数'), '20');
    await waitFor(() => expect(candidateCalls()).toEqual(['10', '20']));
    expect(screen.getByTestId('where')).toHaveTextContent('?limit=20');
  });

  it('says “no permission” on a 403, without a Retry', async () => {
    setup('manager', { fail: 403 });
    expect(await screen.findByText(/您无权查看该客户的候选客户经理/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '重试' })).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says the customer is missing on a 404, without a Retry', async () => {
    setup('admin', { fail: 404 });
    expect(await screen.findByText('找不到该客户。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '重试' })).toBeNull();
  });

  it('offers Retry for a server fault', async () => {
    setup('admin', { fail: 500 });
    expect(await screen.findByRole('button', { name: '重试' })).toBeInTheDocument();
  });

  it('speaks English', async () => {
    setup('admin', { lang: 'en' });
    const t = await screen.findByRole('table', { name: 'Candidate managers, best score first' });
    expect(bodyRows(t)[1]).toHaveTextContent('Full — only a capacity override would place them');
    expect(bodyRows(t)[3]).toHaveTextContent('On leave or deactivated — takes no customers');
    expect(screen.getByText('Scored 12 managers; the best 4 by match score are listed.')).toBeInTheDocument();
  });
});
