// Relationship-record calls: a customer's timeline, recording a contact, follow-ups due, marking one done, a customer's contact request.
import { api, call, type Schemas } from '../../api/client';

export type Interaction = Schemas['InteractionDto'];
export type InteractionPage = Schemas['InteractionPage'];
export type NewInteraction = Schemas['NewInteractionRequest'];
export type Recorded = Schemas['RecordedInteraction'];
export type Kind = Interaction['kind'];
export type LifeEvent = NonNullable<Interaction['life_event']>;

/** The kinds a manager or an admin records (a contact request is the customer's to make). */
export const RECORDED_KINDS = ['call', 'meeting', 'message', 'visit', 'life_event'] as const satisfies readonly Kind[];
export const LIFE_EVENTS = ['marriage', 'child', 'retirement', 'property_purchase', 'new_job', 'inheritance'] as const satisfies readonly LifeEvent[];
/** The server's limit on a note, in characters. */
export const MAX_NOTE = 1000;

/** One page of a customer's record, newest first. */
export const listInteractions = (id: number, page: number, per_page: number) =>
  call(api.GET('/api/customers/{id}/interactions', { params: { path: { id }, query: { page, per_page } } }));

/** Records a contact; for a life event the answer suggests needs (never applied by the server). */
export const recordInteraction = (id: number, body: NewInteraction) =>
  call(api.POST('/api/customers/{id}/interactions', { params: { path: { id } }, body }));

/** Open follow-ups and contact requests, soonest first; `due_before` in Unix seconds. */
export const listFollowUps = (query: { due_before?: number; page: number; per_page: number }) =>
  call(api.GET('/api/follow-ups', { params: { query } }));

export const completeFollowUp = (id: number) => call(api.POST('/api/interactions/{id}/done', { params: { path: { id } } }));

/**
 * Asks the customer's manager to get in touch. `created` is false when a request was already
 * open: the server answers 200 with that one instead of 201, and the customer should hear so.
 */
export async function requestContact(note: string | null): Promise<{ entry: Interaction; created: boolean }> {
  let status = 0;
  const entry = await call(
    api.POST('/api/me/contact-request', { body: { note } }).then((r) => {
      status = r.response.status;
      return r;
    }),
  );
  return { entry, created: status === 201 };
}
