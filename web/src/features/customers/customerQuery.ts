// The customer list's query as it is kept in the address bar, so filters survive reloads and the back button.
import type { CustomerListQuery } from '../../api/client';
import { unitIdFrom } from '../organisation/UnitFilter';

export const CLASSES = ['A', 'B', 'C', 'D', 'E'] as const;
export const PER_PAGE = [20, 50, 100] as const;
export type SortKey = 'class' | 'score' | 'name' | 'age' | 'total_assets';
export type ListQuery = CustomerListQuery & { page: number; per_page: number };

const CLASS_FILTERS = ['A', 'B', 'C', 'D', 'E', 'unclassified'] as const satisfies readonly NonNullable<CustomerListQuery['class']>[];
const SORTS = ['id', 'name', 'age', 'total_assets', 'class', 'score'] as const satisfies readonly NonNullable<CustomerListQuery['sort']>[];

function isOneOf<T extends string>(value: string | null, values: readonly T[]): value is T {
  return value !== null && (values as readonly string[]).includes(value);
}

/** Reads the list query from the address bar. */
export function readQuery(params: URLSearchParams): ListQuery {
  const num = (k: string, d: number) => {
    const n = Number(params.get(k));
    return Number.isInteger(n) && n > 0 ? n : d;
  };
  const q: ListQuery = { page: num('page', 1), per_page: num('per_page', 20) };
  for (const k of ['q', 'need', 'hobby'] as const) {
    const v = params.get(k);
    if (v) q[k] = v;
  }
  // An address typed or kept from an older release may hold a value the server refuses.
  const cls = params.get('class');
  if (isOneOf(cls, CLASS_FILTERS)) q.class = cls;
  const sort = params.get('sort');
  if (isOneOf(sort, SORTS)) q.sort = sort;
  const order = params.get('order');
  if (order === 'asc' || order === 'desc') q.order = order;
  if (params.get('unassigned') === 'true') q.unassigned = true;
  // Admins: that unit and everything below it.
  const unit = unitIdFrom(params);
  if (unit !== undefined) q.unit_id = unit;
  return q;
}

/** The list filters in the address bar, as the customer export takes them (paging and sort left out). */
const EXPORT_FILTERS = ['q', 'class', 'manager_id', 'unassigned', 'need', 'hobby'] as const;

export function exportFilters(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of EXPORT_FILTERS) {
    const v = params.get(k);
    if (v) out[k] = v;
  }
  return out;
}
