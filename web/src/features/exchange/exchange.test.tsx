// Tests of CSV import (upload, progress, problems, errors) and export (filters, token, file name).
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TAGS, json, mockFetch, renderApp, session } from '../../test/utils';
import { units } from '../analytics/fixtures';
import AdminCustomersPage from '../customers/AdminCustomersPage';
import { ImportDialog } from './ImportDialog';
import { filenameFrom } from './api';

const RUNNING = {
  id: 42,
  kind: 'import_customers',
  status: 'running',
  phase: 'validating',
  progress: 40,
  requested_by: 1,
  created_at: 1796025600,
  report: null,
  unit_id: 2,
};

const REJECTED = {
  ...RUNNING,
  status: 'failed',
  phase: 'failed',
  progress: 100,
  finished_at: 1796025601,
  duration_ms: 212,
  error: 'the file has 2 problem(s); nothing was imported',
  report: {
    kind: 'customers',
    mode: 'all_or_nothing',
    rows: 2,
    created: 0,
    updated: 0,
    rejected: 2,
    problem_count: 2,
    problems_by_code: { unknown_tag: 1, wrong_field_count: 1 },
    problems: [
      { line: 2, column: 'needs', code: 'unknown_tag', message: 'unknown need tag(s): yachts' },
      { line: 3, column: null, code: 'wrong_field_count', message: 'expected 7 fields, found 3' },
    ],
    truncated: false,
    phase_ms: [{ phase: 'validate', ms: 9 }],
  },
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('ImportDialog', () => {
  it('uploads the chosen file with the chosen mode, shows progress, then the problems of a rejected file', async () => {
    const uploads: { url: URL; type: string | null; auth: string | null }[] = [];
    let polls = 0;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const mock = mockFetch(async (req, url) => {
      if (req.method === 'POST' && url.pathname === '/api/admin/import/customers') {
        uploads.push({ url, type: req.headers.get('Content-Type'), auth: req.headers.get('Authorization') });
        return json(RUNNING, 202);
      }
      if (url.pathname === '/api/admin/imports/42') {
        polls++;
        await gate;
        return json(REJECTED);
      }
      if (url.pathname === '/api/admin/units') return json({ units });
      return json({ error: 'not_found', message: 'no' }, 404);
    });
    const onClose = vi.fn();
    renderApp(<ImportDialog kind="customers" onClose={onClose} pollMs={10} />, { session: session('admin', 1) });
    const user = userEvent.setup();
    expect(screen.getByRole('dialog', { name: '从 CSV 导入客户' })).toBeInTheDocument();

    // Without a file: a message at the field, nothing sent.
    await user.click(screen.getByRole('button', { name: '上传并导入' }));
    expect(screen.getByText('请选择一个 CSV 文件。')).toBeInTheDocument();
    expect(uploads).toHaveLength(0);

    const csv = 'username,name,age,occupation,total_assets_cny,needs,hobbies\nzhang.san,张三,35,,1,yachts,\n';
    const file = new File([csv], 'customers.csv', { type: 'text/csv' });
    const input = screen.getByLabelText('CSV 文件');
    expect(input).toHaveAttribute('accept', '.csv,text/csv');
    await user.upload(input, file);
    expect(screen.getByLabelText(/全部或全不/)).toBeChecked();
    await user.click(screen.getByLabelText(/只导入没有问题的行/));
    await user.click(screen.getByRole('button', { name: '上传并导入' }));

    // Progress while the job runs.
    const bar = await screen.findByRole('progressbar', { name: '导入进度' });
    expect(bar).toHaveAttribute('aria-valuenow', '40');
    expect(bar).toHaveAttribute('aria-valuetext', '校验文件：40%');
    expect(uploads).toHaveLength(1);
    expect(uploads[0]!.url.searchParams.get('mode')).toBe('valid_rows');
    expect(uploads[0]!.type).toBe('text/csv');
    expect(uploads[0]!.auth).toBe('Bearer t0k3n');
    // The file itself is the body (not multipart, not JSON).
    const init = mock.fn.mock.calls[0]![1] as RequestInit;
    expect(init.body).toBe(file);
    expect(await (init.body as File).text()).toBe(csv);

    release();
    await waitFor(() => expect(polls).toBeGreaterThan(0));
    const table = await screen.findByRole('table', { name: '文件中的问题（按行号）' });
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByText('没有导入任何行：文件有 2 个问题，请修正后重新上传。')).toBeInTheDocument();
    // The part of the organisation it imported into, named from the units list.
    expect(await screen.findByText('上海分行')).toHaveAttribute('title', 'SH');
    expect(screen.getByText('上海分行').parentElement).toHaveTextContent('导入到：上海分行');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    // Each problem in Chinese, with the server's message (it names the value) under it and on hover.
    expect(within(rows[1]!).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      '2',
      'needs',
      'unknown_tag',
      '包含标签表中没有的标签。unknown need tag(s): yachts',
    ]);
    expect(within(rows[1]!).getByText('包含标签表中没有的标签。')).toHaveAttribute('title', 'unknown need tag(s): yachts');
    expect(within(rows[1]!).getByText('unknown need tag(s): yachts')).toHaveAttribute('lang', 'en');
    expect(within(rows[2]!).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      '3',
      '整行',
      'wrong_field_count',
      '该行的单元格数与标题行不一致。expected 7 fields, found 3',
    ]);

    await user.click(screen.getByRole('button', { name: '关闭' }));
    expect(onClose).toHaveBeenCalledWith(false);
  });

  it('shows a valid-rows import that wrote nothing as a warning, in English too, and a code it does not know as it came', async () => {
    const report = {
      ...REJECTED.report,
      mode: 'valid_rows',
      rejected: 2,
      problem_count: 2,
      problems: [
        { line: 2, column: 'unit', code: 'unit_outside_scope', message: 'unit HZ is outside your part of the organisation' },
        { line: 3, column: 'age', code: 'brand_new_code', message: 'something new' },
      ],
    };
    mockFetch((_req, url) => {
      if (url.pathname === '/api/admin/import/customers') return json({ ...REJECTED, status: 'committed', phase: 'done', error: null, report });
      if (url.pathname === '/api/admin/units') return json({ units });
      return json({ error: 'not_found', message: 'no' }, 404);
    });
    const onClose = vi.fn();
    renderApp(<ImportDialog kind="customers" onClose={onClose} />, { session: session('admin', 1), lang: 'en' });
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('CSV file'), new File(['username\n'], 'c.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'Upload and import' }));
    const outcome = await screen.findByText('Nothing was written: 2 row(s) rejected, 2 problem(s). Fix them and upload the file again.');
    expect(outcome).toHaveClass('bg-amber-50');
    expect(outcome).not.toHaveClass('bg-green-50');
    expect(outcome).toHaveAttribute('role', 'status');
    const rows = within(screen.getByRole('table', { name: 'Problems in the file, by line' })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('The unit is outside your part of the organisation.unit HZ is outside your part of the organisation');
    expect(within(rows[2]!).getAllByRole('cell')[3]).toHaveTextContent(/^something new$/);
    // Nothing was written, so the list has nothing new to show.
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledWith(false);
  });

  it('shows the API message of a 4xx answer in the dialog (all-or-nothing is the default mode)', async () => {
    const mock = mockFetch(() => json({ error: 'run_in_progress', message: 'run 7 is running' }, 409));
    renderApp(<ImportDialog kind="managers" onClose={() => undefined} />, { session: session('admin', 1), lang: 'en' });
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('CSV file'), new File(['username\n'], 'm.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'Upload and import' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Another run is in progress. Try again when it has finished. (run 7 is running)');
    expect(mock.calls[0]!.url.pathname).toBe('/api/admin/import/managers');
    expect(mock.calls[0]!.url.searchParams.has('mode')).toBe(false);
    // The form stays, to try again.
    expect(screen.getByLabelText('CSV file')).toBeInTheDocument();
  });
});

describe('export buttons', () => {
  it('request the export with the current filters and the token, and save the file', async () => {
    const seen: { url: URL; auth: string | null }[] = [];
    mockFetch((req, url) => {
      if (url.pathname === '/api/tags') return json(TAGS);
      if (url.pathname === '/api/customers') return json({ items: [], total: 0, page: 1, per_page: 20 });
      if (url.pathname.startsWith('/api/admin/export/')) {
        seen.push({ url, auth: req.headers.get('Authorization') });
        return new Response('\uFEFFusername,name\r\n', {
          status: 200,
          headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="portrait-customers-20261130-080500.csv"' },
        });
      }
      return json({ error: 'not_found', message: 'no' }, 404);
    });
    const createObjectURL = vi.fn(() => 'blob:mock');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(`${this.download} ${this.href}`);
    });
    renderApp(<AdminCustomersPage />, { session: session('admin', 1), route: '/admin/customers?class=A&need=tax&unassigned=true&page=3&per_page=50&sort=name' });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '导出客户 CSV' }));
    await waitFor(() => expect(downloads).toEqual(['portrait-customers-20261130-080500.csv blob:mock']));
    expect(seen[0]!.url.pathname).toBe('/api/admin/export/customers.csv');
    expect(Object.fromEntries(seen[0]!.url.searchParams)).toEqual({ class: 'A', need: 'tax', unassigned: 'true' });
    expect(seen[0]!.auth).toBe('Bearer t0k3n');
    expect(createObjectURL).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: '导出分配 CSV' }));
    await waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1]!.url.pathname).toBe('/api/admin/export/assignments.csv');
    expect(seen[1]!.url.search).toBe('');
  });

  it('reads the file name from Content-Disposition', () => {
    expect(filenameFrom('attachment; filename="a b.csv"')).toBe('a b.csv');
    expect(filenameFrom("attachment; filename*=UTF-8''%E5%AE%A2.csv")).toBe('客.csv');
    expect(filenameFrom(null)).toBeUndefined();
  });
});
