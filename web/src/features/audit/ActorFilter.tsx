// The audit log's actor filter: a username (staff suggested as it is typed) or an account id, kept in the address bar as `actor_id`.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { StaffMember } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useErrorText } from '../../shared/ui/States';
import { findAccount, suggestStaff } from './api';

/** How long typing has to pause before staff are suggested. */
export const SUGGEST_DEBOUNCE_MS = 300;

interface Props {
  actorId: number | undefined;
  /** The current actor's "name (username)", when known. */
  actorName: string | undefined;
  onChange: (actorId: number | undefined) => void;
}

export function ActorFilter({ actorId, actorName, onChange }: Props) {
  const { t } = useI18n();
  const f = t.audit.filters;
  const errorText = useErrorText();
  const id = useId();
  const listId = `${id}-staff`;
  const [text, setText] = useState(actorId === undefined ? '' : String(actorId));
  const [suggestions, setSuggestions] = useState<StaffMember[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The username this field last turned into an id: it stays in the field rather than the id.
  const resolved = useRef<{ id: number; text: string } | null>(null);

  // A different actor in the address bar (the back button, a filter button in the table) shows here.
  useEffect(() => {
    setText(actorId === undefined ? '' : actorId === resolved.current?.id ? resolved.current.text : String(actorId));
    setError(null);
  }, [actorId]);

  useEffect(() => {
    const typed = text.trim();
    if (!typed || /^\d+$/.test(typed)) return;
    let live = true;
    const timer = window.setTimeout(() => {
      suggestStaff(typed).then(
        (items) => live && setSuggestions(items),
        () => live && setSuggestions([]),
      );
    }, SUGGEST_DEBOUNCE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [text]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const typed = text.trim();
    setError(null);
    if (!typed) return onChange(undefined);
    if (/^\d+$/.test(typed) && Number(typed) > 0) return onChange(Number(typed));
    setBusy(true);
    try {
      const found = await findAccount(typed);
      if (found) {
        resolved.current = { id: found.id, text: typed };
        onChange(found.id);
      } else setError(f.actorNotFound(typed));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <form onSubmit={(e) => void submit(e)} role="search">
      <label htmlFor={id} className="label">
        {f.actor}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          className="input"
          autoComplete="off"
          list={listId}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="btn-secondary whitespace-nowrap" disabled={busy}>
          {f.apply}
        </button>
      </div>
      <datalist id={listId}>
        {suggestions.map((s) => (
          <option key={s.id} value={s.username}>
            {t.common.nameWithUsername(s.name, s.username)}
          </option>
        ))}
      </datalist>
      <p id={hintId} className="mt-1 text-sm text-slate-600">
        {actorId !== undefined && actorName ? f.actorNow(actorName) : f.actorHint}
      </p>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
