// One customer (/manager/customers/:id, /admin/customers/:id): read-only for their manager, editable and assignable for admins; both keep the relationship record.
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { loadTags } from '../../shared/tags';
import { Page } from '../../shared/ui/Page';
import { ErrorState, Loading, Notice } from '../../shared/ui/States';
import { TagList } from '../../shared/ui/TagChips';
import { useAsync } from '../../shared/useAsync';
import { useAuth } from '../auth/session';
import { RelationshipSection } from '../relationship/RelationshipSection';
import { ManualAssignDialog, UnassignDialog } from './AssignDialogs';
import { AssignmentWhy } from './AssignmentWhy';
import { ProfileForm } from './ProfileForm';
import { ProfileSummary } from './ProfileSummary';
import { getAssignment, getCustomerProfile } from './api';

/** One customer: read-only for their manager, editable (and assignable) for admins. */
export default function CustomerDetailPage({ listPath }: { listPath: string }) {
  const { t } = useI18n();
  const { session } = useAuth();
  const id = Number(useParams().id);
  const isAdmin = session?.user.role === 'admin';
  const [dialog, setDialog] = useState<'assign' | 'unassign' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // Bumped when the relationship record adds needs, so the edit form starts again from the saved portrait.
  const [formRev, setFormRev] = useState(0);
  const state = useAsync(() => {
    // An id that is not a record's (/admin/customers/abc) is as missing as an unknown one.
    if (!(Number.isInteger(id) && id > 0)) return Promise.reject(new ApiError(404, { error: 'not_found', message: 'no such customer' }));
    return Promise.all([
      getCustomerProfile(id),
      isAdmin ? loadTags() : Promise.resolve(null),
      // The explanation is extra: the page still works without it.
      getAssignment(id).catch(() => null),
    ]);
  }, [id, isAdmin]);
  const profile = state.data?.[0];
  const explanation = state.data?.[2];
  const done = (text: string) => {
    setDialog(null);
    setMessage(text);
    state.reload();
  };
  return (
    <Page
      title={profile ? `${t.detail.title}：${profile.name}` : t.detail.title}
      actions={
        <Link to={listPath} className="link">
          ← {t.detail.back}
        </Link>
      }
    >
      {message && <Notice kind="success">{message}</Notice>}
      {state.loading && !state.data && <Loading />}
      {state.error !== undefined && (
        <ErrorState
          error={state.error}
          onRetry={state.reload}
          notFound={
            <>
              {t.detail.notFound}{' '}
              <Link to={listPath} className="link">
                {t.detail.back}
              </Link>
            </>
          }
        />
      )}
      {profile && (
        <div className="grid gap-4 lg:grid-cols-3">
          <div className="space-y-4">
            <ProfileSummary profile={profile} showAssets />
            {isAdmin && (
              <div className="flex flex-wrap gap-2">
                <button type="button" className="btn-secondary" onClick={() => setDialog('assign')}>
                  {t.assign.assign}
                </button>
                {profile.manager_id != null && (
                  <button type="button" className="btn-secondary" onClick={() => setDialog('unassign')}>
                    {t.assign.unassign}
                  </button>
                )}
              </div>
            )}
            {/* Both roles that open this page may see who else would fit. */}
            <Link to={`${listPath}/${id}/candidates`} className="link inline-block">
              {t.candidates.open}
            </Link>
            {isAdmin && <Link to={`/admin/audit-log?target=user:${id}`} className="link block">{t.audit.customerHistory}</Link>}
            {explanation && explanation.manager_id != null && <AssignmentWhy explanation={explanation} />}
          </div>
          <section className="card self-start lg:col-span-2" aria-labelledby="detail-edit">
            {isAdmin && state.data?.[1] ? (
              <>
                <h2 id="detail-edit" className="mb-3">
                  {t.detail.edit}
                </h2>
                <ProfileForm
                  key={`${profile.user_id}-${formRev}`}
                  profile={profile}
                  tags={state.data[1]}
                  onSaved={(p) => state.data && state.setData([p, state.data[1], state.data[2]])}
                />
              </>
            ) : (
              <>
                <h2 id="detail-edit" className="sr-only">
                  {t.detail.title}
                </h2>
                <dl className="grid gap-3 sm:grid-cols-[10rem_1fr]">
                  <dt className="font-medium text-slate-700">{t.profile.age}</dt>
                  <dd>{profile.age ?? t.common.notSet}</dd>
                  <dt className="font-medium text-slate-700">{t.profile.occupation}</dt>
                  <dd>{profile.occupation || t.common.notSet}</dd>
                  <dt className="font-medium text-slate-700">{t.profile.needs}</dt>
                  <dd>
                    <TagList names={profile.needs} highlight={explanation?.matched_needs} />
                  </dd>
                  <dt className="font-medium text-slate-700">{t.profile.hobbies}</dt>
                  <dd>
                    <TagList names={profile.hobbies} highlight={explanation?.matched_hobbies} />
                  </dd>
                </dl>
              </>
            )}
          </section>
        </div>
      )}
      {profile && (
        <RelationshipSection
          customer={profile}
          canUpdateProfile={isAdmin}
          onProfile={(p) => {
            if (state.data) state.setData([p, state.data[1], state.data[2]]);
            setFormRev((n) => n + 1);
          }}
        />
      )}
      {profile && dialog === 'assign' && <ManualAssignDialog customer={profile} onCancel={() => setDialog(null)} onDone={done} />}
      {profile && dialog === 'unassign' && <UnassignDialog customer={profile} onCancel={() => setDialog(null)} onDone={done} />}
    </Page>
  );
}
