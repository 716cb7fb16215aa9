// After a life event: the needs it usually brings that the portrait lacks, as a suggestion the user confirms (or dismisses); nothing changes without that click.
import { useId, useState } from 'react';
import type { CustomerProfile } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { Notice, useErrorText } from '../../shared/ui/States';
import { TagChips } from '../../shared/ui/TagChips';
import { getCustomerProfile, updateCustomerProfile } from '../customers/api';
import type { LifeEvent } from './api';

interface Props {
  customerId: number;
  lifeEvent: LifeEvent;
  suggested: readonly string[];
  /** Whether this user may change the portrait (the server lets admins and the customer, not managers). */
  canUpdate: boolean;
  onAdded: (profile: CustomerProfile, added: number) => void;
  onDismiss: () => void;
}

export function NeedsSuggestion({ customerId, lifeEvent, suggested, canUpdate, onAdded, onDismiss }: Props) {
  const { t } = useI18n();
  const s = t.relationship.suggestion;
  const errorText = useErrorText();
  const titleId = useId();
  const [chosen, setChosen] = useState<string[]>([...suggested]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const add = async () => {
    if (chosen.length === 0) {
      setError(s.noneChosen);
      return;
    }
    setError(null);
    setBusy(true);
    try {
      // The profile update replaces the whole list: start from the needs as they are now, not
      // as this page loaded them, so a change made meanwhile is kept.
      const current = await getCustomerProfile(customerId);
      const added = chosen.filter((n) => !current.needs.includes(n));
      const updated = added.length > 0 ? await updateCustomerProfile(customerId, { needs: [...current.needs, ...added] }) : current;
      onAdded(updated, added.length);
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={titleId} className="my-3 rounded-md border border-amber-400 bg-amber-50 p-4 text-amber-950">
      <h3 id={titleId} className="font-semibold">
        {s.title}
      </h3>
      <p className="mt-1 mb-3">{s.body(t.relationship.lifeEvents[lifeEvent])}</p>
      {canUpdate ? (
        <TagChips legend={s.legend} options={suggested} selected={chosen} onChange={setChosen} disabled={busy} />
      ) : (
        <>
          <ul className="flex flex-wrap gap-1.5" aria-label={s.legend}>
            {suggested.map((n) => (
              <li key={n} className="rounded-full border border-amber-600 bg-white px-2.5 py-0.5 text-sm">
                {t.tags[n] ?? n}
              </li>
            ))}
          </ul>
          <p className="mt-2 text-sm">{s.adminOnly}</p>
        </>
      )}
      {error && <Notice kind="error">{error}</Notice>}
      <div className="mt-3 flex flex-wrap gap-2">
        {canUpdate && (
          <button type="button" className="btn-primary" onClick={add} disabled={busy}>
            {busy ? t.common.saving : s.add}
          </button>
        )}
        <button type="button" className="btn-secondary" onClick={onDismiss} disabled={busy}>
          {s.dismiss}
        </button>
      </div>
    </section>
  );
}
