// Tests of the managers page: server-side paging, the debounced search and the unit filter in
// the address bar, the unit column, and a capacity change on a page of the list.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { ManagerProfile, Unit } from '../../api/client';
import { TAGS, json, mockFetch, renderApp, session } from '../../test/utils';
import ManagersPage from './ManagersPage';

const UNITS: Unit[] = [
  { id: 1, code: 'HQ', name: '总行', parent_id: null, depth: 0, closed: false, managers: 0, customers: 0, admins: 0, capacity: 0, load: 0 },
  { id: 2, code: 'SH', name: '上海分行', parent_id: 1, depth: 1, closed: false, managers: 0, customers: 0, admins: 0, capacity: 0, load: 0 },
];

const manager = (i: number): ManagerProfile => ({
  user_id: 100 + i,
  username: `manager${i}`,
  name: `经理${i}`,
  capabilities: ['savings'],
  hobbies: ['travel'],
  capacity: 50,
  phone: null,
  email: null,
  customer_count: 10,
  active: true,
  unit_id: 2,
  unit_code: 'SH',
  unit_name: '上海分行',
});

function Where() {
  const location = useLocation();
  return <p data-testid="where">{location.search}</p>;
}

// A page of 25 rows with forms and chips makes role queries slow in jsdom.
const SLOW = 20_000;

/** 60 managers, 25 a page; none for the search "nobody". */
function setup(route = '/admin/managers') {
  const mock = mockFetch(async (req, url) => {
    if (url.pathname === '/api/tags') return json(TAGS);
    if (url.pathname === '/api/admin/units') return json({ units: UNITS });
    if (req.method === 'PUT') return json({ ...manager(1), ...JSON.parse(await req.text()) });
    const page = Number(url.searchParams.get('page'));
    const perPage = Number(url.searchParams.get('per_page'));
    const total = url.searchParams.get('q') === 'nobody' ? 0 : 60;
    const count = Math.max(0, Math.min(perPage, total - (page - 1) * perPage));
    return json({ items: Array.from({ length: count }, (_, i) => manager((page - 1) * perPage + i + 1)), total, page, per_page: perPage });
  });
  renderApp(
    <Routes>
      <Route
        path="/admin/managers"
        element={
          <>
            <ManagersPage />
            <Where />
          </>
        }
      />
    </Routes>,
    { route, session: session('admin', 1) },
  );
  const listCalls = () => mock.calls.filter((c) => c.url.pathname === '/api/managers').map((c) => Object.fromEntries(c.url.searchParams));
  return { mock, listCalls };
}

describe('ManagersPage', () => {
  it('pages on the server, with the unit in its own column', async () => {
    const { listCalls } = setup();
    const table = await screen.findByRole('table', { name: '客户经理列表' });
    expect(table.querySelectorAll('tbody tr')).toHaveLength(25);
    expect([...table.querySelectorAll('thead th')].map((h) => h.textContent)).toEqual(['姓名', '机构', '擅长领域', '兴趣爱好', '客户数 / 容量', '容量', '状态', '操作']);
    expect(within(table).getAllByText('上海分行')[0]).toHaveAttribute('title', 'SH');
    expect(listCalls()).toEqual([{ page: '1', per_page: '25' }]);
    expect(screen.getByText('第 1–25 条，共 60 条')).toBeInTheDocument();
    expect(screen.getByText('第 1 / 3 页')).toBeInTheDocument();
    const user = userEvent.setup();
    const pager = () => within(screen.getByRole('navigation', { name: '分页' }));
    await user.click(pager().getByRole('button', { name: '下一页' }));
    expect(screen.getByTestId('where')).toHaveTextContent('?page=2');
    expect(await screen.findByText('第 26–50 条，共 60 条')).toBeInTheDocument();
    expect(screen.getByText('经理26')).toBeInTheDocument();
    await user.click(pager().getByRole('button', { name: '下一页' }));
    expect(await screen.findByText('第 3 / 3 页')).toBeInTheDocument();
    expect(pager().getByRole('button', { name: '下一页' })).toBeDisabled();
    expect(listCalls().map((c) => c.page)).toEqual(['1', '2', '3']);
  }, SLOW);

  it('searches once typing pauses, and filters by unit, back on page 1, in the address bar', async () => {
    const { listCalls } = setup('/admin/managers?page=2');
    await screen.findByRole('table');
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox', { name: '搜索姓名或用户名' }), 'wang');
    await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent(/^\?q=wang$/));
    await waitFor(() => expect(listCalls().at(-1)).toEqual({ page: '1', per_page: '25', q: 'wang' }));
    // One request for the whole word, none for its first letters.
    expect(listCalls().filter((c) => c.q !== undefined)).toHaveLength(1);
    const unit = screen.getByLabelText('机构（含下级机构）');
    await waitFor(() => expect(within(unit).getAllByRole('option').map((o) => o.textContent)).toEqual(['全部机构', '总行（HQ）', '\u00a0\u00a0\u00a0上海分行（SH）']));
    await user.selectOptions(unit, '2');
    expect(screen.getByTestId('where')).toHaveTextContent(/^\?q=wang&unit_id=2$/);
    await waitFor(() => expect(listCalls().at(-1)).toEqual({ page: '1', per_page: '25', q: 'wang', unit_id: '2' }));
    // Enter sends at once; an empty result says the filters match nobody.
    const box = screen.getByRole('searchbox', { name: '搜索姓名或用户名' });
    await user.clear(box);
    await user.type(box, 'nobody{Enter}');
    expect(screen.getByTestId('where')).toHaveTextContent(/^\?q=nobody&unit_id=2$/);
    expect(await screen.findByText('没有符合条件的客户经理。')).toBeInTheDocument();
  }, SLOW);

  it('reads its filters from the address bar', async () => {
    const { listCalls } = setup('/admin/managers?q=%20li%20&unit_id=2&page=2&per_page=9');
    await screen.findByRole('table');
    expect(listCalls()[0]).toEqual({ page: '2', per_page: '25', q: 'li', unit_id: '2' });
    expect(screen.getByRole('searchbox', { name: '搜索姓名或用户名' })).toHaveValue('li');
    await waitFor(() => expect(screen.getByLabelText('机构（含下级机构）')).toHaveValue('2'));
  }, SLOW);

  it('refuses a capacity that is not a whole number from 0 to 10,000 before any confirmation', async () => {
    const { mock } = setup();
    await screen.findByRole('table');
    const user = userEvent.setup();
    const input = screen.getByLabelText('经理1（manager1） 的容量');
    const save = within(input.closest('form') as HTMLElement).getByRole('button', { name: /^保存\s*经理1（manager1） 的容量$/ });
    for (const typed of ['-1', '1.5', '10001', '1e3', 'abc']) {
      await user.clear(input);
      await user.type(input, typed);
      await user.click(save);
      expect(screen.queryByRole('alertdialog')).toBeNull();
      expect(input).toHaveAttribute('aria-invalid', 'true');
      expect(input).toHaveAccessibleDescription('容量须为 0 到 10,000 之间的整数。');
    }
    // A good value clears the message and asks for confirmation.
    await user.clear(input);
    await user.type(input, '10000');
    await user.click(save);
    expect(screen.getByRole('alertdialog', { name: '将 经理1 的容量从 50 改为 10000？' })).toBeInTheDocument();
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(mock.calls.filter((c) => c.method === 'PUT')).toEqual([]);
  }, SLOW);

  it('changes a capacity on the current page after confirmation', async () => {
    const { mock } = setup();
    await screen.findByRole('table');
    const user = userEvent.setup();
    const input = screen.getByLabelText('经理1（manager1） 的容量');
    await user.clear(input);
    await user.type(input, '80');
    await user.click(within(input.closest('form') as HTMLElement).getByRole('button', { name: /^保存\s*经理1（manager1） 的容量$/ }));
    await user.click(within(screen.getByRole('alertdialog', { name: '将 经理1 的容量从 50 改为 80？' })).getByRole('button', { name: '确认' }));
    expect(await screen.findByText('经理1 已更新。')).toBeInTheDocument();
    expect(within(input.closest('tr') as HTMLElement).getByText('10 / 80')).toBeInTheDocument();
    expect(mock.calls.filter((c) => c.method === 'PUT').map((c) => [c.url.pathname, c.body])).toEqual([['/api/managers/101/profile', { capacity: 80 }]]);
  }, SLOW);
});
