import { api, call, type ManagerCard, type CustomerProfile } from '../../api/client';
import { useAuth } from '../../auth/session';
import { Page } from '../../components/Page';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { TagList } from '../../components/TagChips';
import { useI18n } from '../../i18n/i18n';
import { intersect } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';

async function load(id: number): Promise<{ profile: CustomerProfile; card: ManagerCard | null }> {
  const profile = await call(api.GET('/api/customers/{id}/profile', { params: { path: { id } } }));
  if (profile.manager_id == null) return { profile, card: null };
  const view = await call(api.GET('/api/managers/{id}/profile', { params: { path: { id: profile.manager_id } } }));
  const card: ManagerCard = { user_id: view.user_id, name: view.name, capabilities: view.capabilities, hobbies: view.hobbies };
  return { profile, card };
}

export default function MyManagerPage() {
  const { t } = useI18n();
  const { session } = useAuth();
  const id = session!.user.id;
  const state = useAsync(() => load(id), [id]);
  return (
    <Page title={t.myManager.title}>
      {state.loading && !state.data && <Loading />}
      {state.error !== undefined && <ErrorState error={state.error} onRetry={state.reload} />}
      {state.data && !state.data.card && <EmptyState>{t.myManager.none}</EmptyState>}
      {state.data?.card && <ManagerCardView profile={state.data.profile} card={state.data.card} />}
    </Page>
  );
}

export function ManagerCardView({ profile, card }: { profile: CustomerProfile; card: ManagerCard }) {
  const { t } = useI18n();
  const sharedNeeds = intersect(profile.needs, card.capabilities);
  const sharedHobbies = intersect(profile.hobbies, card.hobbies);
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <section className="card" aria-labelledby="mgr-name">
        <div className="flex items-center gap-3">
          <span aria-hidden="true" className="flex size-12 items-center justify-center rounded-full bg-blue-700 text-xl font-bold text-white">
            {card.name.slice(0, 1)}
          </span>
          <h2 id="mgr-name">{card.name}</h2>
        </div>
        <h3 className="mt-4 mb-1 font-medium text-slate-700">{t.myManager.capabilities}</h3>
        <TagList names={card.capabilities} highlight={sharedNeeds} />
        <h3 className="mt-4 mb-1 font-medium text-slate-700">{t.myManager.hobbies}</h3>
        <TagList names={card.hobbies} highlight={sharedHobbies} />
        {profile.match_score != null && (
          <p className="mt-4">
            {t.myManager.score}: <strong>{profile.match_score}</strong>
          </p>
        )}
      </section>
      <section className="card" aria-labelledby="why-heading">
        <h2 id="why-heading">{t.myManager.why}</h2>
        <h3 className="mt-3 mb-1 font-medium text-slate-700">{t.myManager.sharedNeeds}</h3>
        {sharedNeeds.length ? <TagList names={sharedNeeds} highlight={sharedNeeds} /> : <p className="text-slate-600">{t.myManager.noOverlap}</p>}
        <h3 className="mt-4 mb-1 font-medium text-slate-700">{t.myManager.sharedHobbies}</h3>
        {sharedHobbies.length ? <TagList names={sharedHobbies} highlight={sharedHobbies} /> : <p className="text-slate-600">{t.myManager.noOverlap}</p>}
      </section>
    </div>
  );
}
