// Times of the relationship record: <input type="datetime-local"> values, the "due today / this week" bounds, and display in the current language.
import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n';

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment as a datetime-local input's value, in the browser's time zone (minutes: the input's precision). */
export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value as Unix seconds; null when empty or not a date-time. */
export function fromLocalInput(value: string): number | null {
  // Without an offset the string is local time, as the person typed it.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const ms = new Date(value).getTime();
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : null;
}

export type DueFilter = 'today' | 'week' | 'all';
export const DUE_FILTERS: readonly DueFilter[] = ['today', 'week', 'all'];

/**
 * The last second of today or of this week (weeks run Monday to Sunday, as the bank's do), in
 * the browser's time zone; undefined for "all". The server takes "due at or before" this.
 */
export function dueBefore(filter: DueFilter, now = new Date()): number | undefined {
  if (filter === 'all') return undefined;
  const end = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 23, 59, 59);
  if (filter === 'week') end.setDate(end.getDate() + ((7 - end.getDay()) % 7));
  return Math.floor(end.getTime() / 1000);
}

/** Unix seconds as a date and a time (no seconds) in the current language. */
export function useDateTime(): (unixSeconds: number) => string {
  const { locale } = useI18n();
  return useMemo(() => {
    const f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    return (s: number) => f.format(new Date(s * 1000));
  }, [locale]);
}
