// The relationship record on a customer's page: the timeline, "record a contact", and a life event's suggested needs.
import { useId, useState } from 'react';
import type { CustomerProfile } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { Notice, useErrorText } from '../../shared/ui/States';
import { useAsync } from '../../shared/useAsync';
import { completeFollowUp, listInteractions, type Interaction, type LifeEvent, type Recorded } from './api';
import { NeedsSuggestion } from './NeedsSuggestion';
import { RecordContactDialog } from './RecordContactDialog';
import { Timeline } from './Timeline';

const PER_PAGE = 10;

interface Props {
  customer: Pick<CustomerProfile, 'user_id' | 'name'>;
  /** Admins may add suggested needs to the portrait; a manager only sees them. */
  canUpdateProfile: boolean;
  onProfile: (profile: CustomerProfile) => void;
}

export function RelationshipSection({ customer, canUpdateProfile, onProfile }: Props) {
  const { t } = useI18n();
  const r = t.relationship;
  const errorText = useErrorText();
  const titleId = useId();
  const id = customer.user_id;
  const [page, setPage] = useState(1);
  const state = useAsync(() => listInteractions(id, page, PER_PAGE), [id, page]);
  const [dialog, setDialog] = useState(false);
  const [suggestion, setSuggestion] = useState<{ entryId: number; event: LifeEvent; needs: string[] } | null>(null);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [busyId, setBusyId] = useState<number | null>(null);

  const recorded = ({ interaction, suggested_needs }: Recorded) => {
    setDialog(false);
    setMessage({ kind: 'success', text: r.recorded });
    setSuggestion(interaction.life_event && suggested_needs.length > 0 ? { entryId: interaction.id, event: interaction.life_event, needs: suggested_needs } : null);
    // The new entry is the newest: on the first page.
    if (page === 1) state.reload();
    else setPage(1);
  };

  const done = async (entry: Interaction) => {
    setBusyId(entry.id);
    try {
      const updated = await completeFollowUp(entry.id);
      if (state.data) state.setData({ ...state.data, items: state.data.items.map((e) => (e.id === updated.id ? updated : e)) });
      setMessage({ kind: 'success', text: r.doneNotice(entry.customer_name) });
    } catch (e) {
      setMessage({ kind: 'error', text: errorText(e) });
    } finally {
      setBusyId(null);
    }
  };

  return (
    <section className="card mt-4" aria-labelledby={titleId}>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 id={titleId}>{r.title}</h2>
        <button type="button" className="btn-primary" onClick={() => setDialog(true)}>
          {r.record}
        </button>
      </div>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      {suggestion && (
        <NeedsSuggestion
          key={suggestion.entryId}
          customerId={id}
          lifeEvent={suggestion.event}
          suggested={suggestion.needs}
          canUpdate={canUpdateProfile}
          onAdded={(profile, n) => {
            setSuggestion(null);
            setMessage({ kind: 'success', text: r.suggestion.added(n) });
            onProfile(profile);
          }}
          onDismiss={() => setSuggestion(null)}
        />
      )}
      <Timeline state={state} onPage={setPage} onDone={done} busyId={busyId} />
      {dialog && <RecordContactDialog customerId={id} customerName={customer.name} onCancel={() => setDialog(false)} onRecorded={recorded} />}
    </section>
  );
}
