// Tests of the relationship record on a customer's page: entries in words, follow-up states, "done" in place, paging and the empty state.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, renderApp, session } from '../../test/utils';
import { CUSTOMER, DAYS, entry, page } from './fixtures';
import { RelationshipSection } from './RelationshipSection';

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderSection(lang: 'zh' | 'en' = 'zh') {
  renderApp(<RelationshipSection customer={CUSTOMER} canUpdateProfile={false} onProfile={() => {}} />, { session: session('manager', 4), lang });
}

describe('the relationship timeline', () => {
  it('shows each entry’s kind, author, note and follow-up state, and marks an open one done in place', async () => {
    const items = [
      entry(3, { kind: 'contact_request', author_id: 7, author_name: '客户7', note: '想了解养老理财', follow_up_at: DAYS(-1) }),
      entry(2, { kind: 'life_event', life_event: 'retirement', follow_up_at: DAYS(3), note: '明年退休\n关注养老' }),
      entry(1, { kind: 'visit', follow_up_at: DAYS(-5), follow_up_done: true }),
      entry(0, { kind: 'message', follow_up_at: DAYS(-2) }),
    ];
    const { calls } = mockFetch((_req, url) => {
      if (url.pathname === '/api/interactions/2/done') return json({ ...items[1], follow_up_done: true });
      return json(page(items, { per_page: 10, total: 23 }));
    });
    renderSection();
    const list = await screen.findByRole('list', { name: '联系记录，最新在前' });
    const [request, event, visit, message] = within(list).getAllByRole('listitem');
    expect(request).toHaveTextContent('客户请求联系');
    expect(request).toHaveTextContent('由客户 客户7 提出');
    // Due the moment it was made, a request is open rather than overdue.
    expect(request).toHaveTextContent('待跟进');
    expect(request).not.toHaveTextContent('已逾期');
    expect(event).toHaveTextContent('人生事件· 退休');
    expect(event).toHaveTextContent('记录人：经理4');
    expect(event).toHaveTextContent('待跟进');
    expect(visit).toHaveTextContent('已完成');
    expect(message).toHaveTextContent('已逾期');
    expect(within(visit!).queryByRole('button')).toBeNull();

    const user = userEvent.setup();
    await user.click(within(event!).getByRole('button', { name: /^完成 客户7 在 .+ 的跟进$/ }));
    expect(await screen.findByText('已完成对 客户7 的跟进。')).toBeInTheDocument();
    expect(event).toHaveTextContent('已完成');
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.url.pathname)).toEqual(['/api/interactions/2/done']);

    await user.click(screen.getByRole('button', { name: '下一页' }));
    await vi.waitFor(() => expect(calls.at(-1)!.url.searchParams.get('page')).toBe('2'));
    expect(calls.at(-1)!.url.pathname).toBe('/api/customers/7/interactions');
  });

  it('says when nothing is recorded yet', async () => {
    mockFetch(() => json(page([], { per_page: 10 })));
    renderSection('en');
    expect(await screen.findByText('No contacts recorded yet.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Relationship record', level: 2 })).toBeInTheDocument();
  });
});
