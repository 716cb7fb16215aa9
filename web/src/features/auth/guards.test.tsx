// Tests of the route guards: a wrong role fetches nothing, no session goes to login, a 401 ends the session.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../../App';
import { json, mockFetch, renderApp, session } from '../../test/utils';

describe('route guards', () => {
  it('shows a customer "not allowed" at /admin and fetches no admin data', async () => {
    const { calls } = mockFetch(() => json({}));
    renderApp(<AppRoutes />, { route: '/admin/managers', session: session('customer') });
    expect(await screen.findByRole('heading', { name: '无权访问' })).toBeInTheDocument();
    expect(calls.filter((c) => c.url.pathname.startsWith('/api/managers') || c.url.pathname.startsWith('/api/admin'))).toHaveLength(0);
  });

  it('sends a visitor without a session to the login page', async () => {
    mockFetch(() => json({}));
    renderApp(<AppRoutes />, { route: '/admin' });
    expect(await screen.findByRole('heading', { name: '登录' })).toBeInTheDocument();
  });

  it('ends the session on a 401 and says why', async () => {
    mockFetch(() => json({ error: 'unauthenticated', message: 'token expired' }, 401));
    renderApp(<AppRoutes />, { route: '/me/profile', session: session('customer') });
    expect(await screen.findByText('登录已过期，请重新登录。')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '登录' })).toBeInTheDocument();
  });
});
