// The "not allowed" page (another role's URL) and the "not found" page.
import { Link } from 'react-router';
import { homePath, useAuth } from '../features/auth/session';
import { useI18n } from '../i18n/i18n';
import { Page } from '../shared/ui/Page';

export function NotAllowedPage() {
  const { t } = useI18n();
  const { session } = useAuth();
  return (
    <Page title={t.notAllowed.title}>
      <div className="card">
        <p>{t.notAllowed.body}</p>
        <p className="mt-3">
          <Link className="link" to={homePath(session?.user.role)}>
            {t.notAllowed.home}
          </Link>
        </p>
      </div>
    </Page>
  );
}

export function NotFoundPage() {
  const { t } = useI18n();
  const { session } = useAuth();
  return (
    <Page title={t.notFound.title}>
      <div className="card">
        <p>{t.notFound.body}</p>
        <p className="mt-3">
          <Link className="link" to={homePath(session?.user.role)}>
            {t.notFound.home}
          </Link>
        </p>
      </div>
    </Page>
  );
}
