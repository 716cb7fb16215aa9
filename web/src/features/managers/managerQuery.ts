// The managers list's query as it is kept in the address bar (search, unit, page), so it survives
// reloads and the back button.
import type { ManagerListQuery } from '../../api/client';
import { unitIdFrom } from '../organisation/UnitFilter';

export const PER_PAGE = 25;
export type ManagerQuery = ManagerListQuery & { page: number; per_page: number };

/** Reads the list query from the address bar; values the server would refuse are left out. */
export function readManagerQuery(params: URLSearchParams): ManagerQuery {
  const page = Number(params.get('page'));
  const q: ManagerQuery = { page: Number.isInteger(page) && page > 0 ? page : 1, per_page: PER_PAGE };
  const search = params.get('q')?.trim();
  if (search) q.q = search;
  const unit = unitIdFrom(params);
  if (unit !== undefined) q.unit_id = unit;
  return q;
}
