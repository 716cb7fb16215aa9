// Edits a customer's data (their own, or any as an admin); the API's 422 `field` puts its message at that field.
import { useState, type FormEvent } from 'react';
import { ApiError, type CustomerProfile, type CustomerProfileUpdate, type Tags } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { fenToYuanInput, yuanInputToFen } from '../../shared/format';
import { FormField } from '../../shared/ui/FormField';
import { Notice, useErrorText } from '../../shared/ui/States';
import { TagChips } from '../../shared/ui/TagChips';
import { updateCustomerProfile } from './api';

type Field = 'name' | 'age' | 'occupation' | 'total_assets' | 'needs' | 'hobbies';

interface Props {
  profile: CustomerProfile;
  tags: Tags;
  onSaved?: (profile: CustomerProfile) => void;
}

function sameSet(a: readonly string[], b: readonly string[]) {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** Edits a customer's own data; the API's 422 `field` puts its message next to that field. */
export function ProfileForm({ profile, tags, onSaved }: Props) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [name, setName] = useState(profile.name);
  const [age, setAge] = useState(profile.age == null ? '' : String(profile.age));
  const [occupation, setOccupation] = useState(profile.occupation);
  const [assets, setAssets] = useState(fenToYuanInput(profile.total_assets));
  const [needs, setNeeds] = useState<string[]>(profile.needs);
  const [hobbies, setHobbies] = useState<string[]>(profile.hobbies);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    setFormError(null);
    const local: Partial<Record<Field, string>> = {};
    const body: CustomerProfileUpdate = {};
    if (name.trim() !== profile.name) body.name = name.trim();
    if (age.trim() !== (profile.age == null ? '' : String(profile.age))) {
      const n = Number(age.trim());
      if (age.trim() === '' || !Number.isInteger(n)) local.age = t.errors.not_a_number;
      else body.age = n;
    }
    if (occupation.trim() !== profile.occupation) body.occupation = occupation.trim();
    const fen = yuanInputToFen(assets);
    if (fen === null) local.total_assets = t.errors.not_a_number;
    else if (fen !== profile.total_assets) body.total_assets = fen;
    if (!sameSet(needs, profile.needs)) body.needs = needs;
    if (!sameSet(hobbies, profile.hobbies)) body.hobbies = hobbies;
    setErrors(local);
    if (Object.keys(local).length > 0) {
      focusField(Object.keys(local)[0] as Field);
      return;
    }
    if (Object.keys(body).length === 0) {
      setSaved(true);
      return;
    }
    setBusy(true);
    try {
      const updated = await updateCustomerProfile(profile.user_id, body);
      setSaved(true);
      onSaved?.(updated);
    } catch (err) {
      if (err instanceof ApiError && err.field && isField(err.field)) {
        setErrors({ [err.field]: errorText(err) });
        focusField(err.field);
      } else {
        setFormError(err);
      }
    } finally {
      setBusy(false);
    }
  };

  const hasErrors = Object.keys(errors).length > 0;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-busy={busy}>
      {hasErrors && <Notice kind="error">{t.profile.fixErrors}</Notice>}
      {formError !== null && <Notice kind="error">{errorText(formError)}</Notice>}
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="pf-name" label={t.profile.name} error={errors.name}>
          {(control) => <input {...control} className="input" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />}
        </FormField>
        <FormField id="pf-age" label={t.profile.age} hint="18–120" error={errors.age}>
          {(control) => <input {...control} className="input" inputMode="numeric" value={age} onChange={(e) => setAge(e.target.value)} />}
        </FormField>
        <FormField id="pf-occupation" label={t.profile.occupation} error={errors.occupation}>
          {(control) => <input {...control} className="input" autoComplete="organization-title" value={occupation} onChange={(e) => setOccupation(e.target.value)} />}
        </FormField>
        <FormField id="pf-total_assets" label={t.profile.assets} error={errors.total_assets}>
          {(control) => <input {...control} className="input" inputMode="decimal" value={assets} onChange={(e) => setAssets(e.target.value)} />}
        </FormField>
      </div>
      <TagChips id="pf-needs" legend={t.profile.needs} options={tags.needs} selected={needs} onChange={setNeeds} error={errors.needs} />
      <TagChips id="pf-hobbies" legend={t.profile.hobbies} options={tags.hobbies} selected={hobbies} onChange={setHobbies} error={errors.hobbies} />
      <div className="flex flex-wrap items-center gap-3">
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
  );
}

function isField(f: string): f is Field {
  return ['name', 'age', 'occupation', 'total_assets', 'needs', 'hobbies'].includes(f);
}

function focusField(f: Field) {
  const el = document.getElementById(`pf-${f}`);
  if (el?.tagName === 'FIELDSET') el.querySelector<HTMLElement>('button')?.focus();
  else el?.focus();
}
