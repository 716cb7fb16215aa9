// The one form field (label, control, hint, error) and a labelled checkbox.
// The hint and error are `${id}-hint` and `${id}-error`, tied to the control by aria-describedby.
import type { ReactNode, Ref } from 'react';

/** What the control needs to be tied to its label, hint and error. */
export interface FieldControl {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface Props {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  /** The wrapper's classes (e.g. its width). */
  className?: string;
  children: (control: FieldControl) => ReactNode;
}

export function FormField({ id, label, hint, error, className, children }: Props) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="label">
        {label}
      </label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <p id={hintId} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

interface CheckboxProps {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** The wrapper's classes. */
  className?: string;
  inputRef?: Ref<HTMLInputElement>;
}

/** A checkbox with its label beside it. */
export function CheckboxField({ id, label, checked, onChange, className = 'flex items-center gap-2', inputRef }: CheckboxProps) {
  return (
    <div className={className}>
      <input ref={inputRef} id={id} type="checkbox" className="size-5 accent-blue-700" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
