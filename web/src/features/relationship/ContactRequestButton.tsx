// On a customer's "My manager" page: "ask my manager to contact me", with an optional note; says whether a request was made or one was already open.
import { useId, useState } from 'react';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { FormDialog } from '../../shared/ui/FormDialog';
import { FormField } from '../../shared/ui/FormField';
import { Notice, useErrorText } from '../../shared/ui/States';
import { useNumberFormat } from '../../shared/useNumberFormat';
import { MAX_NOTE, requestContact } from './api';
import { noteLength } from './contactDraft';

export function ContactRequestButton() {
  const { t } = useI18n();
  const c = t.contactRequest;
  const num = useNumberFormat();
  const errorText = useErrorText();
  const noteId = useId();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const [formError, setFormError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<'sent' | 'already' | null>(null);

  const close = () => {
    setOpen(false);
    setNoteError(null);
    setFormError(null);
  };

  const send = async () => {
    setFormError(null);
    if (noteLength(note) > MAX_NOTE) {
      setNoteError(t.relationship.invalid.note);
      document.getElementById(noteId)?.focus();
      return;
    }
    setNoteError(null);
    setBusy(true);
    try {
      const { created } = await requestContact(note.trim() || null);
      setOutcome(created ? 'sent' : 'already');
      setNote('');
      close();
    } catch (e) {
      if (e instanceof ApiError && e.field === 'note') setNoteError(t.relationship.invalid.note);
      else setFormError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="mt-4">
      <button
        type="button"
        className="btn-primary"
        onClick={() => {
          setOutcome(null);
          setOpen(true);
        }}
      >
        {c.button}
      </button>
      {outcome && <Notice kind={outcome === 'sent' ? 'success' : 'info'}>{outcome === 'sent' ? c.sent : c.already}</Notice>}
      <FormDialog open={open} title={c.title} description={c.intro} submitLabel={c.send} busy={busy} onSubmit={send} onCancel={close}>
        {formError !== null && <Notice kind="error">{errorText(formError)}</Notice>}
        <FormField id={noteId} label={c.note} hint={t.relationship.form.noteCount(num(noteLength(note)), num(MAX_NOTE))} error={noteError}>
          {(control) => <textarea {...control} className="input min-h-24" value={note} onChange={(e) => setNote(e.target.value)} />}
        </FormField>
      </FormDialog>
    </div>
  );
}
