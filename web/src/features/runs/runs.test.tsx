// Tests of the runs UI: progress, summary cards (numbers grouped), persona cards' lists, and the run
// page's polling, commit (the preview tag goes), maker-checker and conflict.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/i18n';
import { json, mockFetch, renderApp, session } from '../../test/utils';
import RunDetailPage from './RunDetailPage';
import { RunProgress } from './RunProgress';
import { PersonaCards } from './PersonaCards';
import { RunSummaryView } from './RunSummary';
import { change, proposedRun, runningRun } from './fixtures';

describe('RunProgress', () => {
  it('shows the phase and percentage as a progressbar with a live phase', () => {
    render(
      <I18nProvider lang="zh">
        <RunProgress run={runningRun(45)} />
      </I18nProvider>,
    );
    const bar = screen.getByRole('progressbar', { name: '运行进度' });
    expect(bar).toHaveAttribute('aria-valuenow', '45');
    expect(bar).toHaveAttribute('aria-valuetext', '求解分配：45%');
    expect(screen.getByRole('status')).toHaveTextContent('求解分配');
    expect(screen.getByRole('status')).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByText('45%')).toBeInTheDocument();
  });
});

describe('RunSummaryView', () => {
  it('compares the book before and after the proposal, with the bound and shortfall', () => {
    render(
      <I18nProvider lang="en">
        <RunSummaryView run={proposedRun()} />
      </I18nProvider>,
    );
    const before = screen.getByRole('region', { name: 'Before' });
    const after = screen.getByRole('region', { name: 'After (proposed)' });
    expect(within(before).getByText('Assigned').nextElementSibling).toHaveTextContent('0');
    expect(within(after).getByText('Assigned').nextElementSibling).toHaveTextContent('18(+18)');
    expect(within(after).getByText('Mean score').nextElementSibling).toHaveTextContent('4.20(+4.20)');
    expect(within(after).getByText('Total score').nextElementSibling).toHaveTextContent('84(+84)capacity-free bound 96 · 88% of the bound');
    expect(within(after).getByText('Load (min / median / max)').nextElementSibling).toHaveTextContent('1 / 6 / 6');
    expect(screen.getByText('Customers changed').nextElementSibling).toHaveTextContent('18');
    expect(screen.getByText('Capacity shortfall').nextElementSibling).toHaveTextContent('2');
  });

  it('writes every count with the language’s digit grouping, the changes too', () => {
    const big = proposedRun();
    const s = big.summary!;
    big.summary = { ...s, changed_count: 20022, after: { ...s.after, assigned: 20020 }, before: { ...s.before, assigned: 0 } };
    render(
      <I18nProvider lang="zh">
        <RunSummaryView run={big} />
      </I18nProvider>,
    );
    expect(screen.getByText('变更客户数').nextElementSibling).toHaveTextContent(/^20,022$/);
    const after = screen.getByRole('region', { name: '方案执行后' });
    expect(within(after).getByText('已分配').nextElementSibling).toHaveTextContent(/^20,020\(\+20,020\)$/);
  });

  it('calls the second card "after" once committed, and shows only segments for a segmentation', () => {
    const { rerender } = render(
      <I18nProvider lang="zh">
        <RunSummaryView run={proposedRun({ status: 'committed' })} />
      </I18nProvider>,
    );
    expect(screen.getByRole('region', { name: '运行后' })).toBeInTheDocument();
    rerender(
      <I18nProvider lang="zh">
        <RunSummaryView run={proposedRun({ kind: 'segmentation', status: 'committed' })} />
      </I18nProvider>,
    );
    expect(screen.queryByRole('region', { name: '运行前' })).toBeNull();
    expect(screen.getByText('客群数').nextElementSibling).toHaveTextContent('2');
  });
});

describe('PersonaCards', () => {
  it('puts only dt/dd groups in each list, each group at most one div deep', () => {
    const { container } = render(
      <I18nProvider lang="zh">
        <PersonaCards personas={proposedRun().summary!.personas} />
      </I18nProvider>,
    );
    const lists = [...container.querySelectorAll('dl')];
    expect(lists).toHaveLength(2);
    const group = (el: Element) => el.tagName === 'DT' || el.tagName === 'DD';
    for (const dl of lists) {
      for (const child of dl.children) {
        expect(group(child) || (child.tagName === 'DIV' && [...child.children].every(group))).toBe(true);
      }
    }
    expect(screen.getByText('11 位客户')).toBeInTheDocument();
  });
});

describe('RunDetailPage', () => {
  function setup(opts: { commit?: () => Response } = {}) {
    let polls = 0;
    const mock = mockFetch((req, url) => {
      if (url.pathname === '/api/admin/assignment-runs/5') {
        polls += 1;
        return json(polls === 1 ? runningRun(10, 'loading') : polls === 2 ? runningRun(60) : proposedRun());
      }
      if (url.pathname === '/api/admin/assignment-runs/5/changes') {
        return json({ items: [change(1), change(2, { reason: 'capacity_bound' })], total: 2, page: 1, per_page: 20 });
      }
      if (url.pathname === '/api/admin/assignment-runs/5/commit' && req.method === 'POST') {
        return opts.commit ? opts.commit() : json(proposedRun({ status: 'committed', committed_by: 9, committed_by_name: '审核员' }));
      }
      return json({ error: 'not_found', message: 'no' }, 404);
    });
    renderApp(
      <Routes>
        <Route path="/admin/runs/:id" element={<RunDetailPage pollMs={40} />} />
      </Routes>,
      { route: '/admin/runs/5', session: session('admin', 1) },
    );
    return { mock, polls: () => polls };
  }

  it('polls while the run is running, then shows the summary, personas and changes', async () => {
    const { polls } = setup();
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: '结果概要' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(polls()).toBe(3);
    expect(screen.getByRole('heading', { name: '客群画像' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '客群 0' })).toBeInTheDocument();
    expect(screen.getByText('¥4,775,190.00')).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: '方案中的变更' }, { timeout: 5000 });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    // No more polling once it is proposed.
    await new Promise((r) => setTimeout(r, 150));
    expect(polls()).toBe(3);
  });

  it('commits after confirmation and shows the new status', async () => {
    const { mock } = setup();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '提交方案' }, { timeout: 5000 }));
    // A proposal from a dry run is a preview, until it is committed.
    expect(screen.getByText('预览', { exact: true })).toBeInTheDocument();
    const dialog = screen.getByRole('alertdialog', { name: '提交这 18 项变更？' });
    await user.click(within(dialog).getByRole('button', { name: '提交方案' }));
    expect(await screen.findByText('方案已提交，新的分配已生效。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交方案' })).toBeNull();
    expect(screen.getByText('已提交')).toBeInTheDocument();
    expect(screen.queryByText('预览', { exact: true })).toBeNull();
    expect(screen.getByText(/发起人 系统管理员/)).toBeInTheDocument();
    expect(screen.getByText(/提交人 审核员/)).toBeInTheDocument();
    expect(mock.calls.filter((c) => c.method === 'POST').map((c) => c.url.pathname)).toEqual(['/api/admin/assignment-runs/5/commit']);
  });

  it('explains a maker-checker refusal and a conflict', async () => {
    let answer = json({ error: 'forbidden', message: 'maker-checker: another administrator must approve this run' }, 403);
    setup({ commit: () => answer });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '提交方案' }, { timeout: 5000 }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: '提交方案' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('需要由另一位管理员提交此方案（双人复核）。');

    answer = json({ error: 'run_conflict', message: '3 customers changed manager since this run was proposed' }, 409);
    await user.click(screen.getByRole('button', { name: '提交方案' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: '提交方案' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('预览之后数据已有变化'));
  });
});
