// Tags as toggle chips (a form's tag choice), as a read-only list, and as small labelled badges.
import { useId, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';

interface Props {
  legend: string;
  options: readonly string[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
  error?: string;
  disabled?: boolean;
  id?: string;
}

/** A group of toggle buttons (aria-pressed), one per tag; keeps the vocabulary's order. */
export function TagChips({ legend, options, selected, onChange, error, disabled, id }: Props) {
  const { t, tag } = useI18n();
  const errorId = useId();
  const chosen = new Set(selected);
  const toggle = (name: string) => {
    const next = new Set(chosen);
    if (next.has(name)) next.delete(name);
    else next.add(name);
    onChange(options.filter((o) => next.has(o)).concat([...next].filter((n) => !options.includes(n))));
  };
  return (
    <fieldset id={id} aria-describedby={error ? errorId : undefined} aria-invalid={error ? true : undefined}>
      <legend className="label">
        {legend} <span className="font-normal text-slate-600">({t.profile.selected(chosen.size)})</span>
      </legend>
      <div className="flex flex-wrap gap-2">
        {options.map((name) => {
          const on = chosen.has(name);
          return (
            <button
              key={name}
              type="button"
              aria-pressed={on}
              disabled={disabled}
              onClick={() => toggle(name)}
              className={`min-h-9 rounded-full border px-3 py-1 text-sm transition-colors ${
                on ? 'border-blue-800 bg-blue-700 text-white hover:bg-blue-800' : 'border-slate-400 bg-white text-slate-800 hover:bg-slate-100'
              }`}
            >
              {on && <span aria-hidden="true">✓ </span>}
              {tag(name)}
            </button>
          );
        })}
      </div>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** Read-only tags, `highlight`ed ones in green; `note` adds a figure after a tag (e.g. its share). */
export function TagList({ names, highlight, note }: { names: readonly string[]; highlight?: readonly string[]; note?: (name: string) => ReactNode }) {
  const { t, tag } = useI18n();
  if (names.length === 0) return <span className="text-slate-600">{t.common.none}</span>;
  const hi = new Set(highlight ?? []);
  return (
    <ul className="flex flex-wrap gap-1.5">
      {names.map((n) => (
        <li key={n} className={`rounded-full border px-2.5 py-0.5 text-sm ${hi.has(n) ? 'border-green-700 bg-green-50 font-medium text-green-900' : 'border-slate-300 bg-slate-50 text-slate-800'}`}>
          {tag(n)}
          {note && (
            <>
              {' '}
              <span className="text-slate-600 tabular-nums">{note(n)}</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Small labelled tags in a table cell ("需求: 储蓄 保险"), blue for needs and green for hobbies; nothing when empty. */
export function MatchedTags({ label, names, tone }: { label: string; names: readonly string[]; tone: 'need' | 'hobby' }) {
  const { tag } = useI18n();
  if (names.length === 0) return null;
  const style = tone === 'need' ? 'border-blue-700 bg-blue-50 text-blue-900' : 'border-green-700 bg-green-50 text-green-900';
  return (
    <div className="flex flex-wrap items-center gap-1">
      <span className="text-xs text-slate-700">{label}:</span>
      <ul className="contents">
        {names.map((n) => (
          <li key={n} className={`rounded-full border px-2 py-0.5 text-xs ${style}`}>
            {tag(n)}
          </li>
        ))}
      </ul>
    </div>
  );
}
