// A moment (Unix seconds) as a <time> element in the language's date and time format.
import { useI18n } from '../../i18n/i18n';
import { formatTime } from '../format';

export function Time({ at }: { at: number }) {
  const { locale } = useI18n();
  return <time dateTime={new Date(at * 1000).toISOString()}>{formatTime(at, locale)}</time>;
}
