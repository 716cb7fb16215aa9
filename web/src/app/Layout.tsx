// The app shell: header, each role's navigation (NAV), language switch and the signed-in user (with
// "change password" and "log out"); the public layout.
import { Suspense, useEffect, useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { homePath, PASSWORD_PATH, useAuth, type PasswordChangedState } from '../features/auth/session';
import type { Dictionary } from '../i18n/dict';
import { useI18n } from '../i18n/i18n';
import { Loading, Notice } from '../shared/ui/States';
import { LanguageSwitch } from './LanguageSwitch';

interface NavItem {
  to: string;
  label: (t: Dictionary) => string;
  /** Routes whose API is not there yet: shown as "soon", not a link. */
  soon?: boolean;
  end?: boolean;
}

/** One menu per role. The admin's analytics are on the dashboard (`/admin`). */
export const NAV: Record<string, NavItem[]> = {
  customer: [
    { to: '/me/profile', label: (t) => t.nav.myProfile },
    { to: '/me/manager', label: (t) => t.nav.myManager },
  ],
  manager: [
    { to: '/manager/customers', label: (t) => t.nav.myCustomers },
    { to: '/manager/follow-ups', label: (t) => t.nav.followUps },
    { to: '/manager/stats', label: (t) => t.nav.myStats },
    { to: '/manager/profile', label: (t) => t.nav.managerProfile },
  ],
  admin: [
    { to: '/admin', label: (t) => t.nav.dashboard, end: true },
    { to: '/admin/customers', label: (t) => t.nav.customers },
    { to: '/admin/follow-ups', label: (t) => t.nav.followUps },
    { to: '/admin/managers', label: (t) => t.nav.managers },
    { to: '/admin/runs', label: (t) => t.nav.assignmentRuns },
    { to: '/admin/organisation', label: (t) => t.nav.organisation },
    { to: '/admin/staff', label: (t) => t.nav.staff },
    { to: '/admin/audit-log', label: (t) => t.nav.auditLog },
  ],
};

export function Layout() {
  const { t } = useI18n();
  const { session } = useAuth();
  const [menuOpen, setMenuOpen] = useState(false);
  const location = useLocation();
  useEffect(() => setMenuOpen(false), [location.pathname]);
  // Until a user whose password an administrator set has chosen their own, only the password
  // page is open to them (RequireAuth), so the menu shows nothing else.
  const forced = session?.user.must_change_password === true;
  const items = forced ? [] : (NAV[session?.user.role ?? ''] ?? []);
  const passwordChanged = (location.state as PasswordChangedState | null)?.passwordChanged === true;

  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only-focusable fixed top-2 left-2 z-50 rounded bg-white px-3 py-2 text-blue-900 shadow">
        {t.app.skip}
      </a>
      <header className="bg-blue-900 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
          <Link to={homePath(session?.user.role)} className="text-lg font-bold text-white no-underline">
            {t.app.name}
          </Link>
          <button
            type="button"
            className="ml-auto rounded-md border border-blue-300 px-3 py-1.5 text-sm md:hidden"
            aria-expanded={menuOpen}
            aria-controls="main-nav"
            onClick={() => setMenuOpen((o) => !o)}
          >
            {t.app.menu}
          </button>
          <nav id="main-nav" aria-label={t.nav.main} className={`${menuOpen ? 'block' : 'hidden'} w-full md:block md:w-auto`}>
            <ul className="flex flex-col gap-1 md:flex-row md:items-center">
              {items.map((item) =>
                item.soon ? (
                  <li key={item.to} className="px-3 py-2 text-sm text-blue-200" aria-disabled="true">
                    {item.label(t)} <span className="rounded bg-blue-800 px-1.5 py-0.5 text-xs">{t.app.soon}</span>
                  </li>
                ) : (
                  <li key={item.to}>
                    <NavLink
                      to={item.to}
                      end={item.end}
                      className={({ isActive }) =>
                        `block rounded-md px-3 py-2 text-sm font-medium ${isActive ? 'bg-white text-blue-900' : 'text-white hover:bg-blue-800'}`
                      }
                    >
                      {item.label(t)}
                    </NavLink>
                  </li>
                ),
              )}
            </ul>
          </nav>
          <div className={`${menuOpen ? 'flex' : 'hidden'} w-full flex-wrap items-center gap-3 md:ml-auto md:flex md:w-auto`}>
            <LanguageSwitch dark />
            {session && (
              <>
                <span className="text-sm text-blue-100">
                  {t.app.signedInAs(session.user.name)} · {t.roles[session.user.role] ?? session.user.role}
                </span>
                <NavLink
                  to={PASSWORD_PATH}
                  className={({ isActive }) =>
                    `rounded-md border border-blue-300 px-3 py-1.5 text-sm ${isActive ? 'bg-white text-blue-900' : 'text-white hover:bg-blue-800'}`
                  }
                >
                  {t.app.changePassword}
                </NavLink>
                <Link to="/logout" className="rounded-md border border-blue-300 px-3 py-1.5 text-sm text-white hover:bg-blue-800">
                  {t.app.logout}
                </Link>
              </>
            )}
          </div>
        </div>
      </header>
      <main id="main" className="flex-1 px-4 py-6">
        {passwordChanged && (
          <div className="mx-auto w-full max-w-6xl">
            <Notice kind="success">{t.password.changed}</Notice>
          </div>
        )}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}

export function PublicLayout() {
  const { t } = useI18n();
  return (
    <div className="flex min-h-screen flex-col">
      <header className="bg-blue-900 text-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-3">
          <span className="text-lg font-bold">{t.app.fullName}</span>
          <LanguageSwitch dark />
        </div>
      </header>
      <main id="main" className="flex flex-1 items-start justify-center px-4 py-10">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
