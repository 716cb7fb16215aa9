// Tests of the follow-ups page: server order kept, overdue and contact requests marked, customer links, done, the due filter, paging, empty and error states.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, renderApp, session } from '../../test/utils';
import type { Interaction } from './api';
import { dueBefore } from './dates';
import { DAYS, NOW, entry, page } from './fixtures';
import FollowUpsPage from './FollowUpsPage';

function Where() {
  return <p data-testid="where">{useLocation().search}</p>;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Soonest first, as the server sends them: an overdue call, a customer's request, a visit next week. */
function openItems(): Interaction[] {
  return [
    entry(11, { customer_id: 3, customer_name: '客户3', follow_up_at: DAYS(-2), note: '回电确认理财到期' }),
    entry(12, { customer_id: 9, customer_name: '客户9', author_id: 9, author_name: '客户9', kind: 'contact_request', happened_at: NOW() - 60, follow_up_at: NOW() - 60, note: '想了解养老理财' }),
    entry(13, { customer_id: 5, customer_name: '客户5', kind: 'visit', follow_up_at: DAYS(6) }),
  ];
}

function setup(opts: { total?: number; fail?: boolean } = {}) {
  let items = openItems();
  const mock = mockFetch((req, url) => {
    if (url.pathname === '/api/follow-ups') {
      if (opts.fail) return json({ error: 'internal_error', message: 'boom' }, 500);
      return json(page(items, { page: Number(url.searchParams.get('page') ?? 1), total: opts.total ?? items.length }));
    }
    const done = /^\/api\/interactions\/(\d+)\/done$/.exec(url.pathname);
    if (done && req.method === 'POST') {
      const id = Number(done[1]);
      const finished = { ...items.find((e) => e.id === id)!, follow_up_done: true };
      items = items.filter((e) => e.id !== id);
      return json(finished);
    }
    return json({ error: 'not_found', message: url.pathname }, 404);
  });
  renderApp(
    <Routes>
      <Route
        path="/manager/follow-ups"
        element={
          <>
            <FollowUpsPage customerPath="/manager/customers" />
            <Where />
          </>
        }
      />
    </Routes>,
    { route: '/manager/follow-ups', session: session('manager', 4) },
  );
  return mock;
}

const bodyRows = () => within(screen.getByRole('table', { name: '待跟进事项，最早到期在前' })).getAllByRole('row').slice(1);

describe('FollowUpsPage', () => {
  it('lists the follow-ups soonest first, marking the overdue one and the contact request', async () => {
    const { calls } = setup();
    expect(await screen.findByRole('heading', { name: '待跟进', level: 1 })).toBeInTheDocument();
    await screen.findByRole('table', { name: '待跟进事项，最早到期在前' });
    const rows = bodyRows();
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['客户3', '客户9', '客户5']);
    expect(rows[0]).toHaveTextContent('已逾期');
    expect(rows[0]).toHaveTextContent('回电确认理财到期');
    expect(rows[1]).toHaveTextContent('客户请求');
    expect(rows[1]).toHaveTextContent('客户请求联系');
    expect(rows[1]).not.toHaveTextContent('已逾期');
    expect(rows[2]).toHaveTextContent('拜访');
    expect(rows[2]).not.toHaveTextContent('已逾期');
    expect(within(rows[0]!).getByRole('link', { name: '客户3' })).toHaveAttribute('href', '/manager/customers/3');
    expect(calls[0]!.url.searchParams.get('due_before')).toBeNull();
    expect(calls[0]!.url.searchParams.get('per_page')).toBe('20');
  });

  it('marks one done and takes it off the list', async () => {
    const { calls } = setup();
    await screen.findByRole('table', { name: '待跟进事项，最早到期在前' });
    const user = userEvent.setup();
    await user.click(within(bodyRows()[1]!).getByRole('button', { name: /^完成 客户9 在 .+ 的跟进$/ }));
    expect(await screen.findByText('已完成对 客户9 的跟进。')).toBeInTheDocument();
    const post = calls.filter((c) => c.method === 'POST');
    expect(post.map((c) => c.url.pathname)).toEqual(['/api/interactions/12/done']);
    await vi.waitFor(() => expect(bodyRows()).toHaveLength(2));
    expect(bodyRows().map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['客户3', '客户5']);
  });

  it('asks for what falls due today or this week, and pages', async () => {
    const { calls } = setup({ total: 45 });
    await screen.findByRole('table', { name: '待跟进事项，最早到期在前' });
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('到期'), '今天到期');
    expect(screen.getByTestId('where')).toHaveTextContent('?due=today');
    await vi.waitFor(() => expect(calls.at(-1)!.url.searchParams.get('due_before')).toBe(String(dueBefore('today'))));
    await user.selectOptions(screen.getByLabelText('到期'), '本周到期');
    await vi.waitFor(() => expect(calls.at(-1)!.url.searchParams.get('due_before')).toBe(String(dueBefore('week'))));
    expect(dueBefore('week')!).toBeGreaterThanOrEqual(dueBefore('today')!);
    await user.click(screen.getByRole('button', { name: '下一页' }));
    await vi.waitFor(() => expect(calls.at(-1)!.url.searchParams.get('page')).toBe('2'));
    expect(calls.at(-1)!.url.searchParams.get('due_before')).toBe(String(dueBefore('week')));
  });

  it('says when nothing is due, and offers Retry when the list could not load', async () => {
    setup({ fail: true });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('出错了');
    expect(screen.getByRole('button', { name: '重试' })).toBeInTheDocument();
    vi.unstubAllGlobals();
    mockFetch(() => json(page([])));
    await userEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByText('没有待跟进的事项。')).toBeInTheDocument();
  });
});
