// Tests of the shared paged table: numbers in the language's format, a page past the end, the old
// rows dimmed while the next page loads, and Retry only for errors that may pass.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import { renderApp } from '../../test/utils';
import type { AsyncState } from '../useAsync';
import { PagedTable, type Column } from './DataTable';

interface Row {
  id: number;
  name: string;
}
type Page = { items: Row[]; total: number; page: number; per_page: number };

const columns: Column<Row>[] = [{ key: 'name', label: 'Name', cell: (r) => r.name }];
const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ id: i + 1, name: `row ${i + 1}` }));

function state(data: Page | undefined, extra: Partial<AsyncState<Page>> = {}): AsyncState<Page> {
  return { data, error: undefined, loading: false, reload: vi.fn(), setData: vi.fn(), ...extra };
}

function show(s: AsyncState<Page>, lang: 'zh' | 'en' = 'zh') {
  const onPage = vi.fn();
  renderApp(<PagedTable state={s} empty="No rows match." caption="Rows" columns={columns} rowKey={(r) => r.id} onPage={onPage} />, { lang });
  return onPage;
}

describe('PagedTable', () => {
  it('writes the paging text with the language’s digit grouping', () => {
    show(state({ items: rows(20), total: 20022, page: 1, per_page: 20 }));
    const pager = screen.getByRole('navigation', { name: '分页' });
    expect(within(pager).getByText('第 1–20 条，共 20,022 条')).toBeInTheDocument();
    expect(within(pager).getByText('第 1 / 1,002 页')).toBeInTheDocument();
  });

  it('says a page past the end has no rows, never a start beyond the total, and leads back to the last page', async () => {
    const onPage = show(state({ items: [], total: 22, page: 100000, per_page: 20 }));
    expect(screen.queryByText(/1999981/)).toBeNull();
    expect(screen.queryByText('No rows match.')).toBeNull();
    expect(screen.getByText('这一页已超出列表末尾，没有数据。')).toBeInTheDocument();
    const pager = screen.getByRole('navigation', { name: '分页' });
    expect(pager).toHaveTextContent('本页没有数据（共 22 条）');
    await userEvent.click(within(pager).getByRole('button', { name: '回到最后一页（第 2 页）' }));
    expect(onPage).toHaveBeenLastCalledWith(2);
    // Previous goes to the last page too, not to the page before the one asked for.
    await userEvent.click(within(pager).getByRole('button', { name: '上一页' }));
    expect(onPage).toHaveBeenLastCalledWith(2);
  });

  it('keeps an empty list’s own words when there are no rows at all', () => {
    show(state({ items: [], total: 0, page: 1, per_page: 20 }), 'en');
    expect(screen.getByText('No rows match.')).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('keeps the old rows, dimmed and busy, with a loading cue while the next page loads', () => {
    show(state({ items: rows(3), total: 43, page: 1, per_page: 20 }, { loading: true }), 'en');
    const table = screen.getByRole('table', { name: 'Rows' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    const box = table.parentElement as HTMLElement;
    expect(box).toHaveAttribute('aria-busy', 'true');
    expect(box).toHaveClass('opacity-50');
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(screen.getByText('1–20 of 43')).toBeInTheDocument();
  });

  it('shows no loading cue once the page is there', () => {
    show(state({ items: rows(3), total: 3, page: 1, per_page: 20 }));
    const box = screen.getByRole('table').parentElement as HTMLElement;
    expect(box).not.toHaveAttribute('aria-busy');
    expect(box).not.toHaveClass('opacity-50');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('offers Retry for a server fault or a lost connection, not for a refusal or a missing record', () => {
    const cases: [ApiError, boolean][] = [
      [new ApiError(500, { error: 'internal_error', message: 'boom' }), true],
      [new ApiError(0, { error: 'network_error', message: 'offline' }), true],
      [new ApiError(503, { error: 'service_unavailable', message: 'later' }), true],
      [new ApiError(403, { error: 'forbidden', message: 'no' }), false],
      [new ApiError(404, { error: 'not_found', message: 'gone' }), false],
      [new ApiError(400, { error: 'invalid_query', message: 'bad' }), false],
    ];
    for (const [error, retry] of cases) {
      const { unmount } = renderApp(<PagedTable state={state(undefined, { error })} empty="-" caption="Rows" columns={columns} rowKey={(r) => r.id} onPage={vi.fn()} />);
      expect(screen.getByRole('alert')).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: '重试' }) !== null).toBe(retry);
      unmount();
    }
  });
});
