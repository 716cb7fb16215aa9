// The manager's own profile (/manager/profile): name, expertise and hobbies, beside their load and status.
import { useState, type FormEvent } from 'react';
import { ApiError, type ManagerProfile, type Tags } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { loadTags } from '../../shared/tags';
import { FormField } from '../../shared/ui/FormField';
import { Page } from '../../shared/ui/Page';
import { ErrorState, Loading, Notice, useErrorText } from '../../shared/ui/States';
import { TagChips } from '../../shared/ui/TagChips';
import { useAsync } from '../../shared/useAsync';
import { useAuth } from '../auth/session';
import { getManagerProfile, updateManagerProfile } from './api';

async function load(id: number): Promise<[ManagerProfile, Tags]> {
  const [view, tags] = await Promise.all([getManagerProfile(id), loadTags()]);
  return [view as ManagerProfile, tags];
}

export default function ManagerProfilePage() {
  const { t } = useI18n();
  const { session } = useAuth();
  const id = session!.user.id;
  const state = useAsync(() => load(id), [id]);
  return (
    <Page title={t.managerProfile.title}>
      {state.loading && !state.data && <Loading />}
      {state.error !== undefined && <ErrorState error={state.error} onRetry={state.reload} />}
      {state.data && <ManagerForm profile={state.data[0]} tags={state.data[1]} onSaved={(p) => state.data && state.setData([p, state.data[1]])} />}
    </Page>
  );
}

type Field = 'name' | 'capabilities' | 'hobbies';

function ManagerForm({ profile, tags, onSaved }: { profile: ManagerProfile; tags: Tags; onSaved: (p: ManagerProfile) => void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [name, setName] = useState(profile.name);
  const [capabilities, setCapabilities] = useState<string[]>(profile.capabilities);
  const [hobbies, setHobbies] = useState<string[]>(profile.hobbies);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setSaved(false);
    setErrors({});
    setFormError(null);
    try {
      const updated = await updateManagerProfile(profile.user_id, { name: name.trim(), capabilities, hobbies });
      setSaved(true);
      onSaved(updated);
    } catch (err) {
      if (err instanceof ApiError && (err.field === 'name' || err.field === 'capabilities' || err.field === 'hobbies')) setErrors({ [err.field]: errorText(err) });
      else setFormError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <section className="card lg:col-span-2" aria-label={t.managerProfile.title}>
        <form onSubmit={onSubmit} noValidate className="space-y-5">
          {formError !== null && <Notice kind="error">{errorText(formError)}</Notice>}
          <FormField id="mp-name" label={t.managerProfile.name} error={errors.name} className="max-w-md">
            {(control) => <input {...control} className="input" value={name} onChange={(e) => setName(e.target.value)} />}
          </FormField>
          <TagChips legend={t.managerProfile.capabilities} options={tags.capabilities} selected={capabilities} onChange={setCapabilities} error={errors.capabilities} />
          <TagChips legend={t.managerProfile.hobbies} options={tags.hobbies} selected={hobbies} onChange={setHobbies} error={errors.hobbies} />
          <div className="flex items-center gap-3">
            <button type="submit" className="btn-primary" disabled={busy}>
              {busy ? t.common.saving : t.common.save}
            </button>
            {saved && (
              <p role="status" className="text-green-800">
                {t.profile.saveSuccess}
              </p>
            )}
          </div>
        </form>
      </section>
      <section className="card" aria-label={t.managerProfile.status}>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
          <dt className="font-medium text-slate-700">{t.profile.username}</dt>
          <dd>{profile.username}</dd>
          <dt className="font-medium text-slate-700">{t.managerProfile.customers}</dt>
          <dd>{profile.customer_count}</dd>
          <dt className="font-medium text-slate-700">{t.managerProfile.capacity}</dt>
          <dd>{profile.capacity}</dd>
          <dt className="font-medium text-slate-700">{t.managerProfile.status}</dt>
          <dd>{profile.active ? t.managers.active : t.managers.onLeave}</dd>
        </dl>
      </section>
    </div>
  );
}
