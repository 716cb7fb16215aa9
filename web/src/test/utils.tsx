// Test helpers: a recording fetch mock, sessions, and rendering inside the app's providers.
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { setToken } from '../api/client';
import { AuthProvider, type Session } from '../features/auth/session';
import type { Lang } from '../i18n/dict';
import { I18nProvider } from '../i18n/i18n';

export type Handler = (req: Request, url: URL) => Response | Promise<Response>;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Replaces fetch; every request is recorded for assertions. */
export function mockFetch(handler: Handler) {
  const calls: { method: string; url: URL; body: unknown }[] = [];
  const fn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = input instanceof Request ? input : new Request(input, init);
    const url = new URL(req.url);
    const text = await req.clone().text();
    calls.push({ method: req.method, url, body: text ? parseBody(text) : undefined });
    return handler(req, url);
  });
  vi.stubGlobal('fetch', fn);
  return { fn, calls };
}

/** A signed-in session; `mustChangePassword` as when an administrator set the password. */
export function session(role: 'admin' | 'manager' | 'customer', id = 7, mustChangePassword = false): Session {
  return {
    token: 't0k3n',
    expires_at: Math.floor(Date.now() / 1000) + 3600,
    user: { id, username: `${role}1`, name: `${role} one`, role, must_change_password: mustChangePassword },
  };
}

export function renderApp(ui: ReactNode, opts: { route?: string; session?: Session | null; lang?: Lang } = {}) {
  setToken(opts.session?.token ?? null);
  return render(
    <I18nProvider lang={opts.lang ?? 'zh'}>
      <AuthProvider initial={opts.session ?? null}>
        <MemoryRouter initialEntries={[opts.route ?? '/']}>{ui}</MemoryRouter>
      </AuthProvider>
    </I18nProvider>,
  );
}

export const TAGS = {
  needs: ['savings', 'investment', 'insurance'],
  hobbies: ['travel', 'reading', 'music'],
  capabilities: ['savings', 'investment', 'insurance'],
};
