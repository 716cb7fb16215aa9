import { lazy, Suspense } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { RequireAuth, RequireRole } from './auth/guards';
import { AuthProvider, homePath, useAuth } from './auth/session';
import { Layout, PublicLayout } from './components/Layout';
import { Loading } from './components/States';
import { I18nProvider } from './i18n/i18n';
import { LoginPage } from './pages/LoginPage';
import { LogoutPage } from './pages/LogoutPage';
import { NotFoundPage } from './pages/NotAllowedPage';

// Every signed-in page is its own chunk; Recharts only loads with the chart pages (dashboard, book statistics).
const RegisterPage = lazy(() => import('./pages/RegisterPage').then((m) => ({ default: m.RegisterPage })));
const ProfilePage = lazy(() => import('./pages/customer/ProfilePage'));
const MyManagerPage = lazy(() => import('./pages/customer/MyManagerPage'));
const MyCustomersPage = lazy(() => import('./pages/manager/MyCustomersPage'));
const MyStatsPage = lazy(() => import('./pages/manager/MyStatsPage'));
const ManagerProfilePage = lazy(() => import('./pages/manager/ManagerProfilePage'));
const CustomerDetailPage = lazy(() => import('./pages/CustomerDetailPage'));
const DashboardPage = lazy(() => import('./pages/admin/DashboardPage'));
const AdminCustomersPage = lazy(() => import('./pages/admin/AdminCustomersPage'));
const ManagersPage = lazy(() => import('./pages/admin/ManagersPage'));
const AuditLogPage = lazy(() => import('./pages/admin/AuditLogPage'));
const RunsPage = lazy(() => import('./pages/admin/RunsPage'));
const RunDetailPage = lazy(() => import('./pages/admin/RunDetailPage'));

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
          <Route path="me" element={<RequireRole roles={['customer']} />}>
            <Route index element={<Navigate to="profile" replace />} />
            <Route path="profile" element={<ProfilePage />} />
            <Route path="manager" element={<MyManagerPage />} />
          </Route>
          <Route path="manager" element={<RequireRole roles={['manager']} />}>
            <Route index element={<Navigate to="customers" replace />} />
            <Route path="customers" element={<MyCustomersPage />} />
            <Route path="customers/:id" element={<CustomerDetailPage listPath="/manager/customers" />} />
            <Route path="stats" element={<MyStatsPage />} />
            <Route path="profile" element={<ManagerProfilePage />} />
          </Route>
          <Route path="admin" element={<RequireRole roles={['admin']} />}>
            <Route index element={<DashboardPage />} />
            <Route path="customers" element={<AdminCustomersPage />} />
            <Route path="customers/:id" element={<CustomerDetailPage listPath="/admin/customers" />} />
            <Route path="managers" element={<ManagersPage />} />
            <Route path="runs" element={<RunsPage />} />
            <Route path="runs/:id" element={<RunDetailPage />} />
            <Route path="audit-log" element={<AuditLogPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
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
