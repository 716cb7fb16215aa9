// Tests of the audit log's table: names for ids (actors, targets and their links, units, managers), translated actions, the change in words.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AuditRecord } from '../../api/client';
import { json, mockFetch, renderApp, session } from '../../test/utils';
import { resetAccountNames } from './api';
import AuditLogPage from './AuditLogPage';
import { auditCalls, auditServer, entry, MANUAL, page, PROFILE, units } from './fixtures';

const record = (id: number, unit_id: number | null): AuditRecord => entry(id, { action: 'customer.update', target: `customer:${id}`, unit_id });

const ITEMS = [record(3, 2), record(2, null), record(1, 77)];

const show = (route = '/admin/audit-log', lang: 'zh' | 'en' = 'zh') => renderApp(<AuditLogPage />, { session: session('admin', 1), route, lang });

/** The row of the entry whose change mentions `text`. */
const rowWith = async (text: string | RegExp) => (await screen.findByText(text)).closest('tr')!;

beforeEach(() => resetAccountNames());

describe('AuditLogPage', () => {
  it('names each entry’s unit from the units list', async () => {
    mockFetch((_req, url) => {
      if (url.pathname === '/api/admin/units') return json({ units });
      if (url.pathname === '/api/admin/audit-log') return json({ items: ITEMS, total: 3, page: 1, per_page: 25 });
      return json({ error: 'not_found', message: url.pathname }, 404);
    });
    show();
    const table = await screen.findByRole('table', { name: '审计记录，最新在前' });
    const column = [...table.querySelectorAll('thead th')].findIndex((h) => h.textContent === '机构');
    expect(column).toBeGreaterThan(-1);
    const cells = () => [...table.querySelectorAll('tbody tr')].map((r) => r.querySelectorAll('td, th')[column]!);
    expect(await within(table).findByText('上海分行')).toHaveAttribute('title', 'SH');
    // Bank-wide, and a unit the list does not hold (it still says which).
    expect(cells().map((c) => c.textContent)).toEqual(['上海分行', '全行', '机构 #77']);
  });

  it('says “whole bank” in English too', async () => {
    mockFetch((_req, url) => {
      if (url.pathname === '/api/admin/units') return json({ units });
      return json({ items: [record(2, null)], total: 1, page: 1, per_page: 25 });
    });
    show('/admin/audit-log', 'en');
    expect(await screen.findByText('Whole bank')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Unit' })).toBeInTheDocument();
  });

  it('shows actors and targets by name, with their ids on hover and links to their pages', async () => {
    auditServer();
    show();
    const table = await screen.findByRole('table', { name: '审计记录，最新在前' });
    const manual = await rowWith('手动分配客户经理');
    expect(within(manual).getByText('管理员（admin）')).toHaveAttribute('title', '账户编号 1');
    const customer = within(manual).getByRole('link', { name: '客户42（customer42）' });
    expect(customer).toHaveAttribute('href', '/admin/customers/42');
    expect(customer).toHaveAttribute('title', 'user:42');

    expect(within(table).getByRole('link', { name: '运行 #12' })).toHaveAttribute('href', '/admin/runs/12');
    expect(within(table).getByRole('link', { name: '浦东支行' })).toHaveAttribute('href', '/admin/organisation');
    expect(within(table).getByText('需求标签：贷款')).toBeInTheDocument();
    // What the app has no words for stays as recorded; the server's own entries are the system's.
    const unknown = (await screen.findByText('vault:1')).closest('tr')!;
    expect(within(unknown).getByText('系统')).toBeInTheDocument();
    // Ids and targets as recorded stay on hover only.
    expect(within(table).queryByText('user:42')).toBeNull();
    expect(within(table).queryByText('run:12')).toBeNull();
  });

  it('says each action in words, and an unknown one as recorded', async () => {
    auditServer();
    show();
    const table = await screen.findByRole('table', { name: '审计记录，最新在前' });
    for (const phrase of ['手动分配客户经理', '修改客户资料', '开始自动分配', '撤销机构', '新增标签']) {
      expect(await within(table).findByText(phrase)).toBeInTheDocument();
    }
    expect(within(table).getByText('手动分配客户经理')).toHaveAttribute('title', 'assignment.manual');
    expect(within(table).getByText('vault.open').tagName).toBe('CODE');
  });

  it('says the actions in English', async () => {
    auditServer();
    show('/admin/audit-log', 'en');
    const row = await rowWith('Assigned a manager by hand');
    expect(within(row).getByText('管理员 (admin)')).toBeInTheDocument();
    expect(await within(row).findByText('Manager: 经理5 (manager5) →', { exact: false })).toBeInTheDocument();
    expect(within(row).getByText('Reason: 客户搬到浦东，就近服务')).toBeInTheDocument();
    expect(screen.getByText('Started an auto-assign run')).toBeInTheDocument();
  });

  it('lists what changed field by field: the managers by name, the reason, yuan, tags', async () => {
    auditServer();
    show();
    const manual = await rowWith('手动分配客户经理');
    const lines = () => [...manual.querySelectorAll('li')].map((li) => li.textContent);
    await within(manual).findByText('经理6（manager6）');
    expect(lines()).toEqual(['客户经理：经理5（manager5） → 经理6（manager6）', '原因：客户搬到浦东，就近服务', '匹配分：0.82']);

    const profile = await rowWith('修改客户资料');
    const profileLines = [...profile.querySelectorAll('li')].map((li) => li.textContent);
    // Unchanged fields (name, occupation, hobbies) are left out; assets are fen, shown in yuan.
    expect(profileLines).toHaveLength(3);
    expect(profileLines[0]).toBe('年龄：40 → 41');
    expect(profileLines[1]).toMatch(/^总资产：¥123,456(\.00)? → ¥200,000(\.00)?$/);
    expect(profileLines[2]).toBe('需求：储蓄 → 储蓄、投资');

    const run = await rowWith('开始自动分配');
    expect([...run.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['仅预览：是', '重新平衡：否']);
    const unit = await rowWith('撤销机构');
    expect([...unit.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['已撤销：否 → 是']);
  });

  it('keeps the raw JSON behind a disclosure', async () => {
    auditServer();
    show();
    const manual = await rowWith('手动分配客户经理');
    const details = within(manual).getByText('原始数据').closest('details')!;
    expect(details).not.toHaveAttribute('open');
    await userEvent.click(within(manual).getByText('原始数据'));
    expect(details).toHaveAttribute('open');
    expect(details.textContent).toContain('"manager_id": 6');
    expect(details.textContent).toContain('"note": "客户搬到浦东，就近服务"');
  });

  it('shows a manager’s id when their name cannot be found', async () => {
    auditServer(() => page([entry(1, { action: 'assignment.manual', target: 'user:42', before: { manager_id: null }, after: { manager_id: 99, note: '新客户' } })]));
    show();
    const row = await rowWith('手动分配客户经理');
    expect(await within(row).findByText('客户经理 #99')).toBeInTheDocument();
    expect(row.querySelector('li')!.textContent).toBe('客户经理：未分配 → 客户经理 #99');
  });

  it('narrows the list to an entry’s target or actor from its row', async () => {
    const server = auditServer((url) => page(url.searchParams.get('target') === 'user:42' ? [MANUAL, PROFILE] : [MANUAL, PROFILE, entry(3, {})]));
    show();
    const manual = await rowWith('手动分配客户经理');
    await userEvent.click(within(manual).getByRole('button', { name: '只看 客户42（customer42） 的记录' }));
    expect(await screen.findByText('只显示 客户42（customer42） 的记录')).toBeInTheDocument();
    expect(auditCalls(server.calls).at(-1)).toMatchObject({ target: 'user:42', page: '1' });

    await userEvent.click(within(await rowWith('手动分配客户经理')).getByRole('button', { name: '只看 管理员（admin） 的操作' }));
    expect(await screen.findByText('当前：管理员（admin）')).toBeInTheDocument();
    expect(auditCalls(server.calls).at(-1)).toMatchObject({ target: 'user:42', actor_id: '1' });

    await userEvent.click(screen.getByRole('button', { name: '显示全部对象' }));
    await screen.findByText('当前：管理员（admin）');
    expect(auditCalls(server.calls).at(-1)).not.toHaveProperty('target');
  });
});
