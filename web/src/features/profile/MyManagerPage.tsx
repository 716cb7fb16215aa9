// The customer’s relationship manager (/me/manager): their card, the server’s "why we match", and "ask my manager to contact me".
import type { CustomerProfile, Explanation, ManagerCard } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { Page } from '../../shared/ui/Page';
import { EmptyState, ErrorState, Loading, Notice } from '../../shared/ui/States';
import { TagList } from '../../shared/ui/TagChips';
import { useAsync } from '../../shared/useAsync';
import { useAuth } from '../auth/session';
import { AssignmentWhy } from '../customers/AssignmentWhy';
import { getAssignment, getCustomerProfile } from '../customers/api';
import { getManagerProfile } from '../managers/api';
import { ContactRequestButton } from '../relationship/ContactRequestButton';

interface Loaded {
  profile: CustomerProfile;
  /** The server's explanation; null when it could not be loaded (the card still shows). */
  explanation: Explanation | null;
  card: ManagerCard | null;
}

async function load(id: number): Promise<Loaded> {
  const [profile, explanation] = await Promise.all([
    getCustomerProfile(id),
    getAssignment(id).catch(() => null),
  ]);
  const managerId = explanation ? explanation.manager_id : profile.manager_id;
  if (managerId == null) return { profile, explanation, card: null };
  const view = await getManagerProfile(managerId);
  const card: ManagerCard = {
    user_id: view.user_id,
    name: view.name,
    capabilities: view.capabilities,
    hobbies: view.hobbies,
    unit_id: view.unit_id,
    unit_code: view.unit_code,
    unit_name: view.unit_name,
    phone: view.phone,
    email: view.email,
  };
  return { profile, explanation, card };
}

export default function MyManagerPage() {
  const { t } = useI18n();
  const { session } = useAuth();
  const id = session!.user.id;
  const state = useAsync(() => load(id), [id]);
  const d = state.data;
  return (
    <Page title={t.myManager.title}>
      {state.loading && !d && <Loading />}
      {state.error !== undefined && <ErrorState error={state.error} onRetry={state.reload} />}
      {d && !d.card && <EmptyState>{t.myManager.none}</EmptyState>}
      {d?.card && <ManagerCardView profile={d.profile} card={d.card} explanation={d.explanation} />}
      {d?.card && <ContactRequestButton />}
    </Page>
  );
}

export function ManagerCardView({ profile, card, explanation }: { profile: CustomerProfile; card: ManagerCard; explanation?: Explanation | null }) {
  const { t } = useI18n();
  // What matched and the score are the server's (the one scoring rule); without its
  // explanation nothing is highlighted rather than a guess computed here.
  const sharedNeeds = explanation?.matched_needs ?? [];
  const sharedHobbies = explanation?.matched_hobbies ?? [];
  const score = explanation?.score ?? profile.match_score;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <section className="card self-start" aria-labelledby="mgr-name">
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
        {score != null && (
          <p className="mt-4">
            {t.myManager.score}: <strong>{score}</strong>
          </p>
        )}
      </section>
      {explanation ? (
        <AssignmentWhy explanation={explanation} />
      ) : (
        <section className="card" aria-labelledby="why-heading">
          <h2 id="why-heading">{t.myManager.why}</h2>
          <Notice>{t.myManager.explanationError}</Notice>
        </section>
      )}
    </div>
  );
}
