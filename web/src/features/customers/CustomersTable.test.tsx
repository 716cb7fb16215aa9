// Tests of the customer list: rows (with the home unit), sorting, paging and filters through the
// address bar, an empty book against an empty search, and the admins' unit filter.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Unit } from '../../api/client';
import { TAGS, json, mockFetch, renderApp, session } from '../../test/utils';
import { CustomersTable } from './CustomersTable';
import MyCustomersPage from './MyCustomersPage';

function customer(i: number) {
  return {
    user_id: 100 + i,
    username: `customer${i}`,
    name: `客户${i}`,
    age: 20 + i,
    occupation: '',
    total_assets: i * 100_000_00,
    needs: [],
    hobbies: [],
    class: 'B',
    segment: 2,
    manager_id: 2,
    manager_name: '经理1',
    match_score: 60 + i,
    unit_id: 3,
    unit_code: 'SH-PD',
    unit_name: '浦东支行',
  };
}

const unit = (id: number, code: string, name: string, parent_id: number | null, depth: number, closed = false): Unit => ({
  id,
  code,
  name,
  parent_id,
  depth,
  closed,
  managers: 0,
  customers: 0,
  admins: 0,
  capacity: 0,
  load: 0,
});
const UNITS = [unit(1, 'HQ', '总行', null, 0), unit(2, 'SH', '上海分行', 1, 1), unit(3, 'SH-PD', '浦东支行', 2, 2), unit(4, 'OLD', '旧分行', 1, 1, true)];

function Where() {
  const location = useLocation();
  return <p data-testid="where">{location.search}</p>;
}

function setup() {
  const mock = mockFetch((_req, url) => {
    if (url.pathname === '/api/tags') return json(TAGS);
    const page = Number(url.searchParams.get('page') ?? 1);
    const perPage = Number(url.searchParams.get('per_page') ?? 50);
    const total = 45;
    const items = Array.from({ length: Math.max(0, Math.min(perPage, total - (page - 1) * perPage)) }, (_, i) => customer((page - 1) * perPage + i + 1));
    return json({ items, total, page, per_page: perPage });
  });
  renderApp(
    <Routes>
      <Route path="/manager/customers" element={<CustomersTable detailBase="/manager/customers" />} />
    </Routes>,
    { route: '/manager/customers', session: session('manager', 2) },
  );
  const listCalls = () => mock.calls.filter((c) => c.url.pathname === '/api/customers').map((c) => Object.fromEntries(c.url.searchParams));
  return { listCalls };
}

describe('CustomersTable', () => {
  it('renders a page of customers with CNY assets', async () => {
    const { listCalls } = setup();
    const table = await screen.findByRole('table', { name: '客户列表' });
    expect(within(table).getAllByRole('row')).toHaveLength(21);
    expect(within(table).getByRole('link', { name: '客户1' })).toHaveAttribute('href', '/manager/customers/101');
    expect(within(table).getByText('¥100,000.00')).toBeInTheDocument();
    expect(listCalls()[0]).toEqual({ page: '1', per_page: '20' });
    expect(screen.getByText('第 1–20 条，共 45 条')).toBeInTheDocument();
    // The home unit: its name, the code on hover; a manager's own book has no unit filter.
    expect(within(table).getByRole('columnheader', { name: '机构' })).toBeInTheDocument();
    expect(within(table).getAllByText('浦东支行')[0]).toHaveAttribute('title', 'SH-PD');
    expect(screen.queryByLabelText('机构（含下级机构）')).toBeNull();
  });

  it('sorts by a column, flips the order, and pages with the sort kept', async () => {
    const { listCalls } = setup();
    await screen.findByRole('table');
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: /按姓名排序/ }));
    await waitFor(() => expect(listCalls().at(-1)).toEqual({ per_page: '20', page: '1', sort: 'name', order: 'asc' }));
    expect(screen.getByRole('columnheader', { name: /姓名/ })).toHaveAttribute('aria-sort', 'ascending');

    await user.click(screen.getByRole('button', { name: /按姓名排序/ }));
    await waitFor(() => expect(listCalls().at(-1)).toMatchObject({ sort: 'name', order: 'desc' }));
    expect(screen.getByRole('columnheader', { name: /姓名/ })).toHaveAttribute('aria-sort', 'descending');

    await user.click(screen.getByRole('button', { name: '下一页' }));
    await waitFor(() => expect(listCalls().at(-1)).toMatchObject({ page: '2', sort: 'name', order: 'desc' }));
    expect(await screen.findByText('第 21–40 条，共 45 条')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '下一页' }));
    expect(await screen.findByText('第 41–45 条，共 45 条')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '下一页' })).toBeDisabled();
  });

  it('filters by class, need and search, going back to page 1', async () => {
    const { listCalls } = setup();
    await screen.findByRole('table');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '下一页' }));
    await waitFor(() => expect(listCalls().at(-1)).toMatchObject({ page: '2' }));

    await user.selectOptions(screen.getByLabelText('等级'), 'A');
    await waitFor(() => expect(listCalls().at(-1)).toEqual({ page: '1', per_page: '20', class: 'A' }));

    await waitFor(() => expect(screen.getByRole('option', { name: '储蓄' })).toBeInTheDocument());
    await user.selectOptions(screen.getByLabelText('需求'), 'savings');
    await waitFor(() => expect(listCalls().at(-1)).toMatchObject({ class: 'A', need: 'savings' }));

    await user.type(screen.getByLabelText('搜索姓名或用户名'), '客户1{Enter}');
    await waitFor(() => expect(listCalls().at(-1)).toMatchObject({ q: '客户1', class: 'A', need: 'savings', page: '1' }));
  });

  it('tells a manager with no customers that the book is empty, and "no match" only once a filter is set', async () => {
    mockFetch((_req, url) => (url.pathname === '/api/tags' ? json(TAGS) : json({ items: [], total: 0, page: 1, per_page: 20 })));
    renderApp(
      <Routes>
        <Route path="/manager/customers" element={<MyCustomersPage />} />
      </Routes>,
      { route: '/manager/customers', session: session('manager', 2) },
    );
    expect(await screen.findByText('您名下还没有客户。管理员分配客户后，他们会显示在这里。')).toBeInTheDocument();
    expect(screen.queryByText('没有符合条件的客户。')).toBeNull();
    await userEvent.type(screen.getByLabelText('搜索姓名或用户名'), '张{Enter}');
    expect(await screen.findByText('没有符合条件的客户。')).toBeInTheDocument();
    expect(screen.queryByText(/您名下还没有客户/)).toBeNull();
  });

  it('filters an admin’s list by unit, indented by depth, in the address bar', async () => {
    const mock = mockFetch((_req, url) => {
      if (url.pathname === '/api/tags') return json(TAGS);
      if (url.pathname === '/api/admin/units') return json({ units: UNITS });
      if (url.searchParams.get('unit_id') === '4') return json({ error: 'forbidden', message: 'outside your part' }, 403);
      return json({ items: [customer(1)], total: 1, page: 1, per_page: 20 });
    });
    renderApp(
      <Routes>
        <Route
          path="/admin/customers"
          element={
            <>
              <CustomersTable detailBase="/admin/customers" showUnassigned showManager showUnitFilter />
              <Where />
            </>
          }
        />
      </Routes>,
      { route: '/admin/customers?unit_id=99&page=2', session: session('admin', 1) },
    );
    const listCalls = () => mock.calls.filter((c) => c.url.pathname === '/api/customers').map((c) => Object.fromEntries(c.url.searchParams));
    const select = await screen.findByLabelText('机构（含下级机构）');
    await waitFor(() => expect(within(select).getAllByRole('option')).toHaveLength(6));
    const nb = '\u00a0\u00a0\u00a0';
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual([
      '全部机构',
      '机构 #99',
      '总行（HQ）',
      `${nb}上海分行（SH）`,
      `${nb}${nb}浦东支行（SH-PD）`,
      `${nb}旧分行（OLD）（已撤销）`,
    ]);
    expect(select).toHaveValue('99');
    expect(listCalls()[0]).toMatchObject({ unit_id: '99', page: '2' });
    const user = userEvent.setup();
    await user.selectOptions(select, '2');
    expect(screen.getByTestId('where')).toHaveTextContent(/^\?unit_id=2$/);
    await waitFor(() => expect(listCalls().at(-1)).toEqual({ page: '1', per_page: '20', unit_id: '2' }));
    await user.selectOptions(select, '4');
    expect(await screen.findByRole('alert')).toHaveTextContent('您没有权限执行此操作。');
    await user.selectOptions(select, '');
    expect(screen.getByTestId('where')).toHaveTextContent(/^$/);
    await waitFor(() => expect(listCalls().at(-1)).toEqual({ page: '1', per_page: '20' }));
  });
});
