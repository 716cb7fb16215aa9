// Tests of changing one's own password: the checks before sending, the server's errors at their
// field, the new token replacing the old; and the forced change (after login, on start through
// verify, on any 403 `password_change_required`) that keeps every other page away until it succeeds.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../../App';
import { I18nProvider } from '../../i18n/i18n';
import { json, mockFetch, renderApp, session, TAGS } from '../../test/utils';
import { AuthProvider } from './session';

const later = () => Math.floor(Date.now() / 1000) + 3600;

function user(role: 'admin' | 'manager' | 'customer', mustChange: boolean) {
  return { id: 7, username: `${role}1`, name: `${role} one`, role, must_change_password: mustChange };
}

function changed(role: 'admin' | 'manager' | 'customer' = 'customer') {
  return json({ msg: 'password changed', token: 'new-token', expires_at: later(), user: user(role, false) });
}

const emptyPage = { items: [], total: 0, page: 1, per_page: 20 };

/** The three fields, by their exact labels ("新密码" is also inside "确认新密码"). */
function fields() {
  return {
    current: screen.getByLabelText('当前密码'),
    next: screen.getByLabelText('新密码', { exact: true }),
    confirm: screen.getByLabelText('确认新密码'),
  };
}

async function fill(values: { current?: string; next?: string; confirm?: string }) {
  const u = userEvent.setup();
  const f = fields();
  for (const key of ['current', 'next', 'confirm'] as const) {
    await u.clear(f[key]);
    if (values[key]) await u.type(f[key], values[key]);
  }
  await u.click(screen.getByRole('button', { name: '修改密码' }));
}

describe('ChangePasswordPage', () => {
  it('is in every role’s header and checks the fields before sending', async () => {
    const { calls } = mockFetch(() => json({}));
    renderApp(<AppRoutes />, { route: '/account/password', session: session('customer') });
    expect(await screen.findByRole('heading', { name: '修改密码', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '修改密码' })).toHaveAttribute('href', '/account/password');
    // Not forced: the role's menu is there.
    expect(screen.getByRole('navigation', { name: '主导航' })).toHaveTextContent('我的资料');

    await fill({ next: 'short', confirm: 'other' });
    const f = fields();
    expect(f.current).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('请输入当前密码。')).toBeInTheDocument();
    expect(f.next).toHaveAttribute('aria-invalid', 'true');
    expect(f.next).toHaveAccessibleDescription(/密码太弱，至少 8 个字符。/);
    expect(f.confirm).toHaveAccessibleDescription('两次输入的新密码不一致。');
    expect(screen.getByRole('alert')).toHaveTextContent('请修正标出的字段。');
    expect(f.current).toHaveFocus();

    // Long enough but not the same twice; then over 72 bytes (25 Chinese characters).
    await fill({ current: 'old-password', next: 'long-enough-1', confirm: 'long-enough-2' });
    expect(fields().current).not.toHaveAttribute('aria-invalid');
    expect(fields().next).not.toHaveAttribute('aria-invalid');
    expect(fields().confirm).toHaveAccessibleDescription('两次输入的新密码不一致。');
    expect(fields().confirm).toHaveFocus();
    await fill({ current: 'old-password', next: '密'.repeat(25), confirm: '密'.repeat(25) });
    expect(fields().next).toHaveAccessibleDescription(/密码太长/);

    expect(calls.filter((c) => c.url.pathname === '/api/auth/password')).toHaveLength(0);
  });

  it('shows the server’s errors under their field, and throttling at the top', async () => {
    const answers = [
      json({ error: 'wrong_password', message: 'the current password is wrong', field: 'current_password' }, 422),
      json({ error: 'weak_password', message: 'password must be at least 8 characters', field: 'new_password' }, 422),
      json({ error: 'too_many_attempts', message: 'slow down' }, 429, { 'Retry-After': '60' }),
    ];
    mockFetch((req) => (req.method === 'PUT' ? answers.shift()! : json({})));
    renderApp(<AppRoutes />, { route: '/account/password', session: session('manager') });
    await screen.findByRole('heading', { name: '修改密码', level: 1 });

    await fill({ current: 'not-it', next: 'new-password', confirm: 'new-password' });
    expect(await screen.findByText('当前密码不正确。')).toBeInTheDocument();
    expect(fields().current).toHaveAttribute('aria-invalid', 'true');
    expect(fields().current).toHaveAccessibleDescription('当前密码不正确。');
    expect(fields().current).toHaveFocus();
    expect(fields().next).not.toHaveAttribute('aria-invalid');

    await fill({ current: 'right-one', next: 'new-password', confirm: 'new-password' });
    expect(await screen.findByText('密码太弱，至少 8 个字符。')).toBeInTheDocument();
    expect(fields().next).toHaveAttribute('aria-invalid', 'true');
    expect(fields().current).not.toHaveAttribute('aria-invalid');

    await fill({ current: 'right-one', next: 'new-password', confirm: 'new-password' });
    expect(await screen.findByText(/尝试次数过多.*60 秒后重试/)).toBeInTheDocument();
    expect(fields().current).not.toHaveAttribute('aria-invalid');
    expect(fields().next).not.toHaveAttribute('aria-invalid');
  });

  it('sends both passwords, keeps the new token in place of the old one and says so', async () => {
    const auth: { path: string; header: string | null }[] = [];
    const { calls } = mockFetch((req, url) => {
      auth.push({ path: url.pathname, header: req.headers.get('Authorization') });
      if (url.pathname === '/api/auth/password') return changed('customer');
      return json({ error: 'internal_error', message: 'not in this test' }, 500);
    });
    renderApp(<AppRoutes />, { route: '/account/password', session: session('customer') });
    await screen.findByRole('heading', { name: '修改密码', level: 1 });
    await fill({ current: 'old-password', next: '新的密码足够长了吧', confirm: '新的密码足够长了吧' });
    expect(await screen.findByText('密码已修改。其他设备上的登录已退出。')).toBeInTheDocument();

    const put = calls.find((c) => c.url.pathname === '/api/auth/password')!;
    expect(put.method).toBe('PUT');
    expect(put.body).toEqual({ current_password: 'old-password', new_password: '新的密码足够长了吧' });
    expect(auth[0]).toEqual({ path: '/api/auth/password', header: 'Bearer t0k3n' });
    expect(JSON.parse(localStorage.getItem('portrait.session')!).token).toBe('new-token');
    expect(fields().current).toHaveValue('');
    expect(fields().next).toHaveValue('');

    // The next call carries the new token.
    await userEvent.setup().click(within(screen.getByRole('navigation', { name: '主导航' })).getByRole('link', { name: '我的资料' }));
    await screen.findByRole('heading', { name: '我的资料', level: 1 });
    // The page's own request may come a moment after its heading (a loaded machine).
    await waitFor(() => expect(auth.length).toBeGreaterThan(1));
    expect(auth.slice(1).every((a) => a.header === 'Bearer new-token')).toBe(true);
  });
});

describe('a password set by an administrator', () => {
  it('keeps the user on the password page, explains why, and leaves logging out open', async () => {
    const { calls } = mockFetch(() => json({}));
    renderApp(<AppRoutes />, { route: '/manager/customers', session: session('manager', 7, true) });
    expect(await screen.findByRole('heading', { name: '请设置您自己的密码', level: 1 })).toBeInTheDocument();
    expect(screen.getByText(/您的密码由管理员设置/)).toBeInTheDocument();
    // No menu of the role's pages, and none of their data was asked for.
    expect(screen.getByRole('navigation', { name: '主导航' })).not.toHaveTextContent('我的客户');
    expect(calls).toHaveLength(0);
    expect(screen.getByRole('link', { name: '退出登录' })).toHaveAttribute('href', '/logout');
    expect(screen.getByRole('link', { name: '暂不修改，退出登录' })).toHaveAttribute('href', '/logout');
  });

  it('redirects every route, and after the change goes to the home page with a message', async () => {
    const { calls } = mockFetch((_req, url) => {
      if (url.pathname === '/api/auth/password') return changed('manager');
      if (url.pathname === '/api/tags') return json(TAGS);
      return json(emptyPage);
    });
    renderApp(<AppRoutes />, { route: '/admin/runs', session: session('manager', 7, true) });
    await screen.findByRole('heading', { name: '请设置您自己的密码', level: 1 });
    await fill({ current: 'from-the-admin', next: 'my-own-password', confirm: 'my-own-password' });
    expect(await screen.findByRole('heading', { name: '我的客户', level: 1 })).toBeInTheDocument();
    expect(screen.getByText('密码已修改。其他设备上的登录已退出。')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: '主导航' })).toHaveTextContent('我的客户');
    const stored = JSON.parse(localStorage.getItem('portrait.session')!);
    expect(stored.token).toBe('new-token');
    expect(stored.user.must_change_password).toBe(false);
    expect(calls[0]!.url.pathname).toBe('/api/auth/password');
  });

  it('goes to the password page on a 403 password_change_required from any call', async () => {
    mockFetch(() => json({ error: 'password_change_required', message: 'choose your own password first' }, 403));
    renderApp(<AppRoutes />, { route: '/me/profile', session: session('customer') });
    expect(await screen.findByRole('heading', { name: '请设置您自己的密码', level: 1 })).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem('portrait.session')!).user.must_change_password).toBe(true);
  });

  it('goes to the password page on start when verify says so', async () => {
    localStorage.setItem('portrait.session', JSON.stringify({ token: 'kept', expires_at: later(), user: user('admin', false) }));
    const { calls } = mockFetch((_req, url) => {
      if (url.pathname === '/api/auth/verify') {
        const u = user('admin', true);
        return json({ valid: true, user: u, id: u.id, username: u.username, name: u.name, role: u.role });
      }
      // Kept pending: the redirect must come from verify's answer, not from a refusal.
      return new Promise<Response>(() => undefined);
    });
    render(
      <I18nProvider lang="zh">
        <AuthProvider>
          <MemoryRouter initialEntries={['/admin']}>
            <AppRoutes />
          </MemoryRouter>
        </AuthProvider>
      </I18nProvider>,
    );
    expect(await screen.findByRole('heading', { name: '请设置您自己的密码', level: 1 })).toBeInTheDocument();
    expect(calls[0]!.url.pathname).toBe('/api/auth/verify');
    expect(JSON.parse(localStorage.getItem('portrait.session')!).user.must_change_password).toBe(true);
  });
});
