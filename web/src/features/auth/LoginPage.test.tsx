// Tests of the login page: success by role, a password set by an admin, wrong credentials and throttling, English.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, renderApp } from '../../test/utils';
import { LoginPage } from './LoginPage';

function ui() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/me/profile" element={<p>customer home</p>} />
      <Route path="/admin" element={<p>admin home</p>} />
      <Route path="/account/password" element={<p>password page</p>} />
    </Routes>
  );
}

describe('LoginPage', () => {
  it('logs in and goes to the role’s home page', async () => {
    const { calls } = mockFetch(() =>
      json({ token: 'abc', expires_at: Math.floor(Date.now() / 1000) + 3600, user: { id: 1, username: 'admin', name: '系统管理员', role: 'admin', must_change_password: false } }),
    );
    renderApp(ui(), { route: '/login' });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('用户名'), 'admin');
    await user.type(screen.getByLabelText('密码'), 'admin123');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('admin home')).toBeInTheDocument();
    const logins = calls.filter((c) => c.url.pathname === '/api/auth/login');
    expect(logins).toHaveLength(1);
    expect(logins[0]!.method).toBe('POST');
    expect(logins[0]!.body).toEqual({ username: 'admin', password: 'admin123' });
    expect(JSON.parse(localStorage.getItem('portrait.session')!).token).toBe('abc');
  });

  it('goes to the password page when an administrator set the password', async () => {
    mockFetch(() =>
      json({ token: 'abc', expires_at: Math.floor(Date.now() / 1000) + 3600, user: { id: 9, username: 'newmgr', name: '新经理', role: 'manager', must_change_password: true } }),
    );
    renderApp(ui(), { route: '/login' });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('用户名'), 'newmgr');
    await user.type(screen.getByLabelText('密码'), 'initial-pass');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('password page')).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem('portrait.session')!).user.must_change_password).toBe(true);
  });

  it('shows wrong credentials and throttling messages', async () => {
    let n = 0;
    mockFetch((_req, url) =>
      url.pathname === '/api/about'
        ? json({ version: '1', demo_accounts: false })
        : ++n === 1
        ? json({ error: 'invalid_credentials', message: 'wrong username or password' }, 401)
        : json({ error: 'too_many_attempts', message: 'slow down' }, 429, { 'Retry-After': '30' }),
    );
    renderApp(ui(), { route: '/login' });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('用户名'), 'admin');
    await user.type(screen.getByLabelText('密码'), 'nope');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('用户名或密码错误。');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText(/尝试次数过多.*30 秒后重试/)).toBeInTheDocument();
    expect(screen.getByLabelText('用户名')).toHaveValue('admin');
  });

  it('speaks English when asked', () => {
    mockFetch(() => json({}));
    renderApp(ui(), { route: '/login', lang: 'en' });
    expect(screen.getByRole('heading', { name: 'Log in' })).toBeInTheDocument();
    expect(screen.getByLabelText('Username')).toBeInTheDocument();
  });

  it('shows the demo passwords only while the server says they open the demo accounts', async () => {
    mockFetch((_req, url) => json(url.pathname === '/api/about' ? { version: '1', demo_accounts: true } : {}));
    const { unmount } = renderApp(ui(), { route: '/login' });
    expect(await screen.findByText(/admin\/admin123/)).toBeInTheDocument();
    unmount();
    mockFetch((_req, url) => json(url.pathname === '/api/about' ? { version: '1', demo_accounts: false } : {}));
    renderApp(ui(), { route: '/login' });
    await screen.findByRole('button', { name: '登录' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText(/admin\/admin123/)).not.toBeInTheDocument();
  });
});
