// The candidates call: the managers who would fit one customer best, ranked by the server.
import { api, call, type Schemas } from '../../api/client';

export type Candidate = Schemas['CandidateDto'];
export type Candidates = Schemas['CandidatesResponse'];

/** The sizes of the list a user can choose (the server takes 1–50). */
export const LIMITS = [10, 20, 50] as const;

/** The best `limit` managers for the customer; the current manager is always among them. */
export const getCandidates = (id: number, limit: number) =>
  call(api.GET('/api/customers/{id}/candidates', { params: { path: { id }, query: { limit } } }));
