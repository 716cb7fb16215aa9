// The routes: public pages, then each role's pages behind the guards; every signed-in page is a lazy chunk.
import { lazy, Suspense } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { Layout, PublicLayout } from './app/Layout';
import { NotFoundPage } from './app/NotAllowedPage';
import { LoginPage } from './features/auth/LoginPage';
import { LogoutPage } from './features/auth/LogoutPage';
import { RequireAuth, RequireRole } from './features/auth/guards';
import { AuthProvider, homePath, useAuth } from './features/auth/session';
import { I18nProvider } from './i18n/i18n';
import { Loading } from './shared/ui/States';

// Every signed-in page is its own chunk; Recharts only loads with the chart pages (dashboard, book statistics, candidates).
const RegisterPage = lazy(() => import('./features/auth/RegisterPage').then((m) => ({ default: m.RegisterPage })));
const ChangePasswordPage = lazy(() => import('./features/auth/ChangePasswordPage'));
const ProfilePage = lazy(() => import('./features/profile/ProfilePage'));
const MyManagerPage = lazy(() => import('./features/profile/MyManagerPage'));
const MyCustomersPage = lazy(() => import('./features/customers/MyCustomersPage'));
const MyStatsPage = lazy(() => import('./features/analytics/MyStatsPage'));
const ManagerProfilePage = lazy(() => import('./features/managers/ManagerProfilePage'));
const CustomerDetailPage = lazy(() => import('./features/customers/CustomerDetailPage'));
const FollowUpsPage = lazy(() => import('./features/relationship/FollowUpsPage'));
const CandidatesPage = lazy(() => import('./features/candidates/CandidatesPage'));
const DashboardPage = lazy(() => import('./features/analytics/DashboardPage'));
const AdminCustomersPage = lazy(() => import('./features/customers/AdminCustomersPage'));
const ManagersPage = lazy(() => import('./features/managers/ManagersPage'));
const AuditLogPage = lazy(() => import('./features/audit/AuditLogPage'));
const RunsPage = lazy(() => import('./features/runs/RunsPage'));
const RunDetailPage = lazy(() => import('./features/runs/RunDetailPage'));
const OrganisationPage = lazy(() => import('./features/organisation/OrganisationPage'));
const StaffPage = lazy(() => import('./features/staff/StaffPage'));

function Home() {
  const { session } = useAuth();
  return <Navigate to={homePath(session?.user.role)} replace />;
}

export function AppRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route element={<PublicLayout />}>
          <Route path="/login" element={<LoginPage />} />
          <Route path="/register" element={<RegisterPage />} />
        </Route>
        <Route path="/logout" element={<LogoutPage />} />
        <Route
          element={
            <RequireAuth>
              <Layout />
            </RequireAuth>
          }
        >
          <Route index element={<Home />} />
          {/* Every role's own password; where RequireAuth keeps a user whose password an admin set. */}
          <Route path="account/password" element={<ChangePasswordPage />} />
          <Route path="me" element={<RequireRole roles={['customer']} />}>
            <Route index element={<Navigate to="profile" replace />} />
            <Route path="profile" element={<ProfilePage />} />
            <Route path="manager" element={<MyManagerPage />} />
          </Route>
          <Route path="manager" element={<RequireRole roles={['manager']} />}>
            <Route index element={<Navigate to="customers" replace />} />
            <Route path="customers" element={<MyCustomersPage />} />
            <Route path="customers/:id" element={<CustomerDetailPage listPath="/manager/customers" />} />
            <Route path="customers/:id/candidates" element={<CandidatesPage listPath="/manager/customers" />} />
            <Route path="follow-ups" element={<FollowUpsPage customerPath="/manager/customers" />} />
            <Route path="stats" element={<MyStatsPage />} />
            <Route path="profile" element={<ManagerProfilePage />} />
          </Route>
          <Route path="admin" element={<RequireRole roles={['admin']} />}>
            <Route index element={<DashboardPage />} />
            <Route path="customers" element={<AdminCustomersPage />} />
            <Route path="customers/:id" element={<CustomerDetailPage listPath="/admin/customers" />} />
            <Route path="customers/:id/candidates" element={<CandidatesPage listPath="/admin/customers" />} />
            <Route path="follow-ups" element={<FollowUpsPage customerPath="/admin/customers" />} />
            <Route path="managers" element={<ManagersPage />} />
            <Route path="runs" element={<RunsPage />} />
            <Route path="runs/:id" element={<RunDetailPage />} />
            <Route path="audit-log" element={<AuditLogPage />} />
            <Route path="organisation" element={<OrganisationPage />} />
            <Route path="staff" element={<StaffPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
          <Route path="organisation" element={<Navigate to="/admin/organisation" replace />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}

export function App() {
  return (
    <I18nProvider>
      <AuthProvider>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </AuthProvider>
    </I18nProvider>
  );
}
