// Tests of a customer's page when the customer cannot be shown: not found (no Retry), a bad id, a lost connection (Retry).
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TAGS, json, mockFetch, renderApp, session } from '../../test/utils';
import CustomerDetailPage from './CustomerDetailPage';

function renderAt(path: string, lang: 'zh' | 'en' = 'zh') {
  renderApp(
    <Routes>
      <Route path="/admin/customers/:id" element={<CustomerDetailPage listPath="/admin/customers" />} />
    </Routes>,
    { route: path, session: session('admin', 1), lang },
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('CustomerDetailPage', () => {
  it('says an unknown customer is not found, with the way back and no Retry', async () => {
    mockFetch((_req, url) => (url.pathname === '/api/tags' ? json(TAGS) : json({ error: 'not_found', message: 'customer not found' }, 404)));
    renderAt('/admin/customers/99999');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('未找到');
    expect(alert).toHaveTextContent('找不到这位客户：编号不存在，或该客户已不在系统中。');
    expect(alert).not.toHaveTextContent('权限');
    expect(screen.getAllByRole('link', { name: /返回列表/ }).at(-1)).toHaveAttribute('href', '/admin/customers');
    expect(screen.queryByRole('button', { name: '重试' })).toBeNull();
  });

  it('takes an id that is no number for a missing customer without asking the server', async () => {
    const mock = mockFetch(() => json({ error: 'invalid_path', message: 'bad id' }, 400));
    renderAt('/admin/customers/abc', 'en');
    expect(await screen.findByRole('alert')).toHaveTextContent('There is no such customer');
    expect(mock.calls).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('offers Retry when the server could not be reached, and shows the customer once it answers', async () => {
    let down = true;
    mockFetch((_req, url) => {
      if (down) throw new TypeError('Failed to fetch');
      if (url.pathname === '/api/tags') return json(TAGS);
      if (url.pathname.endsWith('/assignment')) return json({ error: 'not_found', message: 'none' }, 404);
      if (url.pathname.endsWith('/interactions')) return json({ items: [], page: 1, per_page: 10, total: 0 });
      return json({
        user_id: 5,
        username: 'customer5',
        name: '客户5',
        age: 30,
        occupation: '',
        total_assets: 100,
        needs: [],
        hobbies: [],
        class: null,
        segment: null,
        manager_id: null,
        manager_name: null,
        match_score: null,
        unit_id: 1,
        unit_code: 'HQ',
        unit_name: '总行',
      });
    });
    renderAt('/admin/customers/5');
    expect(await screen.findByRole('alert')).toHaveTextContent('无法连接服务器，请检查网络。');
    down = false;
    await userEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByRole('heading', { name: '客户详情：客户5', level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
