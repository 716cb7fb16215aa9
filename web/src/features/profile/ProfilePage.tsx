// The customer's own profile (/me/profile): the edit form beside the computed summary.
import { useI18n } from '../../i18n/i18n';
import { loadTags } from '../../shared/tags';
import { Page } from '../../shared/ui/Page';
import { ErrorState, Loading } from '../../shared/ui/States';
import { useAsync } from '../../shared/useAsync';
import { useAuth } from '../auth/session';
import { ProfileForm } from '../customers/ProfileForm';
import { ProfileSummary } from '../customers/ProfileSummary';
import { getCustomerProfile } from '../customers/api';

export default function ProfilePage() {
  const { t } = useI18n();
  const { session } = useAuth();
  const id = session!.user.id;
  const state = useAsync(
    () => Promise.all([getCustomerProfile(id), loadTags()]),
    [id],
  );
  return (
    <Page title={t.profile.title}>
      <p className="mb-4 text-slate-700">{t.profile.intro}</p>
      {state.loading && !state.data && <Loading />}
      {state.error !== undefined && <ErrorState error={state.error} onRetry={state.reload} />}
      {state.data && (
        <div className="grid gap-4 lg:grid-cols-3">
          <section className="card lg:col-span-2" aria-labelledby="edit-heading">
            <h2 id="edit-heading" className="sr-only">
              {t.profile.title}
            </h2>
            <ProfileForm
              key={state.data[0].user_id}
              profile={state.data[0]}
              tags={state.data[1]}
              onSaved={(p) => state.data && state.setData([p, state.data[1]])}
            />
          </section>
          <ProfileSummary profile={state.data[0]} />
        </div>
      )}
    </Page>
  );
}
