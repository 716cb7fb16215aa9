import { Link } from 'react-router';
import { homePath, useAuth } from '../auth/session';
import { Page } from '../components/Page';
import { useI18n } from '../i18n/i18n';

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
