// A moment of the relationship record as a <time>, in the current language without seconds.
import { useDateTime } from './dates';

export function When({ at }: { at: number }) {
  const format = useDateTime();
  return <time dateTime={new Date(at * 1000).toISOString()}>{format(at)}</time>;
}
