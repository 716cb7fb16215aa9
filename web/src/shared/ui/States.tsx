// Loading, error (with Retry where it may help), empty and notice states, and the translation of API errors.
import type { ReactNode } from 'react';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/i18n';

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <div role="status" aria-live="polite" className="flex items-center gap-2 py-6 text-slate-600">
      <span aria-hidden="true" className="size-4 animate-spin rounded-full border-2 border-slate-300 border-t-blue-700" />
      {label ?? t.common.loading}
    </div>
  );
}

export function useErrorText() {
  const { t } = useI18n();
  return (e: unknown): string => {
    if (e instanceof ApiError) {
      const text = t.errors[e.error] ?? e.message;
      return e.error === 'too_many_attempts' && e.retryAfter ? `${text} ${t.auth.retryAfter(e.retryAfter)}` : text;
    }
    return e instanceof Error ? e.message : String(e);
  };
}

/**
 * Whether asking again may answer differently: a lost connection or a server fault may pass; a
 * refusal (403), a missing record (404) or a bad request will not. Errors not from the API
 * (a bug, an aborted read) are given the benefit of the doubt.
 */
export function isRetryable(e: unknown): boolean {
  if (!(e instanceof ApiError)) return true;
  return e.status === 0 || e.status >= 500;
}

export function isNotFound(e: unknown): boolean {
  return e instanceof ApiError && e.status === 404;
}

/**
 * An error in place of what could not be loaded; Retry (with `onRetry`) only where it may help.
 * `notFound` says what is missing on a 404 ("no such customer") in place of the generic text.
 */
export function ErrorState({ error, onRetry, notFound }: { error: unknown; onRetry?: () => void; notFound?: ReactNode }) {
  const { t } = useI18n();
  const text = useErrorText();
  const missing = isNotFound(error);
  return (
    <div role="alert" className="my-4 rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
      <p className="font-semibold">{missing ? t.common.notFoundTitle : t.common.errorTitle}</p>
      <p>{missing && notFound ? notFound : text(error)}</p>
      {onRetry && isRetryable(error) && (
        <button type="button" onClick={onRetry} className="btn-secondary mt-2">
          {t.common.retry}
        </button>
      )}
    </div>
  );
}

export function EmptyState({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  return <p className="my-4 rounded-md border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">{children ?? t.common.empty}</p>;
}

/** `warning`: it worked, but not as hoped (an import that wrote nothing); not an error, not a success. */
export function Notice({ kind = 'info', children }: { kind?: 'info' | 'success' | 'warning' | 'error'; children: ReactNode }) {
  const styles = {
    info: 'border-blue-300 bg-blue-50 text-blue-900',
    success: 'border-green-300 bg-green-50 text-green-900',
    warning: 'border-amber-400 bg-amber-50 text-amber-950',
    error: 'border-red-300 bg-red-50 text-red-900',
  }[kind];
  return (
    <div role={kind === 'error' ? 'alert' : 'status'} className={`my-3 rounded-md border p-3 ${styles}`}>
      {children}
    </div>
  );
}
