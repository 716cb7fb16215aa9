// The "record a contact" form's checks, the server's rules repeated so a mistake is shown before anything is sent.
import { LIFE_EVENTS, MAX_NOTE, RECORDED_KINDS, type LifeEvent, type NewInteraction } from './api';
import { fromLocalInput } from './dates';

export type RecordedKind = (typeof RECORDED_KINDS)[number];
export type DraftField = 'kind' | 'life_event' | 'note' | 'happened_at' | 'follow_up_at';
export const DRAFT_FIELDS: readonly DraftField[] = ['kind', 'life_event', 'note', 'happened_at', 'follow_up_at'];

export interface ContactDraft {
  kind: RecordedKind | '';
  lifeEvent: LifeEvent | '';
  note: string;
  /** datetime-local values. */
  happenedAt: string;
  followUpAt: string;
}

const YEAR = 366 * 86_400;
/** As the server: a contact at most ten years back, a follow-up at most two years ahead. */
const MAX_BACK = 10 * YEAR;
const MAX_AHEAD = 2 * YEAR;

/** Characters as the server counts them (code points, not UTF-16 units), after trimming as it does. */
export const noteLength = (note: string) => [...note.trim()].length;

/** The body to send, or the fields at fault (in the form's order). */
export function checkDraft(d: ContactDraft, now: number): { body: NewInteraction } | { errors: DraftField[] } {
  const errors: DraftField[] = [];
  if (!(RECORDED_KINDS as readonly string[]).includes(d.kind)) errors.push('kind');
  const lifeEvent = d.kind === 'life_event' ? d.lifeEvent : '';
  if (d.kind === 'life_event' && !(LIFE_EVENTS as readonly string[]).includes(lifeEvent)) errors.push('life_event');
  if (noteLength(d.note) > MAX_NOTE) errors.push('note');
  const happened = fromLocalInput(d.happenedAt);
  if (happened === null || happened > now || happened < now - MAX_BACK) errors.push('happened_at');
  let followUp: number | null = null;
  if (d.followUpAt.trim() !== '') {
    followUp = fromLocalInput(d.followUpAt);
    // Against the contact's own time only when that is valid: one mistake, one message.
    const after = happened === null ? now : happened;
    if (followUp === null || followUp <= after || followUp > now + MAX_AHEAD) errors.push('follow_up_at');
  }
  if (errors.length > 0) return { errors };
  const body: NewInteraction = { kind: d.kind as RecordedKind, happened_at: happened };
  if (lifeEvent) body.life_event = lifeEvent;
  if (d.note.trim()) body.note = d.note.trim();
  if (followUp !== null) body.follow_up_at = followUp;
  return { body };
}
